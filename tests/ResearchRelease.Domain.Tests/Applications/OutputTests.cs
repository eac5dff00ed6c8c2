using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Domain.Tests.Applications;

/// <summary>An output's title is published as typed, so what cannot be seen, or reorders what is seen, is refused.</summary>
public sealed class OutputTests
{
    private const string Link = "https://example.ac.uk/paper";

    [Theory]
    [InlineData("Attainment gaps\u0000 revisited", "Remove the control characters")]
    [InlineData("Attainment\u0007 gaps", "Remove the control characters")]
    [InlineData("Attainment \u202Espag", "change the direction of text")]
    public void A_title_with_hidden_characters_is_refused_naming_the_title(string title, string expected)
    {
        var outcome = OutputRules.Report(Lifecycle.Approved(), Lifecycle.Owner, title, Link);
        Assert.False(outcome.Succeeded);
        Assert.Equal("title", outcome.Field);
        Assert.Contains(expected, outcome.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Attainment gaps revisited: évaluation")]
    [InlineData("学校と家庭")] // never on a letter, so any script the register page can show is fine
    public void A_plain_title_in_any_script_is_reported(string title)
    {
        var outcome = OutputRules.Report(Lifecycle.Approved(), Lifecycle.Owner, title, Link);
        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(title, Assert.IsType<OutputReported>(Assert.Single(outcome.Events)).Title);
    }
}
