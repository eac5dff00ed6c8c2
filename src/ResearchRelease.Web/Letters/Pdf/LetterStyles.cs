using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ResearchRelease.Web.Letters.Pdf;

/// <summary>
/// The fonts, brushes and pens of one render. Built per document rather than shared statically, because
/// PDFsharp drawing objects are not documented as safe to share between threads.
/// </summary>
internal sealed class LetterStyles
{
    public LetterStyles()
    {
        LetterFontResolver.EnsureRegistered();

        var ink = new XSolidBrush(LetterTheme.Ink);
        var muted = new XSolidBrush(LetterTheme.Muted);
        var brand = new XSolidBrush(LetterTheme.Brand);

        Title = Style(20, bold: true, brand, 25);
        Office = Style(11, bold: false, muted, 15);
        Body = Style(10.5, bold: false, ink, 14.5);
        BodyBold = Style(10.5, bold: true, ink, 14.5);
        Subject = Style(12, bold: true, ink, 16.5);
        Heading = Style(12, bold: true, brand, 16.5);
        Label = Style(8.5, bold: false, muted, 12);
        TableHead = Style(9.5, bold: true, ink, 13);
        TableCell = Style(9.5, bold: false, ink, 13);
        Code = Style(14, bold: true, ink, 19);
        Small = Style(8, bold: false, muted, 10.5);
        SmallBold = Style(8, bold: true, brand, 10.5);

        BrandBrush = brand;
        FillBrush = new XSolidBrush(LetterTheme.Fill);
        QrBrush = new XSolidBrush(XColors.Black);
        BrandRule = new XPen(LetterTheme.Brand, 2);
        Hairline = new XPen(LetterTheme.Border, 0.6);
    }

    public TextStyle Title { get; }

    public TextStyle Office { get; }

    public TextStyle Body { get; }

    public TextStyle BodyBold { get; }

    public TextStyle Subject { get; }

    public TextStyle Heading { get; }

    public TextStyle Label { get; }

    public TextStyle TableHead { get; }

    public TextStyle TableCell { get; }

    public TextStyle Code { get; }

    public TextStyle Small { get; }

    public TextStyle SmallBold { get; }

    public XBrush BrandBrush { get; }

    public XBrush FillBrush { get; }

    public XBrush QrBrush { get; }

    public XPen BrandRule { get; }

    public XPen Hairline { get; }

    private static TextStyle Style(double size, bool bold, XBrush brush, double lineHeight)
    {
        // Unicode (Identity-H) encoding, so Polish, Greek and Cyrillic names print and copy out correctly;
        // WinAnsi would turn them into question marks.
        var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
        var font = new XFont(LetterFontResolver.FamilyName, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, options);
        return new TextStyle(font, brush, lineHeight);
    }
}
