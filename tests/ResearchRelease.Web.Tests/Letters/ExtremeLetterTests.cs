using ResearchRelease.Web.Letters;

namespace ResearchRelease.Web.Tests.Letters;

/// <summary>Fields far longer than any real letter: nothing may be lost or drawn off the page (see also <see cref="LayoutTests"/>).</summary>
public sealed class ExtremeLetterTests
{
    private static readonly LetterContent Letter = LetterSamples.Extreme();
    private static readonly List<string> Pages = PdfText.Pages(new PdfLetterRenderer().Render(Letter));

    // Page breaks put the footer and running header between the parts of a split block; take them out.
    // The table's header row is repeated on each page, inside the split row.
    private static readonly string Body = string.Concat(Pages.Select(StripDecorations))
        .Replace("Data item Sensitivity tier", "", StringComparison.Ordinal)
        .Replace(" ", "", StringComparison.Ordinal);

    [Fact]
    public void Splits_a_table_row_taller_than_a_page_without_losing_text()
    {
        // Cells are drawn column by column, so the tier comes after the part of the name on the row's first page.
        var row = Letter.DataItems[0];
        var tier = row.Tier.Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains(tier, Body, StringComparison.Ordinal);
        Assert.Contains(
            row.Name.Replace(" ", "", StringComparison.Ordinal),
            Body.Replace(tier, "", StringComparison.Ordinal),
            StringComparison.Ordinal
        );
        Assert.Contains("ShortitemOther", Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Splits_a_condition_longer_than_a_page_without_losing_text()
    {
        Assert.Contains("2." + Letter.Conditions[1].Replace(" ", "", StringComparison.Ordinal), Body, StringComparison.Ordinal);
        Assert.Contains("3.Lastcondition.", Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_the_full_reference_verification_code_and_address()
    {
        Assert.Contains(Letter.Reference, Body, StringComparison.Ordinal);
        Assert.Contains(Letter.VerificationCode, Body, StringComparison.Ordinal);
        Assert.Contains(Letter.VerificationUrl, Body, StringComparison.Ordinal);
        Assert.Contains(Letter.SignatoryName.Replace(" ", "", StringComparison.Ordinal), Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_every_page()
    {
        for (var i = 0; i < Pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} of {Pages.Count}", Pages[i], StringComparison.Ordinal);
        }
    }

    private static string StripDecorations(string page)
    {
        // Footer: "Reference … · Verification code … Page x of y"; running header: "Department for Education … letter RR-…".
        var footer = page.LastIndexOf("Reference RR-", StringComparison.Ordinal);
        var body = footer >= 0 ? page[..footer] : page;
        const string Header = "Department for Education Approval letter ";
        if (body.StartsWith(Header, StringComparison.Ordinal))
        {
            body = body[(body.IndexOf(' ', Header.Length) + 1)..];
        }

        return body;
    }
}
