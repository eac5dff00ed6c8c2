using AngleSharp.Html.Dom;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Notifications;

/// <summary>
/// The development mailbox shows each persona only the mail that would have reached them: a researcher their own
/// applications' emails and nobody else's, staff the staff mailboxes and no researcher's.
/// </summary>
public abstract class OutboxPrivacyTests(SharedApp shared)
{
    [SkippableFact]
    public async Task Each_persona_sees_only_its_own_mail()
    {
        var app = shared.App;
        var (json1, email1) = Mailbox.Example("pub-01");
        var (json2, email2) = Mailbox.Example("pub-01");
        var (id1, _) = await Variants.SubmittedAsync(app.ClientFor(Personas.Researcher), json1);
        var (id2, _) = await Variants.SubmittedAsync(app.ClientFor(Personas.Researcher2), json2);
        await WaitForRecipientAsync(app, id1, email1);
        await WaitForRecipientAsync(app, id2, email2);
        await WaitForRecipientAsync(app, id1, Mailbox.ChiefStatistician);

        var first = await RecipientsAsync(app, Personas.Researcher);
        Assert.Contains(email1, first);
        Assert.DoesNotContain(email2, first);
        Assert.DoesNotContain(Mailbox.ChiefStatistician, first);

        var second = await RecipientsAsync(app, Personas.Researcher2);
        Assert.Contains(email2, second);
        Assert.DoesNotContain(email1, second);

        foreach (var staff in new[] { Personas.ChiefStatistician, Personas.Compliance })
        {
            var seen = await RecipientsAsync(app, staff);
            Assert.Contains(Mailbox.ChiefStatistician, seen);
            Assert.DoesNotContain(email1, seen);
            Assert.DoesNotContain(email2, seen);
        }
    }

    private static Task WaitForRecipientAsync(AppFactory app, Guid id, string recipient) =>
        Poll.UntilAsync(
            async () => (await Mailbox.SentAsync(app.Services, id)).Any(s => s.Recipient == recipient),
            $"an email to {recipient} for application {id}"
        );

    /// <summary>The "To" of every message and queued row the persona's mailbox page lists.</summary>
    private static async Task<List<string>> RecipientsAsync(AppFactory app, string persona)
    {
        var page = await HtmlForms.GetPageAsync(app.ClientFor(persona), "/dev/outbox");
        var sent = page.QuerySelectorAll(".rr-email .govuk-summary-list__row")
            .Where(row => row.QuerySelector("dt")?.TextContent.Trim() == "To")
            .Select(row => row.QuerySelector("dd")!.TextContent.Trim());
        var unsent = page.QuerySelectorAll("#unsent-table tbody tr")
            .OfType<IHtmlTableRowElement>()
            .Select(row => row.Cells[1].TextContent.Trim());
        return [.. sent, .. unsent];
    }
}

public sealed class OutboxPrivacyOnSqlite(SqliteSharedApp shared) : OutboxPrivacyTests(shared), IClassFixture<SqliteSharedApp>;

public sealed class OutboxPrivacyOnPostgres(PostgresSharedApp shared) : OutboxPrivacyTests(shared), IClassFixture<PostgresSharedApp>;
