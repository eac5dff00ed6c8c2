using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace ResearchRelease.Web.Features.Statistics;

/// <summary>
/// A horizontal bar chart drawn on the server as SVG: no JavaScript, a title and description for assistive technology
/// (role="img" with aria-labelledby), a label and value printed beside every bar, and a table with the same figures beside
/// it on the page. Colours are presentation attributes, so the CSP needs no inline styles.
/// </summary>
public static class SvgBars
{
    private const int LabelWidth = 230,
        BarWidth = 330,
        Row = 28,
        Top = 8;

    public static IHtmlContent Render(
        string id,
        string title,
        string description,
        IReadOnlyList<(string Label, double Value)> bars,
        string unit
    )
    {
        var max = bars.Count == 0 ? 1 : Math.Max(1, bars.Max(b => b.Value));
        var height = Top * 2 + Math.Max(1, bars.Count) * Row;
        var svg = new StringBuilder();
        svg.Append(
            CultureInfo.InvariantCulture,
            $"<svg class=\"rr-chart\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" "
        );
        // Drawn at its natural size (site.css lets it shrink on narrow screens), so its text is as large as the page's.
        svg.Append(
            CultureInfo.InvariantCulture,
            $"viewBox=\"0 0 {LabelWidth + BarWidth + 90} {height}\" width=\"{LabelWidth + BarWidth + 90}\" height=\"{height}\" "
        );
        svg.Append("font-family=\"arial, sans-serif\">");
        svg.Append(
            CultureInfo.InvariantCulture,
            $"<title id=\"{id}-title\">{E(title)}</title><desc id=\"{id}-desc\">{E(description)}</desc>"
        );
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = Top + i * Row;
            var width = value <= 0 ? 0 : Math.Max(2, value / max * BarWidth);
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth - 8}\" y=\"{y + 18}\" text-anchor=\"end\" font-size=\"16\" fill=\"#0b0c0c\">{E(label)}</text>"
            );
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{width:0.#}\" height=\"{Row - 8}\" fill=\"#1d70b8\"></rect>"
            );
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth + width + 6:0.#}\" y=\"{y + 18}\" font-size=\"16\" fill=\"#0b0c0c\">{E(Number(value))}{E(unit)}</text>"
            );
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    public static string Number(double value) => value.ToString(value % 1 == 0 ? "0" : "0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
