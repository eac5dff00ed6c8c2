using PdfSharp.UniversalAccessibility;

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
        flow.EnsureSpace(
            headerHeight + (rows.Count > 0 ? Math.Min(Height(rows[0], styles.TableCell), 3 * styles.TableCell.LineHeight) : 0)
        );
        using (flow.Tag(PdfBlockLevelElementTag.Table))
        {
            DrawHeader(flow, header, widths, styles, repeated: false);
            foreach (var row in rows)
            {
                DrawRow(flow, row, widths, styles, header);
            }
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

    private static double Height(List<string>[] row, TextStyle style) => (row.Max(c => c.Count) * style.LineHeight) + (2 * PadY);

    /// <summary>The header row; repeated on a continuation page as an artifact, so it is read once.</summary>
    private static void DrawHeader(PageFlow flow, List<string>[] header, double[] widths, LetterStyles styles, bool repeated)
    {
        var height = Height(header, styles.TableHead);
        var top = flow.Y;
        flow.Artifact(g => g.DrawRectangle(styles.FillBrush, PageFlow.Left, top, PageFlow.Width, height));
        if (repeated)
        {
            flow.Artifact(_ => DrawCells(flow, header, 0, header.Max(c => c.Count), widths, styles.TableHead, null));
        }
        else
        {
            using var row = flow.Tag(PdfBlockLevelElementTag.TableRow);
            DrawCells(flow, header, 0, header.Max(c => c.Count), widths, styles.TableHead, PdfBlockLevelElementTag.TableHeaderCell);
        }

        flow.Y += height;
        Rule(flow, styles);
    }

    private static void Rule(PageFlow flow, LetterStyles styles)
    {
        var y = flow.Y;
        flow.Artifact(g => g.DrawLine(styles.Hairline, PageFlow.Left, y, PageFlow.Left + PageFlow.Width, y));
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
                    DrawHeader(flow, header, widths, styles, repeated: true);
                    continue;
                }

                remainingHeight = (linesHere * style.LineHeight) + (2 * PadY);
            }

            var count = (int)Math.Round((remainingHeight - (2 * PadY)) / style.LineHeight);

            // A row taller than a page is split; each part is tagged as a row of its own (cells cannot reopen).
            using (flow.Tag(PdfBlockLevelElementTag.TableRow))
            {
                DrawCells(flow, row, first, count, widths, style, PdfBlockLevelElementTag.TableDataCell);
            }

            flow.Y += remainingHeight;
            Rule(flow, styles);
            first += count;
        }
    }

    /// <param name="cellTag">TH or TD for each cell; null when the caller has already opened an artifact.</param>
    private static void DrawCells(
        PageFlow flow,
        List<string>[] row,
        int first,
        int count,
        double[] widths,
        TextStyle style,
        PdfBlockLevelElementTag? cellTag
    )
    {
        var x = PageFlow.Left;
        for (var c = 0; c < row.Length; c++)
        {
            var y = flow.Y + PadY;
            using (cellTag is { } tag ? flow.Tag(tag) : (IDisposable?)null)
            {
                if (cellTag == PdfBlockLevelElementTag.TableHeaderCell)
                {
                    flow.ScopeHeader("Column");
                }

                foreach (var line in row[c].Skip(first).Take(count))
                {
                    flow.DrawLine(line, style, x + PadX, y);
                    y += style.LineHeight;
                }
            }

            x += widths[c];
        }
    }
}
