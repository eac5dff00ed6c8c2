using PdfSharp.UniversalAccessibility;

namespace ResearchRelease.Web.Letters.Pdf;

/// <summary>Closing paragraph, "Yours sincerely", and the signatory with the time of signature, measured before drawing.</summary>
internal sealed class SignatureBlock
{
    private const double ClosingGap = 10;
    private const double SignatureSpace = 14;

    private readonly LetterStyles styles;
    private readonly List<string> closing;
    private readonly List<string> name;
    private readonly List<string> title;
    private readonly List<string> signed;

    public SignatureBlock(PageFlow flow, LetterContent letter, LetterStyles styles)
    {
        this.styles = styles;
        var width = PageFlow.Width;
        closing = flow.Wrap(LetterWording.Closing(letter), styles.Body, width);
        name = flow.Wrap(letter.SignatoryName, styles.BodyBold, width);
        title = flow.Wrap(letter.SignatoryTitle, styles.Body, width);
        signed = flow.Wrap($"Signed electronically on {LetterWording.SignedAt(letter.SignedAt)}", styles.Label, width);

        Height =
            (closing.Count * styles.Body.LineHeight)
            + ClosingGap
            + styles.Body.LineHeight
            + SignatureSpace
            + (name.Count * styles.BodyBold.LineHeight)
            + (title.Count * styles.Body.LineHeight)
            + (signed.Count * styles.Label.LineHeight);
    }

    public double Height { get; }

    public void Draw(PageFlow flow)
    {
        // The sign-off moves with the closing paragraph so the signature never starts a page on its own.
        flow.EnsureSpace(Height);
        Write(flow, closing, styles.Body);
        flow.Y += ClosingGap;
        Write(flow, ["Yours sincerely,"], styles.Body);
        flow.Y += SignatureSpace;
        Write(flow, name, styles.BodyBold);
        Write(flow, title, styles.Body);
        Write(flow, signed, styles.Label);
    }

    private static void Write(PageFlow flow, List<string> lines, TextStyle style)
    {
        using (flow.Tag(PdfBlockLevelElementTag.Paragraph))
        {
            flow.WriteLines(lines, style, PageFlow.Left);
        }
    }
}
