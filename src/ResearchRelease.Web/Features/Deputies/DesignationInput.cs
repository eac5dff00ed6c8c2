using ResearchRelease.Web.Infrastructure;

namespace ResearchRelease.Web.Features.Deputies;

/// <summary>The designation form's fields.</summary>
public sealed class DesignationInput
{
    public string? DeputySubject { get; set; }
    public string? DeputyName { get; set; }
    public string? DeputyEmail { get; set; }
    public string? DeputyTitle { get; set; }
    public string? FromDay { get; set; }
    public string? FromMonth { get; set; }
    public string? FromYear { get; set; }
    public string? UntilDay { get; set; }
    public string? UntilMonth { get; set; }
    public string? UntilYear { get; set; }
    public string? Reason { get; set; }

    public (DateOnly? Value, string? Error) From() =>
        DateParts.Parse(FromDay, FromMonth, FromYear, "The first day must be a real date, for example 1 4 2027.");

    public (DateOnly? Value, string? Error) Until() =>
        DateParts.Parse(UntilDay, UntilMonth, UntilYear, "The last day must be a real date, for example 14 4 2027.");
}
