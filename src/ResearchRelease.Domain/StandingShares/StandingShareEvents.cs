using System.Text.Json.Serialization;

namespace ResearchRelease.Domain.StandingShares;

/// <summary>
/// Something that happened to a standing share, in the past tense: the audit truth, as for applications. Each type is
/// registered once with the stable name stored beside its payload.
/// </summary>
[JsonDerivedType(typeof(ShareDrafted), "share_drafted")]
[JsonDerivedType(typeof(ShareTermsUpdated), "share_terms_updated")]
[JsonDerivedType(typeof(ShareSubmitted), "share_submitted")]
[JsonDerivedType(typeof(ShareDecided), "share_decided")]
[JsonDerivedType(typeof(ShareRenewalProposed), "share_renewal_proposed")]
[JsonDerivedType(typeof(ShareReviewReminderSent), "share_review_reminder_sent")]
[JsonDerivedType(typeof(ShareReviewOverdueFlagged), "share_review_overdue_flagged")]
public abstract record StandingShareEvent
{
    public virtual string Type => StandingShareEventTypes.NameOf(GetType());
}

public sealed record ShareDrafted(string Reference, ShareTerms Terms) : StandingShareEvent;

/// <summary>Compliance changed the terms of a draft, a returned share or a proposed renewal before it is submitted.</summary>
public sealed record ShareTermsUpdated(ShareTerms Terms) : StandingShareEvent;

/// <summary>The terms were put to the Chief Statistician: round 1 for the agreement, later rounds for renewals.</summary>
public sealed record ShareSubmitted(int Round, ShareTerms Terms) : StandingShareEvent;

/// <summary>The Chief Statistician's (or a designated deputy's) signed decision on the round's terms.</summary>
public sealed record ShareDecided(int Round, string Outcome, string Reasons, string SignatoryName, string SignatoryTitle)
    : StandingShareEvent
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Guid? DeputyDesignationId { get; init; }
}

/// <summary>Compliance drafted renewed terms (usually new end and review dates) for an agreement in force; it stays in force meanwhile.</summary>
public sealed record ShareRenewalProposed(int Round, ShareTerms Terms) : StandingShareEvent;

/// <summary>The review of the agreement in force is near: recorded once per round.</summary>
public sealed record ShareReviewReminderSent(int Round, DateOnly ReviewDate) : StandingShareEvent;

/// <summary>The review date of the agreement in force has passed without an approved renewal: recorded once per round.</summary>
public sealed record ShareReviewOverdueFlagged(int Round, DateOnly ReviewDate) : StandingShareEvent;
