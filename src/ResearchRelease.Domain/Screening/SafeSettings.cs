using System.Globalization;
using ResearchRelease.Domain.Calendar;

namespace ResearchRelease.Domain.Screening;

/// <summary>
/// Safe settings (screening policy principle 5) and proportionate retention (principle 7). An accredited trusted
/// research environment is the default; direct transfer is an exception needing judgement, and without an accepted
/// certification it does not meet the test. Processing outside the UK is an international transfer: at least
/// judgement, and not met when the data is transferred there directly. Routes, certifications, places and the
/// retention limit come from the <see cref="ScreeningPolicy"/>.
/// </summary>
internal static class SafeSettings
{
    public static void Assess(ScreeningContext c, FindingList findings)
    {
        var part = findings.For(ScreeningParts.SafeSettings);
        var direct = Route(c, part);
        Location(c, part, direct);
        Retention(c, part, findings.For(ScreeningParts.Necessity));
    }

    /// <returns>Whether the route is one needing judgement (direct transfer).</returns>
    private static bool Route(ScreeningContext c, LimbBuilder part)
    {
        var route = c.AccessRoute;
        if (route is null)
        {
            return false; // Missing: the completeness check asks for it.
        }

        if (c.Policy.TrustedRoutes.Contains(route))
        {
            part.Met("The data would be used in an accredited trusted research environment", FormPaths.AccessRoute);
            return false;
        }

        if (!c.Policy.RoutesNeedingJudgement.Contains(route))
        {
            part.Add(
                Severity.NeedsJudgement,
                "unknown_route",
                $"{QuestionLabels.AccessRoute} is not one of the form's options",
                FormPaths.AccessRoute
            );
            return true;
        }

        var certified = (c.Settings.SecurityCertifications ?? [])
            .Select(ScreeningContext.Code)
            .Any(x => x is not null && c.Policy.AcceptedCertifications.Contains(x));
        if (certified)
        {
            part.Add(
                Severity.NeedsJudgement,
                "direct_transfer",
                "The data would be transferred to your organisation rather than used in an accredited trusted research environment; "
                    + "this is an exception the Chief Statistician weighs. Consider the ONS Secure Research Service",
                FormPaths.AccessRoute,
                FormPaths.SecurityCertifications
            );
        }
        else
        {
            var accepted = CodeNames.JoinOr(c.Policy.AcceptedCertifications.Order(StringComparer.Ordinal).Select(CodeNames.Certification));
            part.Add(
                Severity.NotMet,
                "direct_transfer_uncertified",
                $"The data would be transferred to your organisation, which does not hold {accepted}; "
                    + "pupil-level data can only go to a certified organisation. Use an accredited trusted research environment such "
                    + "as the ONS Secure Research Service instead",
                FormPaths.AccessRoute,
                FormPaths.SecurityCertifications
            );
        }

        return true;
    }

    private static void Location(ScreeningContext c, LimbBuilder part, bool direct)
    {
        var text = c.Settings.ProcessingLocation;
        var normalised = TextMatch.Normalise(text);
        bool? inUk = c.Settings.ProcessingInUk;
        if (inUk is null && !TextMatch.IsBlank(text))
        {
            // Older applications and the API give only the place; a name plainly abroad or plainly in the UK decides.
            inUk =
                c.Policy.Abroad.In(normalised) ? false
                : c.Policy.Home.In(normalised) ? true
                : null;
        }

        var quoted = TextMatch.IsBlank(text) ? string.Empty : $" ({TextMatch.Quote(text)})";
        if (inUk == true && !c.Policy.Borderline.In(normalised))
        {
            part.Met("The data would be processed in the UK", FormPaths.ProcessingInUk, FormPaths.ProcessingLocation);
        }
        else if (inUk == false && direct)
        {
            part.Add(
                Severity.NotMet,
                "direct_transfer_abroad",
                $"The data would be transferred directly to your organisation and processed outside the UK{quoted}; an "
                    + "international transfer of pupil-level data to the applicant does not meet the test. "
                    + "Use a UK trusted research environment",
                FormPaths.ProcessingLocation,
                FormPaths.AccessRoute
            );
        }
        else if (inUk == false || c.Policy.Borderline.In(normalised))
        {
            part.Add(
                Severity.NeedsJudgement,
                "processing_abroad",
                $"The data would be processed outside the UK{quoted}: an international transfer, which the Chief Statistician weighs",
                FormPaths.ProcessingLocation
            );
        }
        else if (!TextMatch.IsBlank(text))
        {
            part.Add(
                Severity.NeedsJudgement,
                "processing_location_unclear",
                $"{QuestionLabels.ProcessingLocation}{quoted} does not say whether it is in the UK; say which country the data "
                    + "will be processed in",
                FormPaths.ProcessingLocation
            );
        }
    }

    /// <summary>
    /// Principle 7: beyond the policy's limit from submission, retention needs judgement; keeping the data for
    /// unspecified future use is not research into the stated questions (not met), when the date also exceeds the
    /// limit, and judgement otherwise (free text alone never fails a limb).
    /// </summary>
    private static void Retention(ScreeningContext c, LimbBuilder part, LimbBuilder necessity)
    {
        var futureUse = FirstFutureUse(c);
        var beyond = BeyondLimit(c, out var end, out var limit);
        if (beyond)
        {
            var when = PlainDates.Day(end);
            if (futureUse is not null)
            {
                necessity.Add(
                    Severity.NotMet,
                    "retention_future_use",
                    $"You would keep the data until {when}, more than {c.Policy.RetentionLimitYears} years after submission, and "
                        + $"{futureUse.Value.Described} describes using it for future work. "
                        + "Keeping data for unspecified future use is not research into your stated questions; set a destruction date "
                        + "that fits this project",
                    FormPaths.RetentionEnd,
                    futureUse.Value.Path
                );
                return;
            }

            part.Add(
                Severity.NeedsJudgement,
                "retention_beyond_limit",
                $"You would keep the data until {when}, later than {PlainDates.Day(limit)} "
                    + $"({c.Policy.RetentionLimitYears} years after submission); "
                    + "say why the project needs it that long",
                FormPaths.RetentionEnd,
                FormPaths.RetentionReason
            );
        }
        else if (futureUse is not null)
        {
            necessity.Add(
                Severity.NeedsJudgement,
                "future_use",
                $"{TextMatch.Capitalise(futureUse.Value.Described)} describes using the data for future work; the data may be "
                    + "used only for the research questions in this application",
                futureUse.Value.Path
            );
        }
    }

    /// <summary>The first answer saying the data will be kept for future work, described at that sentence.</summary>
    private static (string Described, string Path)? FirstFutureUse(ScreeningContext c)
    {
        foreach (var s in c.Sources)
        {
            if (
                (
                    s.Path is FormPaths.LaySummary or FormPaths.PublicBenefit or FormPaths.RetentionReason
                    || s.Path.StartsWith(FormPaths.IntendedOutputs, StringComparison.Ordinal)
                ) && s.Affirming(SignalWords.FutureUse) is { } clause
            )
            {
                return (s.DescribedAt(clause), s.Path);
            }
        }

        return null;
    }

    private static bool BeyondLimit(ScreeningContext c, out DateOnly end, out DateOnly limit)
    {
        limit = default;
        end = default;
        if (
            c.ScreenedOn is not { } from
            || TextMatch.IsBlank(c.Settings.RetentionEnd)
            || !DateOnly.TryParseExact(
                c.Settings.RetentionEnd.Trim(),
                "yyyy-MM-dd",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out end
            )
        )
        {
            return false;
        }

        limit = from.AddYears(c.Policy.RetentionLimitYears);
        return end > limit;
    }
}
