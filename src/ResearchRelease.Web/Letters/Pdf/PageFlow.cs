using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace ResearchRelease.Web.Letters.Pdf;

/// <summary>
/// A cursor running down the pages of the document. PDFsharp has no flow layout, so every block asks for
/// the height it needs and the flow starts a new page when that height is not left on this one.
/// </summary>
internal sealed class PageFlow : IDisposable
{
    private readonly PdfDocument document;
    private readonly Action<XGraphics, int>? finishPage;
    private XGraphics gfx;
    private double pageTop;

    /// <param name="tagged">False for the layout pass that only counts pages: no structure tree is built.</param>
    /// <param name="finishPage">Draws on each page as the flow leaves it (the footer), with the page's index.</param>
    public PageFlow(PdfDocument document, bool tagged = true, Action<XGraphics, int>? finishPage = null)
    {
        this.document = document;
        this.finishPage = finishPage;
        Tags = tagged ? UAManager.ForDocument(document).StructureBuilder : null;
        gfx = StartPage(LetterTheme.FirstPageTop);
    }

    public XGraphics Gfx => gfx;

    /// <summary>The PDF/UA structure tree: every block opens its element here, so the tree follows reading order.</summary>
    public StructureBuilder? Tags { get; }

    public int PageCount => document.PageCount;

    /// <summary>Opens a structure element for the text drawn until the returned scope is disposed.</summary>
    public TagScope Tag(PdfBlockLevelElementTag tag)
    {
        Tags?.BeginElement(tag);
        return new TagScope(Tags);
    }

    /// <summary>Opens a figure with its alternative text; the returned scope ends it.</summary>
    public TagScope Figure(string altText, XRect bounds)
    {
        Tags?.BeginElement(PdfIllustrationElementTag.Figure, altText, bounds);
        return new TagScope(Tags);
    }

    /// <summary>Marks the open TH as a header for its row or column (PDF/UA asks for the scope of every TH).</summary>
    public void ScopeHeader(string scope)
    {
        if (Tags is null)
            return;
        var attributes = new PdfDictionary(document);
        attributes.Elements["/O"] = new PdfName("/Table");
        attributes.Elements["/Scope"] = new PdfName("/" + scope);
        Tags.CurrentStructureElement.Elements["/A"] = attributes;
    }

    /// <summary>Rules, fills and repeated headers: drawn as artifacts so a screen reader skips them.</summary>
    public void Artifact(Action<XGraphics> draw)
    {
        Tags?.BeginArtifact();
        draw(gfx);
        Tags?.End();
    }

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
        FinishPage();
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

    public List<string> Wrap(string text, TextStyle style, double width) => TextWrapper.Wrap(gfx, text, style.Font, width);

    public List<List<string>> WrapParagraphs(string text, TextStyle style, double width) =>
        TextWrapper.WrapParagraphs(gfx, text, style.Font, width);

    public double Measure(string text, TextStyle style) => gfx.MeasureString(text, style.Font).Width;

    /// <summary>Finishes the last page; call once the body is complete.</summary>
    public void Finish() => FinishPage();

    public void Dispose() => gfx.Dispose();

    // PDFsharp's UA manager only draws on the newest page, so each page's footer is drawn before the next starts.
    private void FinishPage()
    {
        if (finishPage is null)
            return;
        Tags?.BeginArtifact();
        finishPage(gfx, PageIndex);
        Tags?.End();
    }

    private XGraphics StartPage(double top)
    {
        var page = document.AddPage();
        page.Size = PageSize.A4;
        pageTop = top;
        Y = top;
        return XGraphics.FromPdfPage(page);
    }
}
