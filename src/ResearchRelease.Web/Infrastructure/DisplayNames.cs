namespace ResearchRelease.Web.Infrastructure;

/// <summary>Plain-English labels for the coded answers, used on pages and in letters.</summary>
public static class DisplayNames
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["university"] = "University", ["research_institute"] = "Research institute", ["charity"] = "Charity or think tank",
        ["local_authority"] = "Local authority", ["government"] = "Government body", ["commercial"] = "Commercial company",
        ["media"] = "Media", ["other"] = "Other",
        ["research"] = "Research", ["analysis"] = "Analysis", ["statistics"] = "Producing statistics",
        ["information_advice_guidance"] = "Providing information, advice or guidance",
        ["attainment"] = "Attainment", ["progression"] = "Progression", ["attendance"] = "Attendance", ["exclusions"] = "Exclusions",
        ["send"] = "Special educational needs", ["wellbeing"] = "Well-being", ["health"] = "Health", ["social_care"] = "Social care",
        ["approved"] = "Approved", ["pending"] = "Pending", ["not_required"] = "Not required",
        ["ons_secure_research_service"] = "ONS Secure Research Service",
        ["other_trusted_research_environment"] = "Another accredited trusted research environment",
        ["direct_transfer"] = "Direct transfer to the applicant",
        ["iso27001"] = "ISO 27001", ["cyber_essentials_plus"] = "Cyber Essentials Plus", ["none"] = "None",
        ["consent"] = "Consent (Article 6(1)(a))", ["contract"] = "Contract (Article 6(1)(b))",
        ["legal_obligation"] = "Legal obligation (Article 6(1)(c))", ["vital_interests"] = "Vital interests",
        ["public_task"] = "Public task (Article 6(1)(e))", ["legitimate_interests"] = "Legitimate interests (Article 6(1)(f))",
        ["archiving_research_statistics"] = "Archiving, research and statistics (Article 9(2)(j))",
        ["substantial_public_interest"] = "Substantial public interest (Article 9(2)(g))",
        ["explicit_consent"] = "Explicit consent (Article 9(2)(a))",
        ["eligible"] = "Eligible", ["ineligible"] = "Ineligible", ["needs_judgement"] = "Needs judgement", ["incomplete"] = "Incomplete",
        ["met"] = "Met", ["not_met"] = "Not met", ["complete"] = "Complete",
        ["blocks"] = "Not met", ["missing"] = "Missing", ["note"] = "Note",
        ["approve"] = "Approve", ["refuse"] = "Refuse", ["return"] = "Return for changes",
    };

    public static string For(string? code) =>
        code is null ? "Not provided" : Labels.TryGetValue(code, out var label) ? label : code;
}
