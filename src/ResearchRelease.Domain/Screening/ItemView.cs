using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Catalogue;

namespace ResearchRelease.Domain.Screening;

/// <summary>A requested data item with its catalogue entry (null when the code is not in the catalogue).</summary>
internal sealed record ItemView(int Index, string Code, DataItemDefinition? Definition, RequestedDataItem Request)
{
    public string Path => $"{FormPaths.DataItems}[{Index}]";

    /// <summary>
    /// How reasons name the item: as the researcher saw it in the catalogue, or by its position when the code is
    /// missing or unknown (a code is never shown to a person).
    /// </summary>
    public string Name => Definition is null ? $"data item {Index + 1}" : $"the data item \"{Definition.Name}\"";

    public IReadOnlyList<string> QuestionRefs { get; } =
        (Request.ResearchQuestions ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).ToList();
}
