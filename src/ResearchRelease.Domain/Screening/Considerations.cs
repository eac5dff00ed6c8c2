namespace ResearchRelease.Domain.Screening;

/// <summary>
/// Points the Chief Statistician weighs that are not part of the regulation test: DfE's sharing principles
/// (benefit to the sector, not solely for commercial gain, sound methods) and the Five Safes (safe people, safe
/// settings). They never change the overall recommendation.
/// </summary>
internal static class Considerations
{
    public static List<string> Assess(ScreeningContext c)
    {
        var notes = new List<string>();
        void Note(string sentence, params string[] paths) => notes.Add(LimbBuilder.Cite(sentence, paths));

        var ethics = ScreeningContext.Code(c.Project.Ethics?.Status);
        if (ethics == "pending")
        {
            Note("Ethics approval is still pending, so any approval would need to wait for it or be conditional on it", FormPaths.EthicsStatus);
        }
        else if (ethics == "not_required")
        {
            Note("The applicant says ethics approval is not required", FormPaths.EthicsStatus);
        }

        var users = c.Form.NamedUsers ?? [];
        for (var i = 0; i < users.Count; i++)
        {
            if (users[i] is { AccreditedResearcher: false } user)
            {
                var name = TextMatch.IsBlank(user.Name) ? $"Named data user {i + 1}" : user.Name!.Trim();
                Note($"{name} is not an accredited researcher", $"{FormPaths.NamedUser(i)}.accreditedResearcher");
            }
        }

        if (c.AccessRoute == "direct_transfer")
        {
            var none = c.Settings.SecurityCertifications?.All(s => ScreeningContext.Code(s) is null or "none") ?? true;
            Note(none
                    ? "The data would be transferred to the applicant, who holds no security certification, rather than used in a trusted research environment"
                    : "The data would be transferred to the applicant rather than used in a trusted research environment",
                FormPaths.AccessRoute, FormPaths.SecurityCertifications);
        }

        var location = c.Settings.ProcessingLocation;
        if (!TextMatch.IsBlank(location) && !SignalWords.UnitedKingdom.In(TextMatch.Normalise(location)))
        {
            Note($"The data would be processed at {TextMatch.Quote(location)}, which may be outside the UK", FormPaths.ProcessingLocation);
        }

        if (c.OrganisationType == "commercial")
        {
            Note("The applicant is a commercial company; DfE's sharing principles rule out sharing solely for commercial gain", FormPaths.OrganisationType, FormPaths.SolelyCommercial);
        }

        return notes;
    }
}
