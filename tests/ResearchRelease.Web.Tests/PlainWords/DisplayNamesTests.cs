using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Infrastructure;

namespace ResearchRelease.Web.Tests.PlainWords;

/// <summary>The display catalogue has words for every code the forms offer, so none falls through as itself.</summary>
public sealed class DisplayNamesTests
{
    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var code in new[]
                 {
                     FormCodes.OrganisationTypes, FormCodes.Activities, FormCodes.SubjectFocus, FormCodes.EthicsStatuses,
                     FormCodes.AccessRoutes, FormCodes.SecurityCertifications, FormCodes.Article6Bases, FormCodes.Article9Conditions,
                 }.SelectMany(c => c).Distinct())
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

    [Theory]
    [InlineData("2029-03-31", "31 March 2029")]
    [InlineData("", "Not provided")]
    public void Dates_are_written_in_govuk_style(string stored, string shown) => Assert.Equal(shown, DisplayDates.Day(stored));

    [Theory]
    [InlineData(15, 45, "6 December 2026 at 3:45pm")]
    [InlineData(0, 5, "6 December 2026 at 12:05am")]
    [InlineData(12, 0, "6 December 2026 at 12:00pm")]
    public void Times_are_written_in_govuk_style(int hour, int minute, string shown) =>
        Assert.Equal(shown, DisplayDates.Moment(new DateTime(2026, 12, 6, hour, minute, 0, DateTimeKind.Utc)));

    [Fact]
    public void Ethics_reads_as_a_sentence() =>
        Assert.Equal("Approved by University of Northmoor Research Ethics Committee, reference UNREC-2026-114",
            EthicsText.Describe(new Ethics { Status = "approved", Body = "University of Northmoor Research Ethics Committee", Reference = "UNREC-2026-114" }));
}
