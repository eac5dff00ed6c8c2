using ResearchRelease.Domain.Screening;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>A long answer quoted in a reason is cut between whole words and never ends on a small joining word.</summary>
public class QuotedAnswerTests
{
    [Theory]
    [InlineData(
        "Outputs are checked by the trusted research environment before any release, and every small cell is then suppressed in a table of results"
    )]
    [InlineData(
        "Checked-by-the-trusted-research-environment-before-any-release-and-every-cell-under-ten-is-suppressed-always-and-forever-x"
    )]
    public void A_long_answer_is_quoted_in_whole_words(string answer)
    {
        var form = TestForms.Eligible();
        form = form with { Necessity = form.Necessity! with { WhyAggregateIsNotEnough = answer + " and more" } };

        var result = form.Screen("2013");
        var reason = result
            .Findings.Select(f => f.Reason)
            .Concat(result.Necessity.Reasons)
            .First(r => r.Contains("\"" + answer[..20], StringComparison.Ordinal));
        reason = reason[reason.IndexOf("\"" + answer[..20], StringComparison.Ordinal)..];

        var quoted = reason[1..reason.IndexOf('"', 1)];
        Assert.EndsWith("…", quoted, StringComparison.Ordinal);
        var words = quoted.TrimEnd('…').Split(' ');
        var answerWords = (answer + " and more").Split(' ');
        Assert.Equal(answerWords.Take(words.Length), words);
        Assert.DoesNotContain(words[^1], new[] { "a", "in", "by", "the", "and" });
    }
}
