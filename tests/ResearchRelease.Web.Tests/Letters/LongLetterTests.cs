using ResearchRelease.Web.Letters;

namespace ResearchRelease.Web.Tests.Letters;

public sealed class LongLetterTests
{
    private static readonly LetterContent Letter = LetterSamples.Long();
    private static readonly byte[] Pdf = new PdfLetterRenderer().Render(Letter);
    private static readonly List<string> Pages = PdfText.Pages(Pdf);
    private static readonly string Text = string.Join(" ", Pages);

    [Fact]
    public void Runs_to_at_least_three_pages_each_numbered_x_of_y()
    {
        Assert.True(Pages.Count >= 3, $"{Pages.Count} pages");
        for (var i = 0; i < Pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} of {Pages.Count}", Pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Keeps_every_condition_with_its_number()
    {
        for (var i = 0; i < Letter.Conditions.Count; i++)
        {
            Assert.Contains($"{i + 1}. {Letter.Conditions[i]}", Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Keeps_every_data_item()
    {
        foreach (var item in Letter.DataItems)
        {
            Assert.Contains($"{item.Name} {item.Tier}", Text, StringComparison.Ordinal);
            Assert.DoesNotContain(item.Code, Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Repeats_the_table_header_on_every_page_the_table_reaches()
    {
        var pagesWithRows = Pages.Where(p => p.Contains("Data item number", StringComparison.Ordinal)).ToList();
        Assert.True(pagesWithRows.Count >= 2, "the table should cross a page break in this sample");
        Assert.All(pagesWithRows, p => Assert.Contains("Data item Sensitivity tier", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Wraps_long_names_and_words_without_losing_text()
    {
        Assert.Contains(Letter.AddresseeName, Text, StringComparison.Ordinal);
        Assert.Contains(Letter.OrganisationName, Text, StringComparison.Ordinal);
        // The unbroken word is split between characters, so compare with the spaces taken out.
        var longWord = Letter.ProjectTitle.Split(' ')[^1];
        Assert.Contains(longWord, Text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_the_running_header_on_continuation_pages()
    {
        Assert.All(Pages.Skip(1), p => Assert.Contains("Approval letter RR-2026-0999", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Ends_with_the_signature_and_verification_code()
    {
        var last = Pages[^1];
        Assert.Contains("Alex Morgan", last, StringComparison.Ordinal);
        Assert.Contains("7KQ2-M9XD", last, StringComparison.Ordinal);
    }
}
