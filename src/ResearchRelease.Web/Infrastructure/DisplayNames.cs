namespace ResearchRelease.Web.Infrastructure;

/// <summary>
/// Plain-English labels for every coded answer, status, event and role: the one place a code becomes words on a page,
/// in an email or in a letter. <see cref="For"/> returns the code itself only for a code this catalogue does not know,
/// which the display-name tests fail on for every code the forms offer.
/// </summary>
public static class DisplayNames
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["university"] = "University",
        ["research_institute"] = "Research institute",
        ["charity"] = "Charity or think tank",
        ["local_authority"] = "Local authority",
        ["government"] = "Government body",
        ["commercial"] = "Commercial company",
        ["media"] = "Media",
        ["other"] = "Other",
        ["research"] = "Research",
        ["analysis"] = "Analysis",
        ["statistics"] = "Producing statistics",
        ["information_advice_guidance"] = "Providing information, advice or guidance",
        ["attainment"] = "Attainment",
        ["progression"] = "Progression",
        ["attendance"] = "Attendance",
        ["exclusions"] = "Exclusions",
        ["send"] = "Special educational needs",
        ["wellbeing"] = "Well-being",
        ["health"] = "Health",
        ["social_care"] = "Social care",
        ["approved"] = "Approved",
        ["pending"] = "Pending",
        ["not_required"] = "Not required",
        ["ons_secure_research_service"] = "ONS Secure Research Service",
        ["other_trusted_research_environment"] = "Another accredited trusted research environment",
        ["direct_transfer"] = "Direct transfer to the applicant",
        ["iso27001"] = "ISO 27001",
        ["cyber_essentials_plus"] = "Cyber Essentials Plus",
        ["none"] = "None",
        ["consent"] = "Consent (Article 6(1)(a))",
        ["contract"] = "Contract (Article 6(1)(b))",
        ["legal_obligation"] = "Legal obligation (Article 6(1)(c))",
        ["vital_interests"] = "Vital interests",
        ["public_task"] = "Public task (Article 6(1)(e))",
        ["legitimate_interests"] = "Legitimate interests (Article 6(1)(f))",
        ["archiving_research_statistics"] = "Archiving, research and statistics (Article 9(2)(j))",
        ["substantial_public_interest"] = "Substantial public interest (Article 9(2)(g))",
        ["explicit_consent"] = "Explicit consent (Article 9(2)(a))",
        ["employment"] = "Employment, social security and social protection law (Article 9(2)(b))",
        ["not_for_profit"] = "Not-for-profit body with a political, philosophical, religious or trade union aim (Article 9(2)(d))",
        ["made_public"] = "Made public by the person it is about (Article 9(2)(e))",
        ["legal_claims"] = "Legal claims or courts acting judicially (Article 9(2)(f))",
        ["health_care"] = "Health or social care (Article 9(2)(h))",
        ["public_health"] = "Public health (Article 9(2)(i))",
        ["yes"] = "Yes",
        ["no"] = "No",
        ["eligible"] = "Eligible",
        ["ineligible"] = "Ineligible",
        ["needs_judgement"] = "Needs judgement",
        ["incomplete"] = "Incomplete",
        ["met"] = "Met",
        ["not_met"] = "Not met",
        ["complete"] = "Complete",
        ["blocks"] = "Not met",
        ["missing"] = "Missing",
        ["note"] = "Note",
        ["approve"] = "Approve",
        ["refuse"] = "Refuse",
        ["return"] = "Return for changes",
    };

    public static string For(string? code) =>
        code is null ? "Not provided"
        : Labels.TryGetValue(code, out var label) ? label
        : code;

    /// <summary>Whether the catalogue has words for <paramref name="code"/>.</summary>
    public static bool Knows(string code) => Labels.ContainsKey(code);

    public static string YesNo(bool? answer) =>
        answer switch
        {
            true => "Yes",
            false => "No",
            _ => "Not provided",
        };

    /// <summary>What an event in the record means, e.g. "sent_to_chief_statistician" → "Sent to the Chief Statistician".</summary>
    public static string Event(string type) => EventNames.For(type);

    /// <summary>A role as people say it, e.g. "ChiefStatistician" → "Chief Statistician".</summary>
    public static string Role(string? role) =>
        role switch
        {
            null or "" => "",
            "ChiefStatistician" => "Chief Statistician",
            "DeputyChiefStatistician" => "Deputy for the Chief Statistician",
            "ServiceAdministrator" => "Service administrator",
            "Compliance" => "Compliance",
            "System" => "The service",
            _ => Humanise(role),
        };

    /// <summary>Splits a PascalCase or snake_case name into lower-case words with a capital first letter.</summary>
    public static string Humanise(string name)
    {
        var words = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var ch = name[i];
            if (ch is '_' or '-')
            {
                words.Append(' ');
                continue;
            }
            if (i > 0 && char.IsUpper(ch) && name[i - 1] is not ('_' or '-'))
                words.Append(' ');
            words.Append(words.Length == 0 ? char.ToUpperInvariant(ch) : char.ToLowerInvariant(ch));
        }
        return words.ToString();
    }
}
