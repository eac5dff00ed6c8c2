namespace ResearchRelease.Domain.Deputies;

/// <summary>The designations as they stand: a fold over the log, oldest first.</summary>
public static class DesignationLog
{
    public static IReadOnlyList<DeputyDesignation> Fold(IEnumerable<RecordedDesignationEvent> log)
    {
        var designations = new List<DeputyDesignation>();
        foreach (var recorded in log)
        {
            switch (recorded.Event)
            {
                case DeputyDesignated d:
                    designations.Add(
                        new DeputyDesignation(
                            d.DesignationId,
                            d.DeputySubject,
                            d.DeputyName,
                            d.DeputyEmail,
                            d.DeputyTitle,
                            d.From,
                            d.Until,
                            d.Reason,
                            recorded.ActorSubject,
                            recorded.ActorName,
                            recorded.OccurredAt
                        )
                    );
                    break;
                case DeputyDesignationRevoked r:
                    var index = designations.FindIndex(x => x.Id == r.DesignationId);
                    if (index >= 0 && designations[index].RevokedAt is null)
                        designations[index] = designations[index] with
                        {
                            RevokedAt = recorded.OccurredAt,
                            RevokedByName = recorded.ActorName,
                            RevocationReason = r.Reason,
                        };
                    break;
            }
        }
        return designations;
    }

    /// <summary>The designation that lets <paramref name="subject"/> decide on <paramref name="day"/>, if any.</summary>
    public static DeputyDesignation? ActiveFor(IEnumerable<DeputyDesignation> designations, string subject, DateOnly day) =>
        designations.FirstOrDefault(d => d.DeputySubject == subject && d.IsActiveOn(day));

    /// <summary>The designation that best explains <paramref name="subject"/>'s standing now: the active one, else the latest.</summary>
    public static DeputyDesignation? LatestFor(IEnumerable<DeputyDesignation> designations, string subject, DateOnly day)
    {
        var theirs = designations.Where(d => d.DeputySubject == subject).ToList();
        return theirs.FirstOrDefault(d => d.IsActiveOn(day)) ?? theirs.LastOrDefault();
    }
}
