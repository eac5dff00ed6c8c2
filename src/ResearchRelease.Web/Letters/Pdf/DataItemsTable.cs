namespace ResearchRelease.Web.Letters.Pdf;

/// <summary>
/// The data items as a two-column table, named as the catalogue names them: the catalogue code is for the service,
/// not for the reader of a letter. A row moves whole to the next page when it does not fit, and
/// the header row is repeated there; only a row taller than a whole page is split, between lines.
/// </summary>
internal static class DataItemsTable
{
    private const double PadX = 6;
    private const double PadY = 4;

    private static readonly string[] Headers = ["Data item", "Sensitivity tier"];

    public static void Draw(PageFlow flow, IReadOnlyList<LetterDataItem> items, LetterStyles styles)
    {
        var widths = ColumnWidths(flow, items, styles);
        var header = WrapRow(flow, Headers, widths, styles.TableHead);
        var rows = items.Select(i => WrapRow(flow, [i.Name, i.Tier], widths, styles.TableCell)).ToList();

        var headerHeight = Height(header, styles.TableHead);
        flow.EnsureSpace(headerHeight + (rows.Count > 0 ? Math.Min(Height(rows[0], styles.TableCell), 3 * styles.TableCell.LineHeight) : 0));
        DrawHeader(flow, header, widths, styles);

        foreach (var row in rows)
        {
            DrawRow(flow, row, widths, styles, header);
        }

        flow.Gap(10);
    }

    private static double[] ColumnWidths(PageFlow flow, IReadOnlyList<LetterDataItem> items, LetterStyles styles)
    {
        // The tier column takes what its longest entry needs, within limits; the name gets the rest.
        var width = PageFlow.Width;
        var tier = Widest(flow, items.Select(i => i.Tier).Append(Headers[1]), styles, width * 0.2, width * 0.32);
        return [width - tier, tier];
    }

    private static double Widest(PageFlow flow, IEnumerable<string> texts, LetterStyles styles, double min, double max)
    {
        var widest = texts.Max(t => Math.Max(flow.Measure(t, styles.TableCell), flow.Measure(t, styles.TableHead)));
        return Math.Clamp(widest + (2 * PadX) + 1, min, max);
    }

    private static List<string>[] WrapRow(PageFlow flow, string[] cells, double[] widths, TextStyle style) =>
        cells.Select((text, c) => flow.Wrap(text, style, widths[c] - (2 * PadX))).ToArray();

    private static double Height(List<string>[] row, TextStyle style) =>
        (row.Max(c => c.Count) * style.LineHeight) + (2 * PadY);

    private static void DrawHeader(PageFlow flow, List<string>[] header, double[] widths, LetterStyles styles)
    {
        var height = Height(header, styles.TableHead);
        flow.Gfx.DrawRectangle(styles.FillBrush, PageFlow.Left, flow.Y, PageFlow.Width, height);
        DrawCells(flow, header, 0, header.Max(c => c.Count), widths, styles.TableHead);
        flow.Y += height;
        flow.Gfx.DrawLine(styles.Hairline, PageFlow.Left, flow.Y, PageFlow.Left + PageFlow.Width, flow.Y);
    }

    private static void DrawRow(PageFlow flow, List<string>[] row, double[] widths, LetterStyles styles, List<string>[] header)
    {
        var style = styles.TableCell;
        var lineCount = row.Max(c => c.Count);
        var first = 0;
        while (first < lineCount)
        {
            var remainingHeight = ((lineCount - first) * style.LineHeight) + (2 * PadY);
            if (remainingHeight > flow.Remaining)
            {
                var fitsOnFreshPage = remainingHeight <= PageFlow.PageCapacity - Height(header, styles.TableHead);
                var linesHere = (int)Math.Floor((flow.Remaining - (2 * PadY)) / style.LineHeight);
                if (fitsOnFreshPage || linesHere < 2)
                {
                    flow.NewPage();
                    DrawHeader(flow, header, widths, styles);
                    continue;
                }

                remainingHeight = (linesHere * style.LineHeight) + (2 * PadY);
            }

            var count = (int)Math.Round((remainingHeight - (2 * PadY)) / style.LineHeight);
            DrawCells(flow, row, first, count, widths, style);
            flow.Y += remainingHeight;
            flow.Gfx.DrawLine(styles.Hairline, PageFlow.Left, flow.Y, PageFlow.Left + PageFlow.Width, flow.Y);
            first += count;
        }
    }

    private static void DrawCells(PageFlow flow, List<string>[] row, int first, int count, double[] widths, TextStyle style)
    {
        var x = PageFlow.Left;
        for (var c = 0; c < row.Length; c++)
        {
            var y = flow.Y + PadY;
            foreach (var line in row[c].Skip(first).Take(count))
            {
                flow.DrawLine(line, style, x + PadX, y);
                y += style.LineHeight;
            }

            x += widths[c];
        }
    }
}
