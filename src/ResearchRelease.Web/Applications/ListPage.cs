namespace ResearchRelease.Web.Applications;

/// <summary>
/// One page of a list sorted in the database: the rows, how many the whole list holds, and the cursor of the next
/// page (null on the last one). Pass the cursor back as <c>after</c> to read on.
/// </summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Total, string? Next);
