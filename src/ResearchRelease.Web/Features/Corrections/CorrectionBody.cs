namespace ResearchRelease.Web.Features.Corrections;

/// <summary>
/// POST /api/applications/{id}/letter-corrections. A detail left out (null) keeps the value the letter in force
/// prints; <c>supersedesLetterId</c> defaults to the letter in force. The decision itself is not an input.
/// </summary>
public sealed record CorrectionBody(
    string? Reason,
    string? AddresseeName,
    string? AddresseeJobTitle,
    string? OrganisationName,
    string? ProjectTitle,
    List<string>? Conditions,
    Guid? SupersedesLetterId,
    int? ExpectedVersion
);
