namespace ResearchRelease.Domain.Screening;

/// <summary>A research question as screening reads it: its position, number, text and normalised text.</summary>
internal sealed record QuestionView(int Index, string? Id, string? Text, string Normalised)
{
    public string Path => $"{FormPaths.ResearchQuestions}[{Index}]";

    public string TextPath => $"{Path}.text";

    /// <summary>How reasons name the question: its number if it has one, else its position.</summary>
    public string Name => string.IsNullOrWhiteSpace(Id) ? $"research question {Index + 1}" : Id.Trim();
}
