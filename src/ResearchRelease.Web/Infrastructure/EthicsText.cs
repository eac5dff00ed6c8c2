using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Web.Infrastructure;

/// <summary>The ethics position as one sentence: who approved it and their reference, or why none is needed.</summary>
public static class EthicsText
{
    public static string Describe(Ethics? ethics)
    {
        if (ethics?.Status is not { } status)
            return "Not provided";
        var body = Blank(ethics.Body) ? null : ethics.Body!.Trim();
        var reference = Blank(ethics.Reference) ? null : $"reference {ethics.Reference!.Trim()}";
        return status switch
        {
            "approved" => Join("Approved", body is null ? null : $"by {body}", reference),
            "pending" => Join("Pending", body is null ? null : $"with {body}", reference),
            "not_required" => Blank(ethics.NotRequiredReason) ? "Not required" : $"Not required: {ethics.NotRequiredReason!.Trim()}",
            _ => DisplayNames.For(status),
        };
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static string Join(string first, string? body, string? reference) =>
        first + (body is null ? "" : " " + body) + (reference is null ? "" : ", " + reference);
}
