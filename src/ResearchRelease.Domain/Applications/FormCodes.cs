namespace ResearchRelease.Domain.Applications;

/// <summary>The coded answers an application may give (docs/domain.md, "What an application holds").</summary>
public static class FormCodes
{
    public static readonly IReadOnlyList<string> OrganisationTypes =
    [
        "university",
        "research_institute",
        "charity",
        "local_authority",
        "government",
        "commercial",
        "media",
        "other",
    ];

    public static readonly IReadOnlyList<string> Activities =
    [
        "research",
        "analysis",
        "statistics",
        "information_advice_guidance",
        "other",
    ];

    public static readonly IReadOnlyList<string> SubjectFocus =
    [
        "attainment",
        "progression",
        "attendance",
        "exclusions",
        "send",
        "wellbeing",
        "health",
        "social_care",
        "other",
    ];

    public static readonly IReadOnlyList<string> EthicsStatuses = ["approved", "pending", "not_required"];

    public static readonly IReadOnlyList<string> AccessRoutes =
    [
        "ons_secure_research_service",
        "other_trusted_research_environment",
        "direct_transfer",
    ];

    public static readonly IReadOnlyList<string> SecurityCertifications = ["iso27001", "cyber_essentials_plus", "none"];

    public static readonly IReadOnlyList<string> Article6Bases =
    [
        "consent",
        "contract",
        "legal_obligation",
        "vital_interests",
        "public_task",
        "legitimate_interests",
    ];

    public static readonly IReadOnlyList<string> Article9Conditions =
    [
        "explicit_consent",
        "employment",
        "vital_interests",
        "not_for_profit",
        "made_public",
        "legal_claims",
        "substantial_public_interest",
        "health_care",
        "public_health",
        "archiving_research_statistics",
    ];
}
