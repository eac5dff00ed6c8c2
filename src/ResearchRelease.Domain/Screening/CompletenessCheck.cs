using System.Globalization;
using ResearchRelease.Domain.Calendar;

namespace ResearchRelease.Domain.Screening;

/// <summary>
/// Missing evidence returns the application to the researcher before any judgement (docs/domain.md, "The regulation
/// test", Completeness). Checks that each answer the screening and the Chief Statistician rely on is there, and
/// files each gap under the part of the test that needs it; whether an answer is good enough is for the other rules.
/// </summary>
internal static class CompletenessCheck
{
    public static void Assess(ScreeningContext c, FindingList findings)
    {
        People(c, findings.For(ScreeningParts.SafePeople));
        Project(c, findings);
        NecessityAndData(c, findings.For(ScreeningParts.Necessity));
        Settings(c, findings.For(ScreeningParts.SafeSettings), findings.For(ScreeningParts.SafeData));
    }

    private static void Need(LimbBuilder part, bool present, string what, string path)
    {
        if (!present)
        {
            part.Missing("missing_answer", what, path);
        }
    }

    private static void Text(LimbBuilder part, string? value, string what, string path) =>
        Need(part, !TextMatch.IsBlank(value), what, path);

    // Safe people: who is responsible, and who will touch the data.
    private static void People(ScreeningContext c, LimbBuilder part)
    {
        Text(part, c.Form.Applicant?.Name, "The lead applicant's full name", FormPaths.ApplicantName);
        Text(part, c.Form.Applicant?.Email, "The lead applicant's email address", FormPaths.ApplicantEmail);
        Text(part, c.Form.Organisation?.Name, "The name of your organisation", FormPaths.OrganisationName);
        Text(part, c.Form.Organisation?.Type, "The type of your organisation", FormPaths.OrganisationType);
        Text(
            part,
            c.Form.Organisation?.IcoRegistration,
            "Your organisation's data protection (ICO) registration number",
            FormPaths.IcoRegistration
        );
        var users = c.Form.NamedUsers ?? [];
        Need(part, users.Count > 0, "At least one named data user: the people who will work with the data", FormPaths.NamedUsers);
        for (var i = 0; i < users.Count; i++)
        {
            Text(part, users[i]?.Name, $"The name of named data user {i + 1}", $"{FormPaths.NamedUser(i)}.name");
        }
    }

    // Safe projects: what the research is; the conditions' declarations; safe outputs.
    private static void Project(ScreeningContext c, FindingList findings)
    {
        var part = findings.For(ScreeningParts.SafeProjects);
        var p = c.Project;
        Text(part, p.Title, "The project title", FormPaths.Title);
        Text(part, p.LaySummary, "A summary of the project in plain English", FormPaths.LaySummary);
        Need(part, c.Questions.Count > 0, "At least one research question", FormPaths.ResearchQuestions);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var q in c.Questions)
        {
            Text(part, q.Id, $"A number for research question {q.Index + 1}", $"{q.Path}.id");
            Need(
                part,
                TextMatch.IsBlank(q.Id) || ids.Add(q.Id.Trim()),
                $"A different number for each research question ({q.Name} " + "is used more than once)",
                $"{q.Path}.id"
            );
            Text(part, q.Text, $"The text of research question {q.Name}", q.TextPath);
        }

        var purpose = findings.For(ScreeningParts.Purpose);
        Text(
            purpose,
            p.Activity,
            "What you will be doing (research, analysis, statistics, or information, advice or guidance)",
            FormPaths.Activity
        );
        Need(purpose, c.FocusList.Count > 0, "What the project is about (its subject focus)", FormPaths.SubjectFocus);
        Need(
            purpose,
            p.Population?.PupilsInEngland is not null,
            "Whether the population is pupils at schools in England",
            FormPaths.PupilsInEngland
        );
        Need(
            part,
            p.Population?.AcademicYears?.Any(y => !TextMatch.IsBlank(y)) == true,
            "The academic years you need",
            FormPaths.AcademicYears
        );
        Need(part, p.IntendedOutputs?.Any(o => !TextMatch.IsBlank(o)) == true, "Your intended outputs", FormPaths.IntendedOutputs);
        Text(part, p.PublicBenefit, "The public benefit of the project", FormPaths.PublicBenefit);
        Ethics(c, part);

        var conditions = findings.For(ScreeningParts.Conditions);
        Need(
            conditions,
            p.UsedForDecisionsAboutIndividuals is not null,
            "An answer to \"Will the results be used to make decisions about particular pupils or people?\"",
            FormPaths.DecisionsAboutIndividuals
        );
        Need(
            conditions,
            p.OutputsCouldIdentifyIndividuals is not null,
            "An answer to \"Could any output identify an individual?\"",
            FormPaths.OutputsCouldIdentify
        );
        Text(
            findings.For(ScreeningParts.SafeOutputs),
            p.DisclosureControl,
            "An answer to \"How will you stop outputs identifying anyone?\"",
            FormPaths.DisclosureControl
        );
    }

    // Principle 8: pending approval means the data cannot go yet; "not required" needs a reason.
    private static void Ethics(ScreeningContext c, LimbBuilder part)
    {
        var ethics = c.Project.Ethics;
        var status = ScreeningContext.Code(ethics?.Status);
        Need(part, status is not null, "Your ethics position: approved, pending or not required", FormPaths.EthicsStatus);
        if (status is "approved" or "pending")
        {
            Text(part, ethics?.Body, "The ethics committee that approved or is considering the project", FormPaths.EthicsBody);
        }

        if (status == "approved")
        {
            Text(part, ethics?.Reference, "The ethics approval reference", FormPaths.EthicsReference);
        }
        else if (status == "pending")
        {
            const string reason =
                "Ethics approval is still pending, and the data cannot be released until it is given; "
                + "resubmit with the committee's approval reference once you have it";
            part.Add(
                c.Policy.EthicsPendingIsMissing ? Severity.Missing : Severity.NeedsJudgement,
                "ethics_pending",
                reason,
                FormPaths.EthicsStatus
            );
        }
        else if (status == "not_required")
        {
            if (TextMatch.IsBlank(ethics?.NotRequiredReason))
            {
                part.Missing(
                    "ethics_not_required_reason",
                    "You say ethics approval is not required but not why; say why (for example, your institution's policy exempts "
                        + "secondary analysis of pseudonymised data)",
                    FormPaths.EthicsNotRequiredReason,
                    FormPaths.EthicsStatus
                );
            }
            else
            {
                part.Note(
                    "ethics_not_required",
                    $"You say ethics approval is not required, because {TextMatch.Quote(ethics!.NotRequiredReason)}",
                    FormPaths.EthicsNotRequiredReason
                );
            }
        }
    }

    // Limb 2's evidence: why individual data, and which items.
    private static void NecessityAndData(ScreeningContext c, LimbBuilder part)
    {
        Text(
            part,
            c.Necessity.WhyAggregateIsNotEnough,
            "An answer to \"Why would published or aggregate statistics not answer your questions?\"",
            FormPaths.WhyAggregateIsNotEnough
        );
        Need(part, c.Necessity.LinkageNeeded is not null, "Whether you need to link the data to other data", FormPaths.LinkageNeeded);
        if (c.Necessity.LinkageNeeded == true)
        {
            Text(
                part,
                c.Necessity.LinkageDescription,
                "A description of the linkage: which data, who carries it out, and what you will receive",
                FormPaths.LinkageDescription
            );
        }

        Need(part, c.Items.Count > 0, "At least one data item from the catalogue", FormPaths.DataItems);
        foreach (var item in c.Items)
        {
            Need(part, item.Code.Length > 0, $"Which catalogue item data item {item.Index + 1} is", $"{item.Path}.item");
        }
    }

    // Safe settings: where the data goes, how it is protected, until when; safe data: on what lawful basis.
    private static void Settings(ScreeningContext c, LimbBuilder part, LimbBuilder data)
    {
        var s = c.Settings;
        Text(part, s.AccessRoute, "How you will access the data (the access route)", FormPaths.AccessRoute);
        Need(
            part,
            s.SecurityCertifications?.Any(x => !TextMatch.IsBlank(x)) == true,
            "Your organisation's security certifications (or \"none\")",
            FormPaths.SecurityCertifications
        );
        Need(
            part,
            s.ProcessingInUk is not null || !TextMatch.IsBlank(s.ProcessingLocation),
            "Where the data will be processed",
            FormPaths.ProcessingLocation
        );
        if (s.ProcessingInUk == false)
        {
            Text(part, s.ProcessingLocation, "The country where the data will be processed", FormPaths.ProcessingLocation);
        }

        if (TextMatch.IsBlank(s.RetentionEnd))
        {
            Need(part, false, "The date by which the data will be destroyed", FormPaths.RetentionEnd);
        }
        else if (
            !DateOnly.TryParseExact(s.RetentionEnd.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
        )
        {
            Need(part, false, "The date by which the data will be destroyed, as a real date", FormPaths.RetentionEnd);
        }
        else if (c.ScreenedOn is { } on && end <= on)
        {
            Need(part, false, $"A destruction date after {PlainDates.Day(on)}", FormPaths.RetentionEnd);
        }

        Text(data, s.LawfulBasis?.Article6, "Your lawful basis under UK GDPR Article 6", FormPaths.Article6);
    }
}
