namespace ResearchRelease.Web.Features.Register;

/// <summary>
/// One approved release as the public sees it. Deliberately no people: not the applicant, their email, job
/// title or the named data users; only the organisation, the project and what data it may use until when.
/// </summary>
public sealed record PublicRelease(
    string Reference, string Organisation, string ProjectTitle, string Purpose, IReadOnlyList<string> DataItems,
    string LegalBasis, string AccessRoute, DateOnly StartDate, DateOnly? EndDate, bool Ended = false);
