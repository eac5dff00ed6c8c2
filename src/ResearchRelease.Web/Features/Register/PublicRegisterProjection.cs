using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Features.Register;

/// <summary>
/// Writes an application's public register row from its fold: present while the release is live, gone otherwise
/// (refused, withdrawn, closed). Called by the store inside the append, so the register never disagrees with the events.
/// </summary>
public static class PublicRegisterProjection
{
    /// <summary>The gateway every researcher release goes through (docs/domain.md, "The setting").</summary>
    public const string RegulationsGateway = "The Education (Individual Pupil Information) (Prescribed Persons) (England) Regulations 2009";

    /// <param name="before">
    /// The fold before these events, when the row is known to match it (an append); null to read the row first (a rebuild).
    /// An application listed neither before nor after has no row, so nothing is read or written.
    /// </param>
    public static async Task ProjectAsync(AppDbContext db, Guid id, ApplicationState? before, ApplicationState state, CancellationToken ct)
    {
        if (before is not null && !IsListed(before) && !IsListed(state))
            return;
        var row = await db.PublicRegister.FindAsync([id], ct);
        if (!IsListed(state))
        {
            if (row is not null)
                db.PublicRegister.Remove(row);
            return;
        }
        if (row is null)
        {
            row = new PublicRegisterEntry { ApplicationId = id };
            db.PublicRegister.Add(row);
        }
        Fill(row, state);
    }

    /// <summary>Whether the fold puts the application on the register (a live release).</summary>
    public static bool IsListed(ApplicationState state) => state.IsLiveRelease && state.Decision is not null && state.DecidedAt is not null;

    /// <summary>The row's fields from the fold; also used for quarterly snapshots, from the fold as at a quarter's end.</summary>
    public static void Fill(PublicRegisterEntry row, ApplicationState state)
    {
        var decision = state.Decision!;
        var decidedAt = state.DecidedAt!.Value;
        var form = state.SubmittedForm ?? state.Form;
        var terms = LetterDetails.Current(state);
        row.Kind = DisclosureKinds.Release;
        row.Reference = state.Reference;
        row.Sector = Blank(form.Organisation?.Type);
        row.PublicBenefit = form.Project?.PublicBenefit ?? "";
        row.LegalGateway = RegulationsGateway;
        row.Linkage = form.Necessity?.LinkageNeeded == true;
        row.Organisation = Cut(terms.OrganisationName, 300);
        row.ProjectTitle = Cut(terms.ProjectTitle, 500);
        row.Purpose = form.Project?.LaySummary ?? "";
        row.DataItemCodes = string.Join('\n', decision.ApprovedDataItems);
        row.Article6 = Blank(form.Settings?.LawfulBasis?.Article6);
        row.Article9 = Blank(form.Settings?.LawfulBasis?.Article9);
        row.AccessRoute = Blank(form.Settings?.AccessRoute);
        row.DecidedAt = decidedAt;
        row.StartDate = DateOnly.FromDateTime(decidedAt);
        row.EndDate = state.EndDate;
        row.Ended = state.Status == ApplicationStatus.Expired;
        row.Outputs = System.Text.Json.JsonSerializer.Serialize(
            state.Outputs.Select(o => new ReportedOutput(o.Title, o.Link)).ToList(),
            Applications.EventSerializer.Options
        );
    }

    private static string Cut(string value, int max) => value.Length <= max ? value : value[..max];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : Cut(value.Trim(), 64);
}
