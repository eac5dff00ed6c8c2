using PdfSharp.UniversalAccessibility;

namespace ResearchRelease.Web.Letters.Pdf;

/// <summary>
/// Paragraphs, headings and lists written into a <see cref="PageFlow"/>, with simple keep-together rules.
/// Each block is one structure element (P, H1–H3, L with LI/Lbl/LBody), so a screen reader hears it as one.
/// </summary>
internal static class TextBlocks
{
    /// <summary>Blocks up to this many lines are never split; longer ones keep at least two lines together.</summary>
    private const int KeepWholeLines = 5;

    private const double ParagraphGap = 7;
    private const double ItemGap = 4;

    /// <summary>
    /// A block of text. A line break in a paragraph's text (remarks typed in several paragraphs) starts a new P, drawn
    /// without extra space, so the structure keeps the lines the writer made and the web page can show them.
    /// </summary>
    public static void Paragraph(
        PageFlow flow,
        string text,
        TextStyle style,
        double indent = 0,
        PdfBlockLevelElementTag tag = PdfBlockLevelElementTag.Paragraph
    )
    {
        var paragraphs = flow.WrapParagraphs(text, style, PageFlow.Width - indent);
        if (tag != PdfBlockLevelElementTag.Paragraph)
            paragraphs =
            [
                [.. paragraphs.SelectMany(p => p)],
            ];
        flow.EnsureSpace(KeepHeight(paragraphs.Sum(p => p.Count), style));
        foreach (var lines in paragraphs)
        {
            Lines(flow, lines, style, PageFlow.Left + indent, tag);
        }

        flow.Gap(ParagraphGap);
    }

    /// <summary>Lines as one structure element; a blank line (between paragraphs) takes its space untagged.</summary>
    public static void Lines(
        PageFlow flow,
        IReadOnlyList<string> lines,
        TextStyle style,
        double x,
        PdfBlockLevelElementTag tag = PdfBlockLevelElementTag.Paragraph
    )
    {
        if (lines.All(l => l.Length == 0))
        {
            flow.WriteLines(lines, style, x);
            return;
        }

        using (flow.Tag(tag))
        {
            flow.WriteLines(lines, style, x);
        }
    }

    /// <summary>A heading that is never left alone at the foot of a page: it moves with the first lines after it.</summary>
    public static void Heading(
        PageFlow flow,
        string text,
        TextStyle style,
        double keepWithNext,
        PdfBlockLevelElementTag tag = PdfBlockLevelElementTag.Heading2
    )
    {
        flow.Gap(6);
        var lines = flow.Wrap(text, style, PageFlow.Width);
        flow.EnsureSpace((lines.Count * style.LineHeight) + 3 + keepWithNext);
        using (flow.Tag(tag))
        {
            flow.WriteLines(lines, style, PageFlow.Left);
        }

        flow.Gap(3);
    }

    /// <summary>Height a heading needs for the first lines of a body paragraph to come with it.</summary>
    public static double FirstLines(TextStyle style) => 2 * style.LineHeight;

    /// <summary>Numbered list: 1., 2., … with the text hanging clear of the widest number.</summary>
    public static void Numbered(PageFlow flow, IReadOnlyList<string> items, TextStyle style)
    {
        var markerWidth = flow.Measure($"{items.Count}.", style) + 8;
        using (flow.Tag(PdfBlockLevelElementTag.List))
        {
            for (var i = 0; i < items.Count; i++)
            {
                Item(flow, $"{i + 1}.", items[i], style, markerWidth);
            }
        }

        flow.Gap(ParagraphGap - ItemGap);
    }

    public static void Bulleted(PageFlow flow, IReadOnlyList<string> items, TextStyle style)
    {
        using (flow.Tag(PdfBlockLevelElementTag.List))
        {
            foreach (var item in items)
            {
                Item(flow, "\u2022", item, style, 14);
            }
        }

        flow.Gap(ParagraphGap - ItemGap);
    }

    /// <summary>Headed paragraphs, e.g. refusal reasons limb by limb.</summary>
    public static void Reasons(
        PageFlow flow,
        IReadOnlyList<LetterReason> reasons,
        TextStyle heading,
        TextStyle body,
        PdfBlockLevelElementTag headingTag
    )
    {
        foreach (var reason in reasons)
        {
            var headingLines = flow.Wrap(reason.Heading, heading, PageFlow.Width);
            flow.EnsureSpace((headingLines.Count * heading.LineHeight) + FirstLines(body));
            using (flow.Tag(headingTag))
            {
                flow.WriteLines(headingLines, heading, PageFlow.Left);
            }

            Paragraph(flow, reason.Text, body);
        }
    }

    private static void Item(PageFlow flow, string marker, string text, TextStyle style, double markerWidth)
    {
        var lines = flow.Wrap(text, style, PageFlow.Width - markerWidth);
        flow.EnsureSpace(KeepHeight(lines.Count, style));

        // The marker goes on the item's first line, after any page break that line caused.
        using (flow.Tag(PdfBlockLevelElementTag.ListItem))
        {
            using (flow.Tag(PdfBlockLevelElementTag.Label))
            {
                flow.DrawLine(marker, style, PageFlow.Left, flow.Y);
            }

            using (flow.Tag(PdfBlockLevelElementTag.ListBody))
            {
                flow.WriteLines(lines, style, PageFlow.Left + markerWidth);
            }
        }

        flow.Gap(ItemGap);
    }

    private static double KeepHeight(int lineCount, TextStyle style) => (lineCount <= KeepWholeLines ? lineCount : 2) * style.LineHeight;
}
