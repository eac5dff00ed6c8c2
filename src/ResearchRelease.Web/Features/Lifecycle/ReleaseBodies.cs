namespace ResearchRelease.Web.Features.Lifecycle;

/// <summary>POST /api/applications/{id}/extension. <c>newEndDate</c> is YYYY-MM-DD.</summary>
public sealed record ExtensionBody(string? NewEndDate, string? Justification);

/// <summary>POST /api/applications/{id}/destruction. <c>destroyedOn</c> is YYYY-MM-DD; <c>declaration</c> must be true (the declaration is confirmed).</summary>
public sealed record DestructionBody(string? Method, string? DestroyedOn, bool? Declaration);
