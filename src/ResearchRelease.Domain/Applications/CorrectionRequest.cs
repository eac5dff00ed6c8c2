namespace ResearchRelease.Domain.Applications;

/// <summary>
/// What the Chief Statistician asks for when correcting a letter: which letter, why, and the corrected clerical
/// details. <see cref="ExpectedVersion"/> is the version shown on the review page, as for a decision.
/// </summary>
public sealed record CorrectionRequest(
    Guid SupersedesLetterId,
    string? Reason,
    string? AddresseeName,
    string? AddresseeJobTitle,
    string? OrganisationName,
    string? ProjectTitle,
    IReadOnlyList<string>? Conditions,
    int ExpectedVersion
);
