using PdfSharp.Drawing;

namespace ResearchRelease.Web.Letters.Pdf;

/// <summary>Page geometry (points, A4) and colours shared by every part of the letter.</summary>
internal static class LetterTheme
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    public const double MarginLeft = 62;
    public const double MarginRight = 62;
    public const double FirstPageTop = 44;

    /// <summary>Top of the body on pages 2+, below the running header drawn in the second pass.</summary>
    public const double ContinuationTop = 78;

    /// <summary>Nothing in the body may extend below this line; the footer lives underneath.</summary>
    public const double BodyBottom = PageHeight - 66;

    public const double FooterRule = PageHeight - 48;
    public const double ContentWidth = PageWidth - MarginLeft - MarginRight;

    // GOV.UK palette: DfE blue, text black, secondary text grey, borders, light fill.
    public static readonly XColor Brand = XColor.FromArgb(0x00, 0x3A, 0x69);
    public static readonly XColor Ink = XColor.FromArgb(0x0B, 0x0C, 0x0C);
    public static readonly XColor Muted = XColor.FromArgb(0x50, 0x5A, 0x5F);
    public static readonly XColor Border = XColor.FromArgb(0xB1, 0xB4, 0xB6);
    public static readonly XColor Fill = XColor.FromArgb(0xF3, 0xF2, 0xF1);
}
