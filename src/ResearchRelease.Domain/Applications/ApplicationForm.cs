namespace ResearchRelease.Domain.Applications;

/// <summary>
/// An application as the researcher wrote it, in the shape the JSON API accepts
/// (docs/domain.md, "The applications the examples describe").
/// Coded answers are kept as the strings the form and API exchange (for example <c>local_authority</c>);
/// <see cref="ApplicationFormValidator"/> checks them against <see cref="FormCodes"/>.
/// </summary>
public sealed record ApplicationForm
{
    public Applicant? Applicant { get; init; }
    public Organisation? Organisation { get; init; }
    public List<NamedUser>? NamedUsers { get; init; }
    public ProjectDetails? Project { get; init; }
    public NecessityCase? Necessity { get; init; }
    public List<RequestedDataItem>? DataItems { get; init; }
    public Settings? Settings { get; init; }
}

public sealed record Applicant
{
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? JobTitle { get; init; }
}

public sealed record Organisation
{
    public string? Name { get; init; }
    public string? Type { get; init; }
    public string? IcoRegistration { get; init; }
}

/// <summary>
/// A person who will use the data. Email and organisation identify them (separation of duties matches deciders by
/// email); applications stored before they were asked for have neither, and still load.
/// </summary>
public sealed record NamedUser
{
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? Organisation { get; init; }
    public string? Role { get; init; }
    public bool AccreditedResearcher { get; init; }
}

public sealed record ProjectDetails
{
    public string? Title { get; init; }
    public string? LaySummary { get; init; }
    public List<ResearchQuestion>? ResearchQuestions { get; init; }
    public string? Activity { get; init; }
    public List<string>? SubjectFocus { get; init; }
    public Population? Population { get; init; }
    public List<string>? IntendedOutputs { get; init; }
    public string? PublicBenefit { get; init; }
    public string? Funding { get; init; }
    public bool? SolelyCommercial { get; init; }
    public Ethics? Ethics { get; init; }
    public bool? UsedForDecisionsAboutIndividuals { get; init; }
    public bool? OutputsCouldIdentifyIndividuals { get; init; }
    public string? DisclosureControl { get; init; }
}

public sealed record ResearchQuestion
{
    public string? Id { get; init; }
    public string? Text { get; init; }
}

public sealed record Population
{
    public bool? PupilsInEngland { get; init; }
    public List<string>? KeyStages { get; init; }
    public List<string>? AcademicYears { get; init; }
}

public sealed record Ethics
{
    public string? Status { get; init; }
    public string? Body { get; init; }
    public string? Reference { get; init; }

    /// <summary>When the status is not_required: why (screening policy principle 8). Absent from older applications.</summary>
    public string? NotRequiredReason { get; init; }
}

public sealed record NecessityCase
{
    public string? WhyAggregateIsNotEnough { get; init; }
    public bool? LinkageNeeded { get; init; }
    public string? LinkageDescription { get; init; }
}

public sealed record RequestedDataItem
{
    public string? Item { get; init; }
    public string? Justification { get; init; }
    public List<string>? ResearchQuestions { get; init; }
}

public sealed record Settings
{
    public string? AccessRoute { get; init; }
    public List<string>? SecurityCertifications { get; init; }

    /// <summary>Whether the data will be processed only in the UK; null in older applications, which gave only <see cref="ProcessingLocation"/>.</summary>
    public bool? ProcessingInUk { get; init; }

    /// <summary>Where the data will be processed: the place, or the country when outside the UK.</summary>
    public string? ProcessingLocation { get; init; }
    public string? RetentionEnd { get; init; }

    /// <summary>Why the data is needed until <see cref="RetentionEnd"/> (principle 7). Absent from older applications.</summary>
    public string? RetentionReason { get; init; }
    public LawfulBasis? LawfulBasis { get; init; }
}

public sealed record LawfulBasis
{
    public string? Article6 { get; init; }
    public string? Article9 { get; init; }
}
