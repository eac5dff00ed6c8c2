using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Web.Applications;

/// <summary>An approved release's life after the decision (GET /api/applications/{id}, "release").</summary>
public sealed record ReleaseView(
    DateOnly? EndDate,
    string Summary,
    DateOnly? DestructionDueBy,
    bool DestructionOverdue,
    DestructionView? Destruction,
    IReadOnlyList<ExtensionView> Extensions
);

public sealed record DestructionView(string Method, DateOnly DestroyedOn, string Declaration, string ConfirmedBy, DateTime ConfirmedAt);

/// <summary>One extension request and, once decided, its decision and letter.</summary>
public sealed record ExtensionView(
    int Round,
    DateOnly CurrentEndDate,
    DateOnly NewEndDate,
    string Justification,
    DateOnly RequestedOn,
    string? Outcome,
    string? Reasons,
    LetterView? Letter
);

public static class ReleaseViews
{
    /// <summary>Null until the application is approved.</summary>
    public static ReleaseView? For(LoadedApplication loaded)
    {
        var s = loaded.State;
        if (s.Decision?.Outcome != DecisionOutcomes.Approve || !s.IsDecided)
            return null;
        return new ReleaseView(
            s.EndDate,
            StatusText.Describe(s),
            s.Expiry?.DestructionDueBy,
            s.OverdueFlag is not null,
            s.Destruction is { } d
                ? new DestructionView(d.Method, d.DestroyedOn, d.Declaration, d.ConfirmedByName, s.DestructionConfirmedAt!.Value)
                : null,
            s.Extensions.Select(x => Extension(loaded, x)).ToList()
        );
    }

    private static ExtensionView Extension(LoadedApplication loaded, ExtensionRequested x)
    {
        var s = loaded.State;
        var decision = s.ExtensionDecisions.LastOrDefault(d => d.Round == x.Round);
        var letter = s.ExtensionLetters.LastOrDefault(l => l.Round == x.Round);
        return new ExtensionView(
            x.Round,
            x.CurrentEndDate,
            x.NewEndDate,
            x.Justification,
            x.RequestedOn,
            decision?.Outcome,
            decision?.Reasons,
            letter is null
                ? null
                : new LetterView(
                    letter.Kind,
                    $"/api/applications/{loaded.Id}/letters/{x.Round}.pdf",
                    letter.Sha256,
                    letter.VerificationCode
                )
        );
    }
}
