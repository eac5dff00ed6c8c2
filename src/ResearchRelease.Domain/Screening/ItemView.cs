using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Catalogue;

namespace ResearchRelease.Domain.Screening;

/// <summary>A requested data item with its catalogue entry (null when the code is not in the catalogue).</summary>
internal sealed record ItemView(int Index, string Code, DataItemDefinition? Definition, RequestedDataItem Request)
{
    public string Path => $"{FormPaths.DataItems}[{Index}]";

    /// <summary>How reasons name the item: its code, or its position when no code was given.</summary>
    public string Name => Code.Length == 0 ? $"data item {Index + 1}" : Code;

    public IReadOnlyList<string> QuestionRefs { get; } =
        (Request.ResearchQuestions ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).ToList();
}
