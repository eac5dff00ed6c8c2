using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Domain.Screening;
using ResearchRelease.Web.Features.Lifecycle;
using ResearchRelease.Web.Features.Screening;
using ResearchRelease.Web.Infrastructure;
using ResearchRelease.Web.Letters;

namespace ResearchRelease.Web.Features.Decisions;

public sealed class LetterOptions
{
    public const string Section = "Letters";

    /// <summary>Where the public verification page lives; printed on every letter and in its QR code.</summary>
    [Required, Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:5051";
}

/// <summary>Turns a decided application into the content of its letter. Everything comes from the recorded events.</summary>
public sealed class LetterComposer(ScreeningService screening, IOptions<LetterOptions> options)
{
    /// <param name="details">The clerical details to print; a corrected letter passes its corrected ones.</param>
    /// <param name="correction">Set on a corrected letter: what it corrects and replaces.</param>
    public LetterContent Compose(
        ApplicationState state,
        DecisionRecorded decision,
        DateTimeOffset signedAt,
        string verificationCode,
        DateOnly today,
        LetterDetails? details = null,
        LetterCorrectionNotice? correction = null
    )
    {
        var form = state.SubmittedForm ?? state.Form;
        details ??= LetterDetails.Current(state);
        var approved = decision.Outcome == DecisionOutcomes.Approve;
        var catalogue = screening.Catalogue;
        return new LetterContent
        {
            Kind = approved ? LetterKind.Approval : LetterKind.Refusal,
            Reference = state.Reference,
            Date = today,
            AddresseeName = details.AddresseeName,
            AddresseeJobTitle = details.AddresseeJobTitle,
            OrganisationName = details.OrganisationName,
            ProjectTitle = details.ProjectTitle,
            DecisionSummary = approved ? "approved with conditions" : "refused",
            DataItems = approved
                ? decision
                    .ApprovedDataItems.Select(code =>
                        catalogue.Find(code) is { } item
                            ? new LetterDataItem(item.Code, item.Name, item.Tier.DisplayName())
                            : new LetterDataItem(code, DisplayNames.Humanise(code), "Unclassified")
                    )
                    .ToList()
                : [],
            Cohorts = approved ? Cohorts(form) : [],
            AccessRoute = approved ? DisplayNames.For(form.Settings?.AccessRoute) : null,
            Conditions = approved ? details.Conditions : [],
            NamedUsers = approved ? NamedUsers(form) : [],
            EndDate = decision.EndDate,
            Reasons = approved ? Remarks(decision) : RefusalReasons(state.Screening, decision),
            WhatCouldChange = approved ? [] : WhatCouldChange(state.Screening),
            SignatoryName = decision.SignatoryName,
            SignatoryTitle = decision.SignatoryTitle,
            ForChiefStatistician = DeciderWords.ByDeputy(decision),
            SignedAt = signedAt,
            VerificationCode = verificationCode,
            VerificationUrl = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/verify/{verificationCode}",
            Correction = correction,
        };
    }

    /// <summary>
    /// The letter in force composed again with corrected <paramref name="details"/>: the decision letter, or, when an
    /// approved extension's letter is in force, that letter (its end date and restated conditions are the terms).
    /// </summary>
    public LetterContent ComposeInForce(
        ApplicationState state,
        string verificationCode,
        DateOnly today,
        LetterDetails details,
        LetterCorrectionNotice correction
    )
    {
        var round = state.Letter!.Round;
        var extension = state.Extensions.LastOrDefault(x => x.Round == round);
        var decision = extension is null ? state.Decision! : state.ExtensionDecisions.Last(d => d.Round == round);
        var signedAt = SignedAt(state, decision);
        return extension is null
            ? Compose(state, decision, signedAt, verificationCode, today, details, correction)
            : ExtensionLetters.Amend(
                Compose(state, decision, signedAt, verificationCode, today, details, correction),
                state,
                decision,
                extension
            );
    }

    /// <summary>When the decision was signed: the time the fold recorded for its round.</summary>
    public static DateTimeOffset SignedAt(ApplicationState state, DecisionRecorded decision) =>
        new(state.DecisionTimes[decision.Round], TimeSpan.Zero);

    private static List<string> Cohorts(ApplicationForm form)
    {
        var population = form.Project?.Population;
        var cohorts = new List<string>();
        if (population?.KeyStages is { Count: > 0 } stages)
            cohorts.Add("Key stages: " + string.Join(", ", stages));
        if (population?.AcademicYears is { Count: > 0 } years)
            cohorts.Add("Academic years: " + string.Join(", ", years));
        return cohorts;
    }

    private static List<string> NamedUsers(ApplicationForm form) =>
        (form.NamedUsers ?? [])
            .Where(u => !string.IsNullOrWhiteSpace(u.Name))
            .Select(u =>
                string.Join(", ", new[] { u.Name, u.Role, u.Organisation }.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x!.Trim()))
            )
            .ToList();

    private static List<LetterReason> Remarks(DecisionRecorded decision) =>
        string.IsNullOrWhiteSpace(decision.Reasons) ? [] : [new LetterReason("Remarks", decision.Reasons)];

    private static List<LetterReason> RefusalReasons(ScreeningResult? result, DecisionRecorded decision)
    {
        var reasons = new List<LetterReason> { new(DeciderWords.Reasons(decision), decision.Reasons) };
        if (result is null)
            return reasons;
        foreach (
            var (heading, limb) in new[]
            {
                ("Purpose (regulation test, first limb)", result.Purpose),
                ("Necessity (regulation test, second limb)", result.Necessity),
                ("The Department's conditions", result.Conditions),
            }
        )
        {
            if (limb.Outcome != Outcomes.Met && limb.Reasons.Count > 0)
                reasons.Add(
                    new LetterReason(
                        $"{heading}: {DisplayNames.For(limb.Outcome).ToLowerInvariant()}",
                        string.Join(" ", limb.Reasons.Select(CheckAdvice.Plain))
                    )
                );
        }
        // The Five Safes findings that block or need judgement, part by part: the limbs above already carry their own.
        foreach (
            var part in result
                .Findings.Where(f =>
                    f.Part.StartsWith("safe_", StringComparison.Ordinal)
                    && f.Severity is FindingSeverities.Blocks or FindingSeverities.NeedsJudgement
                )
                .GroupBy(f => f.Part)
        )
        {
            reasons.Add(new LetterReason(ScreeningParts.DisplayName(part.Key), string.Join(" ", part.Select(f => f.Reason))));
        }
        return reasons;
    }

    private static List<string> WhatCouldChange(ScreeningResult? result) =>
        result is null
            ? []
            : result
                .DataItems.SelectMany(i => i.Findings.Select(f => $"{i.Name ?? "An item not in the catalogue"}: {CheckAdvice.Plain(f)}"))
                .Take(20)
                .ToList();
}
