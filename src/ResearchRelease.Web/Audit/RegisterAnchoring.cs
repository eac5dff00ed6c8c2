using ResearchRelease.Web.Features.Compliance;

namespace ResearchRelease.Web.Audit;

/// <summary>
/// Checks the record and, only when it is intact, adds its head to the anchor file: a broken record is never blessed
/// by an anchor. Run by <see cref="RegisterAnchorService"/> on a timer; tests and operators may call it directly.
/// </summary>
public sealed class RegisterAnchoring(AuditVerifier verifier, RegisterAnchorFile file, TimeProvider clock, ILogger<RegisterAnchoring> log)
{
    public async Task<RegisterAnchor?> AnchorAsync(CancellationToken ct)
    {
        if (!file.Enabled)
            return null;
        var (report, heads) = await verifier.VerifyWithHeadsAsync(ct);
        // Once more before calling the record broken in the log: a check is cheap next to a false alarm.
        if (!report.IsIntact)
            (report, heads) = await verifier.VerifyWithHeadsAsync(ct);
        if (!report.IsIntact)
        {
            var b = report.FirstBreak;
            log.LogError(
                "The audit check found the record broken, so its head was not anchored: {Problem} at {Reference} event {Sequence}: {Detail}",
                b?.Problem,
                b?.Reference,
                b?.Sequence,
                b?.Detail
            );
            return null;
        }
        var anchor = await file.AppendAsync(heads, report.Events, clock.GetUtcNow().UtcDateTime, ct);
        if (anchor is not null)
            log.LogInformation(
                "Register head anchored: {Applications} applications, head {Head}, in {Path}",
                anchor.Applications,
                anchor.RegisterHead,
                file.Path
            );
        return anchor;
    }
}
