namespace ResearchRelease.Domain.StandingShares;

/// <summary>
/// The terms of a standing share: a regular disclosure to a named body under a data sharing agreement, as DfE's privacy
/// notice lists them (not a researcher's application). Codes (sector, legal basis, frequency, access route, data items)
/// are kept as codes and named when shown.
/// </summary>
public sealed record ShareTerms
{
    public string? RecipientBody { get; init; }

    /// <summary>The kind of organisation, from <see cref="Applications.FormCodes.OrganisationTypes"/>.</summary>
    public string? Sector { get; init; }

    /// <summary>The statute or power that allows the disclosure, in words (for example a section of an Act).</summary>
    public string? LegalGateway { get; init; }
    public string? Article6 { get; init; }
    public string? Article9 { get; init; }
    public string? Purpose { get; init; }
    public string? PublicBenefit { get; init; }
    public IReadOnlyList<string> DataItems { get; init; } = [];

    /// <summary>How often data goes, from <see cref="ShareCodes.Frequencies"/>.</summary>
    public string? Frequency { get; init; }

    /// <summary>How the body receives it, from <see cref="Applications.FormCodes.AccessRoutes"/>.</summary>
    public string? AccessRoute { get; init; }

    /// <summary>Whether the body links the data to other data it holds (a Data Use Register field).</summary>
    public bool Linkage { get; init; }
    public DateOnly? AgreementStart { get; init; }
    public DateOnly? AgreementEnd { get; init; }

    /// <summary>When the agreement must be looked at again; a renewal sets the next one.</summary>
    public DateOnly? ReviewDate { get; init; }
}
