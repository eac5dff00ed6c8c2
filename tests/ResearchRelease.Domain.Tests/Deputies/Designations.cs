using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Deputies;

namespace ResearchRelease.Domain.Tests.Deputies;

/// <summary>The people and the designation log the deputy tests start from.</summary>
internal static class Designations
{
    public static readonly DateOnly Today = new(2027, 3, 1);
    public static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly Guid DesignationId = new("6d1f3c9e-0000-4000-8000-000000000001");
    public static readonly Actor Chief = new("chief", "Helen Marsh", "helen.marsh@education.gov.uk", ActorRole.ChiefStatistician);
    public static readonly Actor Deputy = new(
        "deputy",
        "Dr Aisha Rahman",
        "aisha.rahman@education.gov.uk",
        ActorRole.DeputyChiefStatistician
    );

    public static DesignationRequest Request(DateOnly? from = null, DateOnly? until = null, string subject = "deputy") =>
        new(
            subject,
            "Dr Aisha Rahman",
            "aisha.rahman@education.gov.uk",
            "Deputy Director",
            from ?? Today,
            until ?? Today.AddDays(13),
            "Annual leave of the Chief Statistician"
        );

    /// <summary>The log after the Chief Statistician designates the deputy with <paramref name="request"/> (and any later events).</summary>
    public static IReadOnlyList<DeputyDesignation> After(DesignationRequest request, params DesignationEvent[] later)
    {
        var designated = DesignationRules.Designate([], Chief, request, DesignationId, Today);
        Assert.True(designated.Succeeded, designated.Message);
        return DesignationLog.Fold(
            new[] { designated.Event! }.Concat(later).Select(e => new RecordedDesignationEvent(e, Chief.Subject, Chief.Name, Now))
        );
    }
}
