using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Infrastructure;

namespace ResearchRelease.Web.Tests.PlainWords;

/// <summary>The display catalogue has words for every code the forms offer, so none falls through as itself.</summary>
public sealed class DisplayNamesTests
{
    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (
            var code in new[]
            {
                FormCodes.OrganisationTypes,
                FormCodes.Activities,
                FormCodes.SubjectFocus,
                FormCodes.EthicsStatuses,
                FormCodes.AccessRoutes,
                FormCodes.SecurityCertifications,
                FormCodes.Article6Bases,
                FormCodes.Article9Conditions,
            }
                .SelectMany(c => c)
                .Distinct()
        )
        {
            data.Add(code);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_form_code_has_words(string code)
    {
        Assert.True(DisplayNames.Knows(code), $"no display name for {code}");
        Assert.DoesNotContain("_", DisplayNames.For(code), StringComparison.Ordinal);
        Assert.True(char.IsUpper(DisplayNames.For(code)[0]));
    }

    [Fact]
    public void Ethics_reads_as_a_sentence() =>
        Assert.Equal(
            "Approved by University of Northmoor Research Ethics Committee, reference UNREC-2026-114",
            EthicsText.Describe(
                new Ethics
                {
                    Status = "approved",
                    Body = "University of Northmoor Research Ethics Committee",
                    Reference = "UNREC-2026-114",
                }
            )
        );
}
