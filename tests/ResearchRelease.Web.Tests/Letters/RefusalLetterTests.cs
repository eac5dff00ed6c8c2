using ResearchRelease.Web.Letters;
using UglyToad.PdfPig;

namespace ResearchRelease.Web.Tests.Letters;

public sealed class RefusalLetterTests
{
    private static readonly LetterContent Letter = LetterSamples.Refusal();
    private static readonly byte[] Pdf = new PdfLetterRenderer().Render(Letter);
    private static readonly string Text = PdfText.All(Pdf);

    [Fact]
    public void States_the_decision_under_the_regulations()
    {
        Assert.Contains("your application has been refused", Text, StringComparison.Ordinal);
        Assert.Contains("(England) Regulations", Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Gives_the_reasons_limb_by_limb()
    {
        Assert.Contains("Reasons for the decision", Text, StringComparison.Ordinal);
        foreach (var reason in Letter.Reasons)
        {
            Assert.Contains($"{reason.Heading} {reason.Text}", Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Says_what_could_change()
    {
        Assert.Contains("What you could change", Text, StringComparison.Ordinal);
        foreach (var change in Letter.WhatCouldChange)
        {
            Assert.Contains(change, Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Has_no_approval_sections()
    {
        Assert.DoesNotContain("Data approved", Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Conditions", Text, StringComparison.Ordinal);
        Assert.DoesNotContain("approval ends", Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_the_addressee_signatory_and_verification()
    {
        Assert.Contains("Sam Taylor", Text, StringComparison.Ordinal);
        Assert.Contains("Brightside Analytics Ltd", Text, StringComparison.Ordinal);
        Assert.Contains("RR-2026-0077", Text, StringComparison.Ordinal);
        Assert.Contains("Q4ZP-2HTW", Text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of", Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_the_time_of_signature_in_uk_summer_time()
    {
        // 09:30 UTC in July is 10:30 British Summer Time.
        Assert.Contains("14 July 2026 at 10:30am BST", Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_titled_as_a_refusal()
    {
        using var document = PdfDocument.Open(Pdf);
        Assert.Equal("Refusal letter RR-2026-0077", document.Information.Title);
        Assert.Equal("Department for Education", document.Information.Author);
    }
}
