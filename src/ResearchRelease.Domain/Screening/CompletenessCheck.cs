using System.Globalization;

namespace ResearchRelease.Domain.Screening;

/// <summary>
/// Missing evidence returns the application to the researcher before any judgement (domain.md, "The regulation
/// test", Completeness). Checks that each answer the screening and the Chief Statistician rely on is there;
/// whether an answer is good enough is for the limbs.
/// </summary>
internal sealed class CompletenessCheck
{
    private readonly List<string> missing = [];
    private readonly List<string> paths = [];

    public static CompletenessResult Assess(ScreeningContext c)
    {
        var check = new CompletenessCheck();
        check.People(c);
        check.Project(c);
        check.NecessityAndData(c);
        check.Settings(c);
        return new CompletenessResult
        {
            Outcome = check.missing.Count == 0 ? Outcomes.Complete : Outcomes.Incomplete,
            Missing = check.missing,
            MissingPaths = check.paths,
        };
    }

    private void Need(bool present, string what, string path)
    {
        if (!present)
        {
            missing.Add(LimbBuilder.Cite(what, [path]));
            paths.Add(path);
        }
    }

    private void Text(string? value, string what, string path) => Need(!TextMatch.IsBlank(value), what, path);

    // Safe people: who is responsible, and who will touch the data.
    private void People(ScreeningContext c)
    {
        Text(c.Form.Applicant?.Name, "The lead applicant's name", FormPaths.ApplicantName);
        Text(c.Form.Applicant?.Email, "The lead applicant's email address", FormPaths.ApplicantEmail);
        Text(c.Form.Organisation?.Name, "The organisation's name", FormPaths.OrganisationName);
        Text(c.Form.Organisation?.Type, "The organisation's type", FormPaths.OrganisationType);
        Text(c.Form.Organisation?.IcoRegistration, "The organisation's data protection (ICO) registration number", FormPaths.IcoRegistration);
        var users = c.Form.NamedUsers ?? [];
        Need(users.Count > 0, "At least one named data user", FormPaths.NamedUsers);
        for (var i = 0; i < users.Count; i++)
        {
            Text(users[i]?.Name, $"The name of named data user {i + 1}", $"{FormPaths.NamedUser(i)}.name");
        }
    }

    // Safe projects: what the research is, and the answers the conditions rest on.
    private void Project(ScreeningContext c)
    {
        var p = c.Project;
        Text(p.Title, "The project title", FormPaths.Title);
        Text(p.LaySummary, "The lay summary", FormPaths.LaySummary);
        Need(c.Questions.Count > 0, "At least one research question", FormPaths.ResearchQuestions);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var q in c.Questions)
        {
            Text(q.Id, $"A number for research question {q.Index + 1}", $"{q.Path}.id");
            Need(TextMatch.IsBlank(q.Id) || ids.Add(q.Id.Trim()), $"A different number for each research question ({q.Name} is used more than once)", $"{q.Path}.id");
            Text(q.Text, $"The text of research question {q.Name}", q.TextPath);
        }

        Text(p.Activity, "The activity (research, analysis, statistics, or information, advice or guidance)", FormPaths.Activity);
        Need(c.FocusList.Count > 0, "The subject focus", FormPaths.SubjectFocus);
        Need(p.Population?.PupilsInEngland is not null, "Whether the population is pupils at schools in England", FormPaths.PupilsInEngland);
        Need(p.Population?.AcademicYears?.Any(y => !TextMatch.IsBlank(y)) == true, "The cohorts or academic years requested", FormPaths.AcademicYears);
        Need(p.IntendedOutputs?.Any(o => !TextMatch.IsBlank(o)) == true, "The intended outputs", FormPaths.IntendedOutputs);
        Text(p.PublicBenefit, "The public benefit", FormPaths.PublicBenefit);
        var ethics = ScreeningContext.Code(p.Ethics?.Status);
        Need(ethics is not null, "The ethics position (approved, pending or not required)", FormPaths.EthicsStatus);
        if (ethics is "approved" or "pending")
        {
            Text(p.Ethics?.Body, "The ethics committee that approved or is considering the project", FormPaths.EthicsBody);
        }

        if (ethics == "approved")
        {
            Text(p.Ethics?.Reference, "The ethics approval reference", FormPaths.EthicsReference);
        }

        Need(p.UsedForDecisionsAboutIndividuals is not null, "Whether the results will be used for decisions about individuals", FormPaths.DecisionsAboutIndividuals);
        Need(p.OutputsCouldIdentifyIndividuals is not null, "Whether any output could identify an individual", FormPaths.OutputsCouldIdentify);
        Text(p.DisclosureControl, "How disclosure is controlled in outputs", FormPaths.DisclosureControl);
    }

    // Limb 2's evidence: why individual data, and which items.
    private void NecessityAndData(ScreeningContext c)
    {
        Text(c.Necessity.WhyAggregateIsNotEnough, "Why published or aggregate statistics are not enough", FormPaths.WhyAggregateIsNotEnough);
        Need(c.Necessity.LinkageNeeded is not null, "Whether linkage to other data is needed", FormPaths.LinkageNeeded);
        if (c.Necessity.LinkageNeeded == true)
        {
            Text(c.Necessity.LinkageDescription, "How the linkage will be done, and to which data", FormPaths.LinkageDescription);
        }

        Need(c.Items.Count > 0, "At least one requested data item", FormPaths.DataItems);
        foreach (var item in c.Items)
        {
            Need(item.Code.Length > 0, $"Which catalogue item data item {item.Index + 1} is", $"{item.Path}.item");
        }
    }

    // Safe settings: where the data goes, how it is protected, until when, and on what lawful basis.
    private void Settings(ScreeningContext c)
    {
        var s = c.Settings;
        Text(s.AccessRoute, "The access route", FormPaths.AccessRoute);
        Need(s.SecurityCertifications?.Any(x => !TextMatch.IsBlank(x)) == true, "The security arrangements (a certification, or \"none\")", FormPaths.SecurityCertifications);
        Text(s.ProcessingLocation, "Where the data will be processed", FormPaths.ProcessingLocation);
        if (TextMatch.IsBlank(s.RetentionEnd))
        {
            Need(false, "The retention and destruction date", FormPaths.RetentionEnd);
        }
        else if (!DateOnly.TryParseExact(s.RetentionEnd.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            Need(false, "The retention and destruction date, as a date (YYYY-MM-DD)", FormPaths.RetentionEnd);
        }
        else if (c.ScreenedOn is { } on && end <= on)
        {
            Need(false, $"A retention and destruction date after {on.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}", FormPaths.RetentionEnd);
        }

        Text(s.LawfulBasis?.Article6, "The lawful basis under UK GDPR Article 6", FormPaths.Article6);
    }
}
