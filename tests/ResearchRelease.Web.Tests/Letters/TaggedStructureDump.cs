using System.Text;
using ResearchRelease.Web.Letters.Tagged;

namespace ResearchRelease.Web.Tests.Letters;

/// <summary>A tagged letter's structure tree as indented text, one element a line, for reading and for review.</summary>
internal static class TaggedStructureDump
{
    public static string Indented(TaggedDocument document)
    {
        var text = new StringBuilder();
        text.AppendLine(
            $"Lang: {document.Language}; Title: {document.Title}; Marked: {document.Marked}; DisplayDocTitle: {document.DisplayDocTitle}"
        );
        if (document.Root is { } root)
            Write(text, root, 0);
        return text.ToString();
    }

    private static void Write(StringBuilder text, TaggedElement element, int depth)
    {
        if (element.Tag == TaggedElement.TextTag)
            return;
        var leaf = element.Children.All(c => c.Tag == TaggedElement.TextTag);
        text.Append(new string(' ', depth * 2)).Append(element.Tag);
        if (element.Scope is { } scope)
            text.Append($" (scope {scope})");
        if (element.Alt is { } alt)
            text.Append($" [alt: {alt}]");
        if (leaf)
            text.Append(": ").Append(element.AllText);
        text.AppendLine();
        foreach (var child in element.Children)
            Write(text, child, depth + 1);
    }
}
