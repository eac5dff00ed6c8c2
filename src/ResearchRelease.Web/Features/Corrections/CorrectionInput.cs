using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Web.Features.Corrections;

/// <summary>The correction form's fields. Posted twice: once to review, once (as hidden fields) to sign.</summary>
public sealed class CorrectionInput
{
    public Guid SupersedesLetterId { get; set; }
    public string? Reason { get; set; }
    public string? AddresseeName { get; set; }
    public string? AddresseeJobTitle { get; set; }
    public string? OrganisationName { get; set; }
    public string? ProjectTitle { get; set; }
    public List<string?> Conditions { get; set; } = [];
    public int Version { get; set; }

    public static CorrectionInput From(ApplicationState state)
    {
        var details = LetterDetails.Current(state);
        return new CorrectionInput
        {
            SupersedesLetterId = state.Letter?.LetterId ?? Guid.Empty,
            AddresseeName = details.AddresseeName,
            AddresseeJobTitle = details.AddresseeJobTitle,
            OrganisationName = details.OrganisationName,
            ProjectTitle = details.ProjectTitle,
            Conditions = [.. details.Conditions],
            Version = state.Version,
        };
    }

    /// <summary>Line endings as a browser posts them (CRLF) would otherwise count as a change of wording.</summary>
    public CorrectionRequest ToRequest() =>
        new(
            SupersedesLetterId,
            Reason,
            AddresseeName,
            AddresseeJobTitle,
            OrganisationName,
            ProjectTitle,
            Conditions.Select(c => (c ?? "").Replace("\r\n", "\n", StringComparison.Ordinal)).ToList(),
            Version
        );
}
