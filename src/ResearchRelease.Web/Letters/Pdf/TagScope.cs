using PdfSharp.UniversalAccessibility;

namespace ResearchRelease.Web.Letters.Pdf;

/// <summary>Ends the structure element it was opened with, so every Begin has its End in a using block.</summary>
internal readonly struct TagScope(StructureBuilder? tags) : IDisposable
{
    public void Dispose() => tags?.End();
}
