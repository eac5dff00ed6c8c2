using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using ResearchRelease.Web.Letters.Tagged;

namespace ResearchRelease.Web.Features.LetterPages;

/// <summary>
/// Writes a tagged letter's structure tree as GOV.UK-styled HTML: headings one level down (the page has its own
/// h1), paragraphs, bulleted or numbered lists, the data table with its column headers and label/value tables
/// as summary lists. A cell holding several paragraphs (a value of several lines) keeps them as paragraphs. The QR
/// code is left out: the page shows the address it leads to.
/// </summary>
public static class TaggedLetterHtml
{
    public static IHtmlContent Render(TaggedElement root)
    {
        var html = new StringBuilder();
        foreach (var child in root.Children)
            Write(html, child);
        return new HtmlString(html.ToString());
    }

    private static void Write(StringBuilder html, TaggedElement element)
    {
        switch (element.Tag)
        {
            case "H1":
                Text(html, "h2", "govuk-heading-l", element);
                break;
            case "H2":
                Text(html, "h3", "govuk-heading-m", element);
                break;
            case "H3":
                Text(html, "h4", "govuk-heading-s", element);
                break;
            case "P":
                Text(html, "p", "govuk-body", element);
                break;
            case "L":
                List(html, element);
                break;
            case "Table":
                Table(html, element);
                break;
            case "Figure":
                break;
            case TaggedElement.TextTag:
                html.Append(Encode(element.Text));
                break;
            default:
                foreach (var child in element.Children)
                    Write(html, child);
                break;
        }
    }

    private static void Text(StringBuilder html, string tag, string css, TaggedElement element) =>
        html.Append($"<{tag} class=\"{css}\">").Append(Encode(element.AllText)).Append($"</{tag}>\n");

    /// <summary>Numbered when the labels are numbers ("1."), bulleted otherwise; the label itself is the list style's.</summary>
    private static void List(StringBuilder html, TaggedElement list)
    {
        var items = list.Children.Where(c => c.Tag == "LI").ToList();
        var numbered =
            items.Count > 0
            && items.All(i => i.Children.FirstOrDefault(c => c.Tag == "Lbl")?.AllText is { Length: > 0 } label && char.IsDigit(label[0]));
        var (tag, css) = numbered ? ("ol", "govuk-list govuk-list--number") : ("ul", "govuk-list govuk-list--bullet");
        html.Append($"<{tag} class=\"{css}\">\n");
        foreach (var item in items)
        {
            var body = item.Children.Where(c => c.Tag != "Lbl").Select(c => c.AllText);
            html.Append("<li>").Append(Encode(string.Join(" ", body))).Append("</li>\n");
        }

        html.Append($"</{tag}>\n");
    }

    private static void Table(StringBuilder html, TaggedElement table)
    {
        var rows = table.Children.Where(r => r.Tag == "TR").ToList();
        if (rows.Count > 0 && rows[0].Children.All(c => c.Tag == "TH") && rows.Skip(1).All(r => r.Children.All(c => c.Tag == "TD")))
        {
            DataTable(html, rows);
            return;
        }

        // Rows of a label (TH) and its value (TD): the summary list pattern.
        html.Append("<dl class=\"govuk-summary-list\">\n");
        foreach (var row in rows)
        {
            html.Append("<div class=\"govuk-summary-list__row\">");
            foreach (var cell in row.Children)
            {
                var (tag, css) = cell.Tag == "TH" ? ("dt", "govuk-summary-list__key") : ("dd", "govuk-summary-list__value");
                html.Append($"<{tag} class=\"{css}\">");
                Cell(html, cell);
                html.Append($"</{tag}>");
            }

            html.Append("</div>\n");
        }

        html.Append("</dl>\n");
    }

    private static void DataTable(StringBuilder html, List<TaggedElement> rows)
    {
        html.Append("<table class=\"govuk-table\">\n<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
        foreach (var cell in rows[0].Children)
        {
            html.Append("<th scope=\"col\" class=\"govuk-table__header\">");
            Cell(html, cell);
            html.Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody class=\"govuk-table__body\">\n");
        foreach (var row in rows.Skip(1))
        {
            html.Append("<tr class=\"govuk-table__row\">");
            foreach (var cell in row.Children)
            {
                html.Append("<td class=\"govuk-table__cell\">");
                Cell(html, cell);
                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>One paragraph is the cell's text; several are paragraphs, as GOV.UK summary list values with more than one line.</summary>
    private static void Cell(StringBuilder html, TaggedElement cell)
    {
        if (cell.Children.Count(c => c.Tag == "P") < 2)
        {
            html.Append(Encode(cell.AllText));
            return;
        }

        foreach (var text in cell.Children.Select(c => c.AllText).Where(t => t.Length > 0))
        {
            html.Append("<p class=\"govuk-body\">").Append(Encode(text)).Append("</p>");
        }
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
