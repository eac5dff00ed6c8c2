namespace ResearchRelease.Web.Letters.Pdf;

/// <summary>
/// Label/value rows in the style of the GOV.UK summary list, for short facts (cohorts, access route, end date)
/// that would waste a heading each. Rows are kept whole; only a row taller than a page is split between lines.
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

        var laidOut = rows.Select(r => (
            Label: flow.Wrap(r.Label, labelStyle, LabelWidth - 10),
            Values: r.Values.SelectMany(v => flow.Wrap(v, valueStyle, valueWidth)).ToList())).ToList();

        // The top rule goes wherever the first row goes, so it is never left behind at the foot of a page.
        flow.EnsureSpace(Math.Min(Height(laidOut[0].Label, laidOut[0].Values, valueStyle), PageFlow.PageCapacity));
        flow.Gfx.DrawLine(styles.Hairline, PageFlow.Left, flow.Y, PageFlow.Left + PageFlow.Width, flow.Y);
        foreach (var (labelLines, valueLines) in laidOut)
        {
            var height = Height(labelLines, valueLines, valueStyle);
            if (height <= PageFlow.PageCapacity)
            {
                flow.EnsureSpace(height);
                var top = flow.Y + PadY;
                for (var i = 0; i < labelLines.Count; i++)
                {
                    flow.DrawLine(labelLines[i], labelStyle, PageFlow.Left, top + (i * labelStyle.LineHeight));
                }

                for (var i = 0; i < valueLines.Count; i++)
                {
                    flow.DrawLine(valueLines[i], valueStyle, valueX, top + (i * valueStyle.LineHeight));
                }

                flow.Y += height;
            }
            else
            {
                flow.Y += PadY;
                flow.WriteLines(labelLines, labelStyle, PageFlow.Left);
                flow.WriteLines(valueLines, valueStyle, valueX);
                flow.Y += PadY;
            }

            flow.Gfx.DrawLine(styles.Hairline, PageFlow.Left, flow.Y, PageFlow.Left + PageFlow.Width, flow.Y);
        }

        flow.Gap(10);
    }

    private static double Height(List<string> label, List<string> values, TextStyle style) =>
        (Math.Max(label.Count, values.Count) * style.LineHeight) + (2 * PadY);
}
