using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using ResearchRelease.Web.Letters.Pdf;

namespace ResearchRelease.Web.Letters;

/// <summary>
/// Renders decision letters as A4 tagged PDFs (PDF/UA structure, see ADR 0031) with PDFsharp. Holds no state between calls (everything PDFsharp
/// needs is created per document), so one instance can serve every request.
/// </summary>
public sealed class PdfLetterRenderer : ILetterRenderer
{
    /// <summary>Limits for the fields that must fit on one line or in the QR code; names and prose are unbounded.</summary>
    public const int MaxReferenceLength = 200;

    public const int MaxVerificationCodeLength = 100;

    /// <summary>Keeps the QR code readable at letter size; a QR symbol can hold about 2,300 characters at level M.</summary>
    public const int MaxVerificationUrlLength = 500;

    public byte[] Render(LetterContent letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        Validate(letter);

        var styles = new LetterStyles();
        var pageCount = CountPages(letter, styles);
        using var document = new PdfDocument();

        // Tagged PDF (PDF/UA structure): the UA manager must exist before the first page so every page is tagged.
        var accessibility = UAManager.ForDocument(document);
        accessibility.SetDocumentLanguage(LetterWording.Language);
        document.ViewerPreferences.DisplayDocTitle = true;
        document.Info.Title = LetterWording.Title(letter);
        document.Info.Author = LetterWording.Department;
        document.Info.Subject = LetterWording.Subject(letter);
        document.Info.Keywords = $"{letter.Reference} {letter.VerificationCode}";
        document.Info.Creator = "ResearchRelease";

        using (var flow = new PageFlow(document, tagged: true, (gfx, index) => PageDecorations.Draw(gfx, index, pageCount, letter, styles)))
        {
            DrawBody(flow, letter, styles);
            flow.Finish();
        }

        var metadata = UaMetadata.From(document);
        using var output = new MemoryStream();
        document.Save(output, false);
        var pdf = output.ToArray();
        UaMetadata.Stamp(pdf, metadata);
        return pdf;
    }

    /// <summary>
    /// Lays the letter out untagged and unsaved to learn its page count for "Page x of y": the UA manager only
    /// lets the renderer draw on the newest page, so footers cannot be added to earlier pages afterwards.
    /// </summary>
    private static int CountPages(LetterContent letter, LetterStyles styles)
    {
        using var draft = new PdfDocument();
        using var flow = new PageFlow(draft, tagged: false);
        DrawBody(flow, letter, styles);
        return flow.PageCount;
    }

    private static void DrawBody(PageFlow flow, LetterContent letter, LetterStyles styles)
    {
        HeaderSection.Draw(flow, letter, styles);
        if (letter.Kind == LetterKind.Approval)
        {
            ApprovalBody.Draw(flow, letter, styles);
        }
        else
        {
            RefusalBody.Draw(flow, letter, styles);
        }

        ClosingSection.Draw(flow, letter, styles);
    }

    private static void Validate(LetterContent letter)
    {
        var problem = Check(letter.Reference, nameof(letter.Reference), MaxReferenceLength)
            ?? Check(letter.VerificationCode, nameof(letter.VerificationCode), MaxVerificationCodeLength)
            ?? Check(letter.VerificationUrl, nameof(letter.VerificationUrl), MaxVerificationUrlLength)
            ?? Check(letter.AddresseeName, nameof(letter.AddresseeName))
            ?? Check(letter.OrganisationName, nameof(letter.OrganisationName))
            ?? Check(letter.ProjectTitle, nameof(letter.ProjectTitle))
            ?? Check(letter.DecisionSummary, nameof(letter.DecisionSummary))
            ?? Check(letter.SignatoryName, nameof(letter.SignatoryName))
            ?? Check(letter.SignatoryTitle, nameof(letter.SignatoryTitle));
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(letter));
        }
    }

    private static string? Check(string? value, string name, int maxLength = int.MaxValue) =>
        string.IsNullOrWhiteSpace(value) ? $"The letter's {name} is required."
        : value.Length > maxLength ? $"The letter's {name} is longer than {maxLength} characters."
        : null;
}
