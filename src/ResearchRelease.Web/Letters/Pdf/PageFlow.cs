using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ResearchRelease.Web.Letters.Pdf;

/// <summary>
/// A cursor running down the pages of the document. PDFsharp has no flow layout, so every block asks for
/// the height it needs and the flow starts a new page when that height is not left on this one.
/// </summary>
internal sealed class PageFlow : IDisposable
{
    private readonly PdfDocument document;
    private XGraphics gfx;
    private double pageTop;

    public PageFlow(PdfDocument document)
    {
        this.document = document;
        gfx = StartPage(LetterTheme.FirstPageTop);
    }

    public XGraphics Gfx => gfx;

    /// <summary>Top of the next thing to draw.</summary>
    public double Y { get; set; }

    /// <summary>Zero-based index of the page being drawn.</summary>
    public int PageIndex { get; private set; }

    public static double Left => LetterTheme.MarginLeft;

    public static double Width => LetterTheme.ContentWidth;

    public static double Bottom => LetterTheme.BodyBottom;

    /// <summary>Height available on a fresh continuation page: a block taller than this must be split.</summary>
    public static double PageCapacity => LetterTheme.BodyBottom - LetterTheme.ContinuationTop;

    public double Remaining => Bottom - Y;

    public bool AtTopOfPage => Y <= pageTop + 0.01;

    /// <summary>Moves to a new page unless <paramref name="height"/> fits here (or this page is still empty).</summary>
    public void EnsureSpace(double height)
    {
        if (height > Remaining + 0.01 && !AtTopOfPage)
        {
            NewPage();
        }
    }

    public void NewPage()
    {
        gfx.Dispose();
        PageIndex++;
        gfx = StartPage(LetterTheme.ContinuationTop);
    }

    /// <summary>Vertical space between blocks; dropped at the top of a page so continuation pages start flush.</summary>
    public void Gap(double height)
    {
        if (!AtTopOfPage)
        {
            Y = Math.Min(Y + height, Bottom);
        }
    }

    /// <summary>Draws one line with its top at <paramref name="top"/>, centred in the line pitch.</summary>
    public void DrawLine(string text, TextStyle style, double x, double top)
    {
        if (text.Length == 0)
        {
            return;
        }

        var leading = (style.LineHeight - style.Font.GetHeight()) / 2;
        gfx.DrawString(text, style.Font, style.Brush, x, top + leading, XStringFormats.TopLeft);
    }

    /// <summary>Writes wrapped lines at the cursor, breaking the page between lines where needed.</summary>
    public void WriteLines(IReadOnlyList<string> lines, TextStyle style, double x)
    {
        foreach (var line in lines)
        {
            EnsureSpace(style.LineHeight);
            DrawLine(line, style, x, Y);
            Y += style.LineHeight;
        }
    }

    public List<string> Wrap(string text, TextStyle style, double width) =>
        TextWrapper.Wrap(gfx, text, style.Font, width);

    public double Measure(string text, TextStyle style) => gfx.MeasureString(text, style.Font).Width;

    public void Dispose() => gfx.Dispose();

    private XGraphics StartPage(double top)
    {
        var page = document.AddPage();
        page.Size = PageSize.A4;
        pageTop = top;
        Y = top;
        return XGraphics.FromPdfPage(page);
    }
}
