namespace ResearchRelease.Domain.Applications;

/// <summary>The Chief Statistician was reminded that a decision has waited past the service level.</summary>
public sealed record DecisionReminderSent(int Round) : ApplicationEvent;

/// <summary>A decision waited past the second period and was escalated.</summary>
public sealed record DecisionEscalated(int Round) : ApplicationEvent;

/// <summary>The researcher was reminded to resubmit a returned application before it lapses.</summary>
public sealed record ResubmissionReminderSent(int Round, DateOnly LapsesOn) : ApplicationEvent;

/// <summary>The researcher was reminded that the release ends soon and the data must then be destroyed.</summary>
public sealed record ReleaseEndingReminderSent(int Round, DateOnly EndDate) : ApplicationEvent;

/// <summary>The release reached its end date: the data must be destroyed and that confirmed by <paramref name="DestructionDueBy"/>.</summary>
public sealed record ReleaseExpired(int Round, DateOnly EndDate, DateOnly DestructionDueBy) : ApplicationEvent;

/// <summary>
/// The researcher's signed declaration that the data and every copy were destroyed. The declaration's wording is
/// stored as it was shown, so the record holds exactly what was confirmed even if the wording changes later.
/// </summary>
public sealed record DestructionConfirmed(
    int Round,
    string Method,
    DateOnly DestroyedOn,
    string Declaration,
    string ConfirmedBySubject,
    string ConfirmedByName
) : ApplicationEvent;

/// <summary>Destruction was not confirmed by the due date: flagged to compliance.</summary>
public sealed record DestructionOverdueFlagged(int Round, DateOnly DueBy) : ApplicationEvent;

/// <summary>
/// The researcher of an approved, unexpired release asked for a later end date. An amendment of the original
/// approval: it starts round <paramref name="Round"/> (one more than the approval's), which is screened and decided.
/// </summary>
public sealed record ExtensionRequested(int Round, DateOnly CurrentEndDate, DateOnly NewEndDate, string Justification, DateOnly RequestedOn)
    : ApplicationEvent;
