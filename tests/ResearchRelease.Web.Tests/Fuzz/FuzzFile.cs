using System.Text;

namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>Generated file content with what it is in words (the bytes themselves are not printed).</summary>
public sealed record FuzzFile(string Description, byte[] Bytes)
{
    public static FuzzFile Text(string text) => new("text", Encoding.UTF8.GetBytes(text));

    public override string ToString() => $"{Description} ({Bytes.Length:N0} bytes)";
}
