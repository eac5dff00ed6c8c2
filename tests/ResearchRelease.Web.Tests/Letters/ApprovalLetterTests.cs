using ResearchRelease.Web.Letters;
using UglyToad.PdfPig;

namespace ResearchRelease.Web.Tests.Letters;

public sealed class ApprovalLetterTests
{
    private static readonly LetterContent Letter = LetterSamples.Approval();
    private static readonly byte[] Pdf = new PdfLetterRenderer().Render(Letter);
    private static readonly string Text = PdfText.All(Pdf);

    [Theory]
    [InlineData("Department for Education")]
    [InlineData("Chief Statistician's Office")]
    [InlineData("RR-2026-0042")]
    [InlineData("3 March 2026")]
    [InlineData("Dr Jane Smith")]
    [InlineData("Senior Research Fellow")]
    [InlineData("University of Leeds")]
    [InlineData("Attainment gaps at key stage 4 and free school meals")]
    [InlineData("The Education (Individual Pupil Information) (Prescribed Persons) (England) Regulations")]
    [InlineData("your application has been approved with conditions")]
    [InlineData("Key stage 4, academic years 2018/19 to 2022/23")]
    [InlineData("ONS Secure Research Service")]
    [InlineData("the approval ends on 31 March 2028")]
    [InlineData("Approval ends 31 March 2028")]
    [InlineData("Cohorts Key stage 4")]
    [InlineData("Access route ONS Secure Research Service")]
    [InlineData("Alex Morgan")]
    [InlineData("Chief Statistician")]
    [InlineData("Signed electronically on 3 March 2026 at 2:05pm GMT")]
    [InlineData("7KQ2-M9XD")]
    [InlineData("https://research-release.education.gov.uk/verify/7KQ2-M9XD")]
    public void Prints(string expected) => Assert.Contains(expected, Text, StringComparison.Ordinal);

    [Fact]
    public void Numbers_each_condition_in_order()
    {
        for (var i = 0; i < Letter.Conditions.Count; i++)
        {
            Assert.Contains($"{i + 1}. {Letter.Conditions[i]}", Text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain($"{Letter.Conditions.Count + 1}. ", Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_each_data_item_with_its_tier()
    {
        Assert.Contains("Data item Sensitivity tier", Text, StringComparison.Ordinal);
        foreach (var item in Letter.DataItems)
        {
            Assert.Contains($"{item.Name} {item.Tier}", Text, StringComparison.Ordinal);
            Assert.DoesNotContain(item.Code, Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Numbers_its_pages()
    {
        var pages = PdfText.Pages(Pdf);
        Assert.Equal(2, pages.Count);
        Assert.Contains("Page 1 of 2", pages[0], StringComparison.Ordinal);
        Assert.Contains("Page 2 of 2", pages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_a_short_approval_on_one_page()
    {
        var pages = PdfText.Pages(new PdfLetterRenderer().Render(LetterSamples.OnePage()));
        Assert.Single(pages);
        Assert.Contains("Page 1 of 1", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Sets_document_metadata()
    {
        using var document = PdfDocument.Open(Pdf);
        var info = document.Information;
        Assert.Equal("Department for Education", info.Author);
        Assert.Equal("Approval letter RR-2026-0042", info.Title);
        Assert.Equal("Decision on your application: Attainment gaps at key stage 4 and free school meals", info.Subject);
    }

    [Fact]
    public void Uses_only_the_embedded_Inter_faces()
    {
        using var document = PdfDocument.Open(Pdf);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Contains("Inter", f, StringComparison.Ordinal));
    }

    [Fact]
    public void Is_an_A4_pdf_under_100_KB()
    {
        using var document = PdfDocument.Open(Pdf);
        var page = document.GetPage(1);
        Assert.Equal(595, page.Width, 0);
        Assert.Equal(842, page.Height, 0);
        Assert.True(Pdf.Length < 100_000, $"{Pdf.Length} bytes");
    }

    [Fact]
    public void Draws_the_qr_code_as_vectors_not_an_image()
    {
        using var document = PdfDocument.Open(Pdf);
        Assert.Empty(document.GetPage(1).GetImages());
    }
}
