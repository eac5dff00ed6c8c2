namespace ResearchRelease.Web.Letters;

/// <summary>One row of the data table: a catalogue item and its sensitivity tier as display text (e.g. "Identifying").</summary>
public sealed record LetterDataItem(string Code, string Name, string Tier);
