using CsCheck;
using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>
/// Field values for the question pages: for a choice, one of its codes most of the time and anything at all
/// otherwise; for text, a plain answer or a hostile one; for the date boxes, numbers near and far from real dates.
/// A list field may be posted any number of times.
/// </summary>
public static class FormValues
{
    private static readonly string[] YesNo = ["yes", "no"];

    private static readonly Dictionary<string, IReadOnlyList<string>> Choices = new()
    {
        ["OrganisationType"] = FormCodes.OrganisationTypes,
        ["Activity"] = FormCodes.Activities,
        ["SubjectFocus"] = FormCodes.SubjectFocus,
        ["PupilsInEngland"] = YesNo,
        ["SolelyCommercial"] = YesNo,
        ["UsedForDecisions"] = YesNo,
        ["OutputsCouldIdentify"] = YesNo,
        ["LinkageNeeded"] = YesNo,
        ["KeyStages"] = ["KS1", "KS2", "KS3", "KS4", "KS5"],
        ["EthicsStatus"] = FormCodes.EthicsStatuses,
        ["AccessRoute"] = FormCodes.AccessRoutes,
        ["SecurityCertifications"] = FormCodes.SecurityCertifications,
        ["Article6"] = FormCodes.Article6Bases,
        ["Article9"] = FormCodes.Article9Conditions,
    };

    private static readonly HashSet<string> Lists = ["SubjectFocus", "KeyStages", "SecurityCertifications"];

    private static readonly Gen<string> DatePart = Gen.Frequency(
        (3, Gen.Int[-3, 40].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (2, Gen.OneOf("2029", "2031", "1999", "2101", "0", "", "99999999999", "3.5", "1e3", "٣")),
        (2, HostileText.Any)
    );

    /// <summary>The values posted for one field (several for a list, none for an unanswered one).</summary>
    public static Gen<string[]> For(string field)
    {
        if (field.StartsWith("Retention", StringComparison.Ordinal))
            return DatePart.Select(v => new[] { v });
        if (Choices.TryGetValue(field, out var codes))
        {
            var one = Gen.Frequency((4, Gen.OneOf([.. codes])), (1, HostileText.Any));
            return Lists.Contains(field)
                ? one.Array[0, 4]
                : Gen.Frequency((6, one.Select(v => new[] { v })), (1, Gen.Const(Array.Empty<string>())));
        }
        var text = Gen.Frequency(
            (3, Gen.OneOf("A plain answer.", "name@example.ac.uk", "Z1234567", "UK", "2018/19, 2019/20", "Line one\nLine two")),
            (3, HostileText.Any)
        );
        return text.Select(v => new[] { v });
    }
}
