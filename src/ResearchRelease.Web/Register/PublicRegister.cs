using Microsoft.EntityFrameworkCore;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Infrastructure;
using ResearchRelease.Web.Process;

namespace ResearchRelease.Web.Register;

/// <summary>
/// The public register of approved releases, built from the events themselves (the submitted form and the
/// signed decision), streamed one application at a time, so the CSV does not hold the register in memory.
/// </summary>
public sealed class PublicRegister(AppDbContext db, ScreeningService screening)
{
    public async IAsyncEnumerable<PublicRelease> ApprovedAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var approved = db.Applications.Where(a => a.DecisionOutcome == DecisionOutcomes.Approve);
        var rows = db.Events.AsNoTracking()
            .Where(e => (e.Type == "submitted" || e.Type == "decided") && approved.Any(a => a.Id == e.ApplicationId))
            .OrderBy(e => e.ApplicationId).ThenBy(e => e.Sequence)
            .Join(db.Applications, e => e.ApplicationId, a => a.Id, (e, a) => new { e.ApplicationId, e.Type, e.Payload, e.OccurredAt, a.Reference })
            .AsAsyncEnumerable();

        Guid current = Guid.Empty;
        string reference = "";
        ApplicationForm? form = null;
        (DecisionRecorded Decision, DateTime At)? decision = null;
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (row.ApplicationId != current)
            {
                if (Release(reference, form, decision) is { } done) yield return done;
                (current, reference, form, decision) = (row.ApplicationId, row.Reference, null, null);
            }
            var e = EventSerializer.Deserialize(row.Type, row.Payload);
            if (e is ApplicationSubmitted s) form = s.Form;
            else if (e is DecisionRecorded d) decision = (d, row.OccurredAt);
        }
        if (Release(reference, form, decision) is { } last) yield return last;
    }

    private PublicRelease? Release(string reference, ApplicationForm? form, (DecisionRecorded Decision, DateTime At)? decided)
    {
        if (form is null || decided is not { } d || d.Decision.Outcome != DecisionOutcomes.Approve) return null;
        var basis = form.Settings?.LawfulBasis;
        var legal = string.Join("; ", new[] { basis?.Article6, basis?.Article9 }.Where(b => !string.IsNullOrEmpty(b)).Select(b => DisplayNames.For(b)));
        return new PublicRelease(
            reference, form.Organisation?.Name ?? "", form.Project?.Title ?? "", form.Project?.LaySummary ?? "",
            d.Decision.ApprovedDataItems.Select(code => screening.Catalogue.Find(code)?.Name ?? code).ToList(),
            legal, DisplayNames.For(form.Settings?.AccessRoute), DateOnly.FromDateTime(d.At), d.Decision.EndDate);
    }
}
