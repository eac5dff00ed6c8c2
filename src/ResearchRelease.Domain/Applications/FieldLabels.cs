using System.Globalization;
using System.Text.RegularExpressions;

namespace ResearchRelease.Domain.Applications;

/// <summary>
/// The answer a form path names, in words a person reads in an error message ("Project title", "Name of named user
/// 2"). Paths are the JSON paths the validator reports; list positions count from 1 here.
/// </summary>
public static partial class FieldLabels
{
    private static readonly Dictionary<string, string> Fixed = new(StringComparer.Ordinal)
    {
        ["applicant.name"] = "Your name",
        ["applicant.email"] = "Your email address",
        ["applicant.jobTitle"] = "Your job title",
        ["organisation.name"] = "Organisation name",
        ["organisation.icoRegistration"] = "ICO registration number",
        ["project.title"] = "Project title",
        ["project.laySummary"] = "Project summary",
        ["project.publicBenefit"] = "Public benefit",
        ["project.funding"] = "Funding",
        ["project.ethics.body"] = "Ethics committee",
        ["project.ethics.reference"] = "Ethics approval reference",
        ["project.disclosureControl"] = "Disclosure control",
        ["necessity.whyAggregateIsNotEnough"] = "Why aggregate data is not enough",
        ["necessity.linkageDescription"] = "Data linkage",
        ["settings.processingLocation"] = "Where the data will be processed",
    };

    private static readonly (Regex Pattern, string Label)[] Listed =
    [
        (NamedUserName(), "Name of named user {0}"),
        (NamedUserField(), "Named user {0}"),
        (QuestionId(), "Number of research question {0}"),
        (QuestionText(), "Research question {0}"),
        (Output(), "Intended output {0}"),
        (KeyStage(), "Key stage {0}"),
        (AcademicYear(), "Academic year {0}"),
        (ItemQuestion(), "Research question for data item {0}"),
        (ItemCode(), "Data item {0}"),
        (ItemJustification(), "Justification for data item {0}"),
    ];

    public static string For(string path)
    {
        if (Fixed.TryGetValue(path, out var label))
            return label;
        foreach (var (pattern, template) in Listed)
        {
            var match = pattern.Match(path);
            if (!match.Success)
                continue;
            var position = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1;
            return string.Format(CultureInfo.InvariantCulture, template, position);
        }
        return "This answer";
    }

    [GeneratedRegex(@"^namedUsers\[(\d+)\]\.name$")]
    private static partial Regex NamedUserName();

    [GeneratedRegex(@"^namedUsers\[(\d+)\]\.")]
    private static partial Regex NamedUserField();

    [GeneratedRegex(@"^project\.researchQuestions\[(\d+)\]\.id$")]
    private static partial Regex QuestionId();

    [GeneratedRegex(@"^project\.researchQuestions\[(\d+)\]\.text$")]
    private static partial Regex QuestionText();

    [GeneratedRegex(@"^project\.intendedOutputs\[(\d+)\]$")]
    private static partial Regex Output();

    [GeneratedRegex(@"^project\.population\.keyStages\[(\d+)\]$")]
    private static partial Regex KeyStage();

    [GeneratedRegex(@"^project\.population\.academicYears\[(\d+)\]$")]
    private static partial Regex AcademicYear();

    [GeneratedRegex(@"^dataItems\[(\d+)\]\.researchQuestions\[\d+\]$")]
    private static partial Regex ItemQuestion();

    [GeneratedRegex(@"^dataItems\[(\d+)\]\.item$")]
    private static partial Regex ItemCode();

    [GeneratedRegex(@"^dataItems\[(\d+)\]\.justification$")]
    private static partial Regex ItemJustification();
}
