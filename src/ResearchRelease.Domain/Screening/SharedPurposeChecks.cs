using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Domain.Screening;

/// <summary>Parts of limb 1 that read the same under the 2009 and the 2013 wording.</summary>
internal static class SharedPurposeChecks
{
    /// <summary>
    /// An activity of "other" is outside both wordings' named activities. With commercial outputs it is not
    /// research at all; otherwise the Chief Statistician must judge what it is.
    /// </summary>
    /// <returns>True when the activity was "other" or unrecognised and has been assessed here.</returns>
    public static bool OtherActivity(ScreeningContext c, LimbBuilder limb)
    {
        if (c.Activity is null)
        {
            return true; // Missing: the completeness check asks for it.
        }

        if (c.Activity != "other")
        {
            if (FormCodes.Activities.Contains(c.Activity))
            {
                return false;
            }

            limb.NeedsJudgement($"{QuestionLabels.Activity} is not one of the form's options", FormPaths.Activity);
            return true;
        }

        // Principle 2: the outputs' wording raises judgement; only the solely-commercial declaration fails the limb
        // (see CommercialGain).
        var commercialOutput = c.Sources.FirstOrDefault(s =>
            s.Path.StartsWith(FormPaths.IntendedOutputs, StringComparison.Ordinal) && s.Affirming(SignalWords.CommercialOutputs) is not null
        );
        if (c.Project.SolelyCommercial != true)
        {
            limb.NeedsJudgement(
                commercialOutput is null
                    ? $"You answered \"other\" to {QuestionLabels.Activity.Replace("your answer to ", string.Empty, StringComparison.Ordinal)}, which is not one of the activities the {c.Ruleset.Version} wording names; the Chief Statistician will judge what the project does"
                    : $"You answered \"other\" to what you will be doing, and {commercialOutput.Described} sounds commercial; the "
                        + "Chief Statistician will judge whether this is research",
                FormPaths.Activity,
                commercialOutput?.Path ?? FormPaths.Activity
            );
        }

        return true;
    }

    /// <summary>
    /// SI 2009/1563 reg. 1(2): the regulations apply to information about pupils at schools in England only; the
    /// 2013 wording also speaks of "children in England".
    /// </summary>
    public static void Population(ScreeningContext c, LimbBuilder limb)
    {
        if (c.Project.Population?.PupilsInEngland == false)
        {
            limb.NeedsJudgement(
                "You say the population is not pupils at schools in England, but the regulations cover only information about "
                    + "pupils at schools in England",
                FormPaths.PupilsInEngland
            );
        }
    }

    /// <summary>
    /// Principle 8: a solely commercial purpose is ineligible; DfE's sharing principles rule out sharing solely for
    /// commercial gain. A commercial applicant whose project is not solely commercial is a note.
    /// </summary>
    public static void CommercialGain(ScreeningContext c, LimbBuilder limb)
    {
        if (c.Project.SolelyCommercial == true)
        {
            limb.Add(
                Severity.NotMet,
                "solely_commercial",
                $"You answered yes to {QuestionLabels.SolelyCommercial.Replace("your answer to ", string.Empty, StringComparison.Ordinal)}: DfE does not share pupil data solely for commercial gain",
                FormPaths.SolelyCommercial
            );
        }
        else if (c.OrganisationType == "commercial")
        {
            limb.Note(
                "commercial_applicant",
                "Your organisation is a commercial company; you say the project is not solely for commercial gain, and the public "
                    + "benefit will be weighed",
                FormPaths.OrganisationType,
                FormPaths.SolelyCommercial
            );
        }
    }
}
