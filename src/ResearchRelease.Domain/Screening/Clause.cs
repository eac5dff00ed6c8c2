namespace ResearchRelease.Domain.Screening;

/// <summary>One clause of a free-text answer, normalised for matching, with the sentence it came from for quoting.</summary>
internal sealed record Clause(string Normalised, string Sentence);
