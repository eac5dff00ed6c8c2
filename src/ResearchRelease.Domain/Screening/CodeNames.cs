namespace ResearchRelease.Domain.Screening;

/// <summary>Plain-English names for the form's coded answers (<see cref="Applications.FormCodes"/>), for reasons.</summary>
internal static class CodeNames
{
    public static string Activity(string code) =>
        code switch
        {
            "research" => "research",
            "analysis" => "analysis",
            "statistics" => "producing statistics",
            "information_advice_guidance" => "providing information, advice or guidance",
            "other" => "\"other\"",
            _ => $"\"{code}\"",
        };

    public static string Focus(string code) =>
        code switch
        {
            "send" => "special educational needs",
            "wellbeing" => "well-being",
            "social_care" => "social care",
            "other" => "\"other\"",
            _ => code.Replace('_', ' '),
        };

    public static string Foci(IEnumerable<string> codes) => JoinAnd(codes.Select(Focus));

    public static string Certification(string code) =>
        code switch
        {
            "iso27001" => "ISO 27001",
            "cyber_essentials_plus" => "Cyber Essentials Plus",
            _ => "a recognised security certification",
        };

    /// <summary>"a", "a or b", "a, b or c".</summary>
    public static string JoinOr(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => $"{string.Join(", ", list.Take(list.Count - 1))} or {list[^1]}",
        };
    }

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string JoinAnd(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => $"{string.Join(", ", list.Take(list.Count - 1))} and {list[^1]}",
        };
    }
}
