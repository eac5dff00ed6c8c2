using PdfSharp.UniversalAccessibility;

namespace ResearchRelease.Web.Letters.Pdf;

/// <summary>
/// Label/value rows in the style of the GOV.UK summary list, for short facts (cohorts, access route, end date)
/// that would waste a heading each. Rows are kept whole; only a row taller than a page is split between lines.
/// Tagged as a table whose first cell in each row is its row header; each value of a row is a P in its cell, so a
/// value of several lines ("Key stages: …", "Academic years: …") reads, and shows on the web page, as those lines.
/// </summary>
internal static class SummaryList
{
    private const double LabelWidth = 118;
    private const double PadY = 5;

    public static void Draw(PageFlow flow, IReadOnlyList<(string Label, IReadOnlyList<string> Values)> rows, LetterStyles styles)
    {
        var valueX = PageFlow.Left + LabelWidth;
        var valueWidth = PageFlow.Width - LabelWidth;
        var labelStyle = styles.BodyBold;
        var valueStyle = styles.Body;

        var laidOut = rows.Select(r =>
                (
                    Label: flow.Wrap(r.Label, labelStyle, LabelWidth - 10),
                    Values: r.Values.Select(v => flow.Wrap(v, valueStyle, valueWidth)).ToList()
                )
            )
            .ToList();

        // The top rule goes wherever the first row goes, so it is never left behind at the foot of a page.
        flow.EnsureSpace(Math.Min(Height(laidOut[0].Label, laidOut[0].Values, valueStyle), PageFlow.PageCapacity));
        Rule(flow, styles);
        using var table = flow.Tag(PdfBlockLevelElementTag.Table);
        foreach (var (labelLines, valueLines) in laidOut)
        {
            var row = flow.Tag(PdfBlockLevelElementTag.TableRow);
            var height = Height(labelLines, valueLines, valueStyle);
            if (height <= PageFlow.PageCapacity)
            {
                flow.EnsureSpace(height);
                var top = flow.Y + PadY;
                using (HeaderCell(flow))
                {
                    for (var i = 0; i < labelLines.Count; i++)
                    {
                        flow.DrawLine(labelLines[i], labelStyle, PageFlow.Left, top + (i * labelStyle.LineHeight));
                    }
                }

                using (flow.Tag(PdfBlockLevelElementTag.TableDataCell))
                {
                    var line = 0;
                    foreach (var value in valueLines)
                    {
                        if (value.All(t => t.Length == 0))
                        {
                            line += value.Count;
                            continue;
                        }

                        using (flow.Tag(PdfBlockLevelElementTag.Paragraph))
                        {
                            foreach (var text in value)
                            {
                                flow.DrawLine(text, valueStyle, valueX, top + (line++ * valueStyle.LineHeight));
                            }
                        }
                    }
                }

                flow.Y += height;
            }
            else
            {
                flow.Y += PadY;
                using (HeaderCell(flow))
                {
                    flow.WriteLines(labelLines, labelStyle, PageFlow.Left);
                }

                using (flow.Tag(PdfBlockLevelElementTag.TableDataCell))
                {
                    foreach (var value in valueLines)
                    {
                        TextBlocks.Lines(flow, value, valueStyle, valueX);
                    }
                }

                flow.Y += PadY;
            }

            row.Dispose();
            Rule(flow, styles);
        }

        flow.Gap(10);
    }

    private static TagScope HeaderCell(PageFlow flow)
    {
        var cell = flow.Tag(PdfBlockLevelElementTag.TableHeaderCell);
        flow.ScopeHeader("Row");
        return cell;
    }

    private static void Rule(PageFlow flow, LetterStyles styles)
    {
        var y = flow.Y;
        flow.Artifact(g => g.DrawLine(styles.Hairline, PageFlow.Left, y, PageFlow.Left + PageFlow.Width, y));
    }

    private static double Height(List<string> label, List<List<string>> values, TextStyle style) =>
        (Math.Max(label.Count, values.Sum(v => v.Count)) * style.LineHeight) + (2 * PadY);
}
