namespace ResearchRelease.Web.Letters.Pdf;

/// <summary>Page one's letterhead, the addressee and reference/date blocks, the salutation and the subject line.</summary>
internal static class HeaderSection
{
    private const double SideColumnWidth = 170;
    private const double ColumnGap = 24;

    public static void Draw(PageFlow flow, LetterContent letter, LetterStyles styles)
    {
        DrawLetterhead(flow, styles);
        flow.Gap(22);

        var top = flow.Y;
        var sideBottom = DrawReferenceAndDate(flow, letter, styles, top);
        DrawAddressee(flow, letter, styles);

        // Only line the blocks up if the address did not run onto another page (absurdly long names).
        if (flow.PageIndex == 0)
        {
            flow.Y = Math.Max(flow.Y, sideBottom);
        }

        flow.Gap(20);
        if (letter.Correction is { } correction)
        {
            CorrectionPanel.Draw(flow, correction, styles);
            flow.Gap(14);
        }

        TextBlocks.Paragraph(flow, $"Dear {letter.AddresseeName},", styles.Body);
        flow.Gap(2);
        TextBlocks.Paragraph(flow, LetterWording.Subject(letter), styles.Subject);
    }

    private static void DrawLetterhead(PageFlow flow, LetterStyles styles)
    {
        var gfx = flow.Gfx;
        var top = flow.Y;

        // A solid brand block stands in for the crest, which the app may not reproduce.
        gfx.DrawRectangle(styles.BrandBrush, PageFlow.Left, top + 2, 5, styles.Title.LineHeight + styles.Office.LineHeight - 2);
        var x = PageFlow.Left + 14;
        flow.DrawLine(LetterWording.Department, styles.Title, x, top);
        flow.DrawLine(LetterWording.Office, styles.Office, x, top + styles.Title.LineHeight);

        flow.Y = top + styles.Title.LineHeight + styles.Office.LineHeight + 10;
        gfx.DrawLine(styles.BrandRule, PageFlow.Left, flow.Y, PageFlow.Left + PageFlow.Width, flow.Y);
        flow.Y += styles.BrandRule.Width;
    }

    /// <summary>Right-hand column; short fields, drawn straight onto page one.</summary>
    private static double DrawReferenceAndDate(PageFlow flow, LetterContent letter, LetterStyles styles, double top)
    {
        var x = PageFlow.Left + PageFlow.Width - SideColumnWidth;
        var y = top;
        foreach (var (label, value) in new[] { ("Reference", letter.Reference), ("Date", LetterWording.Date(letter.Date)) })
        {
            flow.DrawLine(label, styles.Label, x, y);
            y += styles.Label.LineHeight;
            foreach (var line in flow.Wrap(value, styles.BodyBold, SideColumnWidth))
            {
                flow.DrawLine(line, styles.BodyBold, x, y);
                y += styles.BodyBold.LineHeight;
            }

            y += 6;
        }

        return y;
    }

    private static void DrawAddressee(PageFlow flow, LetterContent letter, LetterStyles styles)
    {
        var width = PageFlow.Width - SideColumnWidth - ColumnGap;
        var fields = new[] { letter.AddresseeName, letter.AddresseeJobTitle, letter.OrganisationName };
        foreach (var field in fields.Where(f => !string.IsNullOrWhiteSpace(f)))
        {
            flow.WriteLines(flow.Wrap(field!, styles.Body, width), styles.Body, PageFlow.Left);
        }
    }
}
