using PdfSharp.Drawing;

namespace ResearchRelease.Web.Letters.Pdf;

/// <summary>A font, its colour and the line pitch used when stacking wrapped lines.</summary>
internal sealed record TextStyle(XFont Font, XBrush Brush, double LineHeight);
