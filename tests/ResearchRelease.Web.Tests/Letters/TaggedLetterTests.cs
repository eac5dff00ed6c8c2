using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using ResearchRelease.Web.Letters;
using ResearchRelease.Web.Letters.Pdf;
using ResearchRelease.Web.Letters.Signing;
using ResearchRelease.Web.Letters.Tagged;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Letters;

/// <summary>
/// Every kind of letter is a tagged PDF: the structure tree read back has the document's language, title and
/// headings, its paragraphs and lists, and its tagged text in reading order is the letter's text, nothing left out.
/// The XMP metadata identifies it as PDF/UA-1, and the signed letter's one annotation, the invisible signature, is
/// exempt by rule from tagging.
/// </summary>
[LongRunning(30)]
public sealed class TaggedLetterTests(TaggedLetterTests.Kit kit) : IClassFixture<TaggedLetterTests.Kit>
{
    private readonly PdfLetterRenderer renderer = new();
    private readonly LetterSigner signer = kit.Signer;

    /// <summary>
    /// What every test of the class shares: one signer (without a password it makes a new 2,048-bit key, a tenth of a
    /// second or more of CPU, which a signer per test paid 59 times) and each sample kind's letter, rendered once.
    /// </summary>
    public sealed class Kit : IDisposable
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<byte[]>> _rendered = new();

        public LetterSigner Signer { get; } =
            new(Options.Create(new LetterSigningOptions()), new HostingEnvironment { EnvironmentName = Environments.Development });

        public byte[] Rendered(string kind) => _rendered.GetOrAdd(kind, k => new(() => new PdfLetterRenderer().Render(Sample(k)))).Value;

        public void Dispose() => Signer.Dispose();
    }

    public static TheoryData<string> Kinds => ["approval", "refusal", "corrected", "extension", "one page", "long", "non-Latin"];

    private static LetterContent Sample(string kind) =>
        kind switch
        {
            "approval" => LetterSamples.Approval() with { NamedUsers = LetterSamples.Corrected().NamedUsers },
            "refusal" => LetterSamples.Refusal(),
            "corrected" => LetterSamples.Corrected(),
            "extension" => LetterSamples.Extension(),
            "one page" => LetterSamples.OnePage(),
            "long" => LetterSamples.Long(),
            "non-Latin" => LetterSamples.NonLatin(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

    [Theory, MemberData(nameof(Kinds))]
    public void Declares_its_language_title_and_that_it_is_tagged(string kind)
    {
        var letter = Sample(kind);
        var tagged = TaggedPdfReader.Read(kit.Rendered(kind));

        Assert.NotNull(tagged.Root);
        Assert.Equal("en-GB", tagged.Language);
        Assert.Equal(LetterWording.Title(letter), tagged.Title);
        Assert.True(tagged.Marked, "MarkInfo Marked");
        Assert.True(tagged.DisplayDocTitle, "the title, not the file name, is shown in the title bar");
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Has_one_H1_first_then_paragraphs_and_H2_sections(string kind)
    {
        var letter = Sample(kind);
        var root = TaggedPdfReader.Read(kit.Rendered(kind)).Root!;
        var headings = root.Descendants().Where(e => e.Tag is "H1" or "H2" or "H3").ToList();

        Assert.Equal("H1", headings[0].Tag);
        // Lines are joined with a space, so a word longer than the line (the long sample's title) gains one.
        Assert.Equal(LetterWording.Subject(letter).Replace(" ", ""), headings[0].AllText.Replace(" ", ""));
        Assert.Single(headings, h => h.Tag == "H1");
        Assert.Contains(headings, h => h.Tag == "H2" && h.AllText == LetterWording.VerifyHeading);
        var paragraphs = root.Descendants().Where(e => e.Tag == "P").Select(p => p.AllText).ToList();
        Assert.Contains(LetterWording.Opening(letter), paragraphs);
        Assert.Contains(LetterWording.Closing(letter), paragraphs);
        Assert.Contains($"Dear {letter.AddresseeName},", paragraphs);
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Lists_each_condition_named_user_and_suggestion_as_one_list_item(string kind)
    {
        var letter = Sample(kind);
        var lists = TaggedPdfReader.Read(kit.Rendered(kind)).Root!.Descendants().Where(e => e.Tag == "L").ToList();

        foreach (var expected in new[] { letter.Conditions, letter.NamedUsers, letter.WhatCouldChange }.Where(l => l.Count > 0))
        {
            var list = Assert.Single(lists, l => Items(l).SequenceEqual(expected.Select(Normalise)));
            Assert.All(list.Children, item =>
            {
                Assert.Equal("LI", item.Tag);
                Assert.Equal(["Lbl", "LBody"], item.Children.Select(c => c.Tag));
            });
        }

        Assert.Equal(new[] { letter.Conditions, letter.NamedUsers, letter.WhatCouldChange }.Count(l => l.Count > 0), lists.Count);
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Tags_the_data_table_with_column_headers_and_a_row_per_item(string kind)
    {
        var letter = Sample(kind);
        var root = TaggedPdfReader.Read(kit.Rendered(kind)).Root!;
        var table = root.Descendants().SingleOrDefault(e => e.Tag == "Table" && e.Children[0].Children.All(c => c.Scope == "Column"));
        if (letter.DataItems.Count == 0)
        {
            Assert.Null(table);
            return;
        }

        Assert.NotNull(table);
        Assert.Equal(["Data item", "Sensitivity tier"], table.Children[0].Children.Select(c => c.AllText));
        Assert.Equal(
            letter.DataItems.Select(i => new[] { Normalise(i.Name), i.Tier }),
            table.Children.Skip(1).Select(r => r.Children.Select(c => c.AllText).ToArray())
        );
        Assert.All(table.Children.Skip(1).SelectMany(r => r.Children), cell => Assert.Equal("TD", cell.Tag));
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Reads_in_order_the_text_of_the_letter_without_page_furniture(string kind)
    {
        var letter = Sample(kind);
        var pdf = kit.Rendered(kind);
        var tagged = TaggedPdfReader.Read(pdf).Root!.AllText;

        // Each page's text in drawing order, less the footer and running header drawn last on it.
        var pages = PdfText.Pages(pdf);
        var body = pages.Select(
            (text, i) =>
                Furniture(letter, i, pages.Count) is var tail && text.EndsWith(tail, StringComparison.Ordinal)
                    ? text[..^tail.Length].TrimEnd()
                    : throw new Xunit.Sdk.XunitException($"Page {i + 1} does not end with its footer: {text[^80..]}")
        );
        Assert.Equal(WithoutRepeatedHeaders(string.Join(" ", body)), tagged);

        // And the letter's own sentences come in the order a reader meets them (spaces aside: a word longer than a
        // line is split across two).
        var squeezed = tagged.Replace(" ", "");
        var sentences = new[] { $"Dear {letter.AddresseeName},", LetterWording.Subject(letter), LetterWording.Opening(letter) }
            .Concat(letter.Conditions)
            .Concat(letter.WhatCouldChange)
            .Append(LetterWording.Closing(letter))
            .Append(LetterWording.VerifyHeading)
            .Select(s => s.Replace(" ", ""));
        var at = 0;
        foreach (var sentence in sentences)
        {
            var found = squeezed.IndexOf(sentence, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"\"{sentence}\" is missing or out of order");
            at = found + sentence.Length;
        }
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Identifies_itself_as_PDF_UA_1_with_its_title_and_language_in_the_XMP_metadata_signed_or_not(string kind)
    {
        var letter = Sample(kind);
        var unsigned = kit.Rendered(kind);
        foreach (var pdf in new[] { unsigned, signer.Sign(unsigned) })
        {
            var facts = PdfUaFacts.Read(pdf);
            Assert.Equal(1, facts.Part);
            Assert.Equal(LetterWording.Title(letter), facts.Title);
            Assert.Equal(LetterWording.Language, facts.Language);
        }
    }

    [Fact]
    public void Writes_well_formed_XMP_for_a_title_with_characters_XML_escapes()
    {
        var letter = LetterSamples.Approval() with { Heading = "Decision on \"R&D\" <pilot> for pupils' progress" };
        Assert.Equal(letter.Heading, PdfUaFacts.Read(signer.Sign(renderer.Render(letter))).Title);
    }

    /// <summary>
    /// ISO 14289-1 7.18.4 (Matterhorn 28-010) wants a widget annotation inside a Form element, and 7.18.1 (28-005) a
    /// description of its field, unless the annotation is hidden or lies outside the crop box: the invisible
    /// signature's widget has no area (Rect 0 0 0 0), so by veraPDF's test it is outside. 7.18.3 (28-008, 28-009)
    /// exempts nothing: a page with an annotation has Tabs S.
    /// </summary>
    [Theory, MemberData(nameof(Kinds))]
    public void Every_annotation_of_the_signed_letter_is_tagged_or_exempt_by_rule(string kind)
    {
        var annotations = PdfUaFacts.Read(signer.Sign(kit.Rendered(kind))).Annotations;

        var signature = Assert.Single(annotations);
        Assert.Equal(("Widget", 1), (signature.Subtype, signature.Page));
        Assert.All(annotations, a =>
        {
            Assert.True(a.Tagged || a.Hidden || a.OutsideCropBox, $"The {a.Subtype} on page {a.Page} is neither tagged nor exempt");
            Assert.Equal("S", a.PageTabs);
        });
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Keeps_each_value_of_a_fact_as_its_own_paragraph(string kind)
    {
        var letter = Sample(kind);
        var root = TaggedPdfReader.Read(kit.Rendered(kind)).Root!;
        var rows = root.Descendants().Where(e => e.Tag == "TR" && e.Children[0].AllText is "Cohorts" or "Cohorts requested").ToList();
        if (letter.Cohorts.Count == 0)
        {
            Assert.Empty(rows);
            return;
        }

        var cell = Assert.Single(Assert.Single(rows).Children, c => c.Tag == "TD");
        Assert.All(cell.Children, p => Assert.Equal("P", p.Tag));
        Assert.Equal(letter.Cohorts.Select(Normalise), cell.Children.Select(p => p.AllText));
    }

    [Fact]
    public void Keeps_remarks_written_on_separate_lines_as_separate_paragraphs()
    {
        var letter = LetterSamples.Approval() with { Reasons = [new("Remarks", "The design is sound.\nThe linkage is proportionate.")] };
        var paragraphs = TaggedPdfReader.Read(renderer.Render(letter)).Root!.Descendants().Where(e => e.Tag == "P").Select(p => p.AllText);

        Assert.Contains("The design is sound.", paragraphs);
        Assert.Contains("The linkage is proportionate.", paragraphs);
    }

    [Fact]
    public void Marks_the_QR_code_as_a_figure_with_alternative_text()
    {
        var root = TaggedPdfReader.Read(renderer.Render(LetterSamples.Approval())).Root!;
        var figure = Assert.Single(root.Descendants(), e => e.Tag == "Figure");
        Assert.Equal(LetterWording.QrAltText, figure.Alt);
    }

    /// <summary>The data table's header row, repeated on a continuation page, is an artifact: it is read once.</summary>
    private static string WithoutRepeatedHeaders(string text)
    {
        const string header = "Data item Sensitivity tier ";
        var first = text.IndexOf(header, StringComparison.Ordinal);
        return first < 0
            ? text
            : text[..(first + header.Length)] + text[(first + header.Length)..].Replace(header, "", StringComparison.Ordinal);
    }

    private static IEnumerable<string> Items(TaggedElement list) =>
        list.Children.Select(item => item.Children.Single(c => c.Tag == "LBody").AllText);

    private static string Furniture(LetterContent letter, int index, int count)
    {
        var footer = $"Reference {letter.Reference} \u00B7 Verification code {letter.VerificationCode} Page {index + 1} of {count}";
        return index == 0 ? footer : $"{footer} {LetterWording.Department} {LetterWording.Title(letter)}";
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
