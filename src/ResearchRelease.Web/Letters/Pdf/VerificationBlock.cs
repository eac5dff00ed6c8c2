using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace ResearchRelease.Web.Letters.Pdf;

/// <summary>A boxed panel with the QR code and, beside it, the verification code and address, measured before drawing.</summary>
internal sealed class VerificationBlock
{
    private const double Pad = 12;
    private const double QrGap = 16;

    private readonly LetterStyles styles;
    private readonly bool[][] modules;
    private readonly double qrSide;
    private readonly (List<string> Lines, TextStyle Style, double After)[] parts;

    public VerificationBlock(PageFlow flow, LetterContent letter, LetterStyles styles)
    {
        this.styles = styles;
        modules = QrCodeDrawer.Modules(letter.VerificationUrl);

        // Modules of at least about 0.6 mm so phone cameras read them; the panel stays within a third of a page.
        qrSide = Math.Clamp(modules.Length * 1.8, 76, 150);
        var width = PageFlow.Width - (2 * Pad) - qrSide - QrGap;
        parts =
        [
            (flow.Wrap(LetterWording.VerifyHeading, styles.BodyBold, width), styles.BodyBold, 0),
            (flow.Wrap(LetterWording.VerifyText, styles.Label, width), styles.Label, 5),
            (flow.Wrap($"Verification code: {letter.VerificationCode}", styles.Code, width), styles.Code, 3),
            (flow.Wrap($"Check at: {letter.VerificationUrl}", styles.TableCell, width), styles.TableCell, 0),
        ];

        var textHeight = parts.Sum(p => (p.Lines.Count * p.Style.LineHeight) + p.After);
        Height = Math.Max(qrSide, textHeight) + (2 * Pad);
    }

    public double Height { get; }

    public void Draw(PageFlow flow)
    {
        flow.EnsureSpace(Height);
        var top = flow.Y;
        flow.Artifact(g => g.DrawRectangle(styles.Hairline, PageFlow.Left, top, PageFlow.Width, Height));

        // Text first and the QR code after it, so the reading order is heading, explanation, code, address.
        var x = PageFlow.Left + Pad + qrSide + QrGap;
        var y = top + Pad;
        var first = true;
        foreach (var (lines, style, after) in parts)
        {
            using var block = flow.Tag(first ? PdfBlockLevelElementTag.Heading2 : PdfBlockLevelElementTag.Paragraph);
            first = false;
            foreach (var line in lines)
            {
                flow.DrawLine(line, style, x, y);
                y += style.LineHeight;
            }

            y += after;
        }

        var qr = new XRect(PageFlow.Left + Pad, top + ((Height - qrSide) / 2), qrSide, qrSide);
        using (flow.Figure(LetterWording.QrAltText, qr))
        {
            QrCodeDrawer.Draw(flow.Gfx, modules, styles.QrBrush, qr.X, qr.Y, qrSide);
        }

        flow.Y = top + Height;
    }
}
