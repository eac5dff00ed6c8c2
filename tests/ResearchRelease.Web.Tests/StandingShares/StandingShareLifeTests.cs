using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Domain.Calendar;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Audit;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Features.StandingShares;
using ResearchRelease.Web.Notifications;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.StandingShares;

/// <summary>
/// A standing share's whole life: compliance drafts, the Chief Statistician approves, the review reminder falls due,
/// a renewal is drafted and approved, and the renewed review date passes and is flagged overdue. Each step is an event in
/// a hash chain keyed like applications'. The clock is moved on and the workflow engine's own timers do the rest.
/// </summary>
public abstract class StandingShareLifeTests(ShareApp app)
{
    private HttpClient Compliance => app.App.ClientFor(Personas.Compliance);
    private HttpClient Chief => app.App.ClientFor(Personas.ChiefStatistician);

    [SkippableFact]
    public async Task Draft_approval_review_reminder_renewal_and_overdue_flag()
    {
        var body = "Ofsted " + Guid.NewGuid().ToString("N")[..6];
        var id = await Shares.CreateAsync(Compliance, Shares.Terms(app.Clock.Today, body, reviewInDays: 60));
        Assert.Equal("Draft", (await Shares.GetAsync(Compliance, id)).GetProperty("status").GetString());

        // Roles: the Chief Statistician cannot draft or change terms; compliance cannot decide.
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await Shares.PostAsync(Chief, $"/api/standing-shares/{id}/submission", new { })).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (
                await Shares.PostAsync(Compliance, $"/api/standing-shares/{id}/decision", new { outcome = "approve", reasons = "x" })
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await app.App.ClientFor(Personas.Researcher).GetAsync($"/api/standing-shares/{id}")).StatusCode
        );
        // Nothing to decide before it is submitted.
        Assert.Equal(
            HttpStatusCode.Conflict,
            (
                await Shares.PostAsync(Chief, $"/api/standing-shares/{id}/decision", new { outcome = "approve", reasons = "Sound." })
            ).StatusCode
        );

        await Shares.OkAsync(await Shares.PostAsync(Compliance, $"/api/standing-shares/{id}/submission", new { }));
        await Shares.OkAsync(
            await Shares.PostAsync(
                Chief,
                $"/api/standing-shares/{id}/decision",
                new { outcome = "approve", reasons = "A standing gateway for inspection, and only the items it needs." }
            )
        );
        var approved = await Shares.GetAsync(Compliance, id);
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal("Helen Marsh", approved.GetProperty("decisions")[0].GetProperty("signatoryName").GetString());

        // The definition owns the deadlines: the review process's wait sets them from the terms in force.
        var firstReview = app.Clock.Today.AddDays(60);
        var waiting = await app.ReviewWaitingAsync(id, round: 1);
        Assert.Equal(("standing-share-review", 1), (waiting.DefinitionId, waiting.DefinitionVersion));
        Assert.Equal(At(firstReview.AddDays(-30)), waiting.Deadlines.Single(d => d.TimerId == "share-review-reminder").DueUtc);
        Assert.Equal(At(firstReview.AddDays(1)), waiting.Deadlines.Single(d => d.TimerId == "share-review-overdue").DueUtc);
        Assert.DoesNotContain("share_review_reminder_sent", await app.EventTypesAsync(id)); // 60 days away: no reminder yet

        app.Clock.Advance(TimeSpan.FromDays(31));
        await app.UntilEventsAsync(id, t => t.Contains("share_review_reminder_sent"), "the review reminder");
        var email = await UntilEmailAsync(id, NotificationTemplates.ShareReviewDue);
        Assert.Contains(body, email.Subject, StringComparison.Ordinal);
        Assert.Contains(PlainDates.Day(firstReview), email.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("share-review", email.Body, StringComparison.Ordinal); // plain words, no codes
        var reminded = await Shares.GetAsync(Compliance, id);
        Assert.True(reminded.GetProperty("reviewReminded").GetBoolean());
        Assert.False(reminded.GetProperty("reviewOverdue").GetBoolean());

        // Renewal: new terms with a later review date; the approved terms stay in force until it is approved.
        var renewed = Shares.Terms(app.Clock.Today, body, reviewInDays: 90, endInDays: 800);
        await Shares.OkAsync(await Shares.PostAsync(Compliance, $"/api/standing-shares/{id}/renewal", new { terms = renewed }));
        await Shares.OkAsync(await Shares.PostAsync(Compliance, $"/api/standing-shares/{id}/submission", new { }));
        var pending = await Shares.GetAsync(Chief, id);
        Assert.Equal("RenewalAwaitingApproval", pending.GetProperty("status").GetString());
        Assert.Equal(Shares.Iso(firstReview), pending.GetProperty("inForce").GetProperty("reviewDate").GetString());
        await Shares.OkAsync(
            await Shares.PostAsync(
                Chief,
                $"/api/standing-shares/{id}/decision",
                new { outcome = "approve", reasons = "Renewed for a further period on the same terms." }
            )
        );
        var renewedView = await Shares.GetAsync(Compliance, id);
        Assert.Equal("Approved", renewedView.GetProperty("status").GetString());
        Assert.Equal(2, renewedView.GetProperty("round").GetInt32());
        Assert.False(renewedView.GetProperty("reviewReminded").GetBoolean()); // a new round of terms, a new review

        // The renewal restarts the timers: a new period of the process, with the renewed review date's deadlines.
        var secondReview = app.Clock.Today.AddDays(90);
        var restarted = await app.ReviewWaitingAsync(id, round: 2);
        Assert.Equal(At(secondReview.AddDays(1)), restarted.Deadlines.Single(d => d.TimerId == "share-review-overdue").DueUtc);

        app.Clock.Advance(TimeSpan.FromDays(40)); // past the first review date, not yet the renewed one's reminder
        await app.ReviewWaitingAsync(id, round: 2);
        Assert.Single(await app.EventTypesAsync(id), t => t == "share_review_reminder_sent");
        app.Clock.Advance(TimeSpan.FromDays(55)); // past the renewed review date
        await app.UntilEventsAsync(id, t => t.Contains("share_review_overdue_flagged"), "the overdue flag");
        await UntilEmailAsync(id, NotificationTemplates.ShareReviewOverdue);
        var overdue = await Shares.GetAsync(Compliance, id);
        Assert.True(overdue.GetProperty("reviewOverdue").GetBoolean());
        var page = await Compliance.GetStringAsync($"/standing-shares/{id}");
        Assert.Contains($"The review was due on {PlainDates.Day(secondReview)}", page, StringComparison.Ordinal);
        var register = await app
            .App.ClientFor(null)
            .GetStringAsync($"/register.json?status=review_overdue&body={Uri.EscapeDataString(body)}");
        Assert.Contains(overdue.GetProperty("reference").GetString()!, register, StringComparison.Ordinal);

        using var scope = app.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = await db.ShareEvents.AsNoTracking().Where(e => e.ShareId == id).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(
            [
                "share_drafted",
                "share_submitted",
                "share_decided",
                "share_review_reminder_sent",
                "share_renewal_proposed",
                "share_submitted",
                "share_decided",
                "share_review_reminder_sent",
                "share_review_overdue_flagged",
            ],
            rows.Select(r => r.Type)
        );
        var key = scope.ServiceProvider.GetRequiredService<AuditKey>();
        var previous = EventHasher.Genesis;
        foreach (var row in rows)
        {
            Assert.Equal(previous, row.PreviousHash);
            Assert.Equal(StandingShareStore.Hash(row, key), row.Hash);
            previous = row.Hash;
        }
        Assert.Equal("System", rows[^1].ActorRole);
        Assert.True((await db.StandingShares.SingleAsync(s => s.Id == id)).ReviewOverdue);
        // Each email once, though the engine may run an activity more than once.
        var templates = await db.Notifications.AsNoTracking().Where(n => n.ApplicationId == id).Select(n => n.Template).ToListAsync();
        Assert.Equal(
            [NotificationTemplates.ShareReviewDue, NotificationTemplates.ShareReviewDue, NotificationTemplates.ShareReviewOverdue],
            templates.Order(StringComparer.Ordinal)
        );
    }

    private static DateTime At(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private Task<QueuedNotification> UntilEmailAsync(Guid id, string template) =>
        Poll.UntilAsync(
            async () =>
            {
                using var scope = app.App.Services.CreateScope();
                return await scope
                    .ServiceProvider.GetRequiredService<AppDbContext>()
                    .Notifications.AsNoTracking()
                    .Where(n => n.ApplicationId == id && n.Template == template)
                    .OrderBy(n => n.Id)
                    .FirstOrDefaultAsync();
            },
            n => n is not null,
            _ => $"Gave up waiting for the {template} email."
        )!;

    [SkippableFact]
    public async Task A_refused_renewal_leaves_the_agreement_in_force_and_a_returned_one_goes_back_to_compliance()
    {
        var id = await Shares.ApprovedAsync(app.App, app.Clock.Today, "ONS " + Guid.NewGuid().ToString("N")[..6], reviewInDays: 200);
        var renewal = Shares.Terms(app.Clock.Today, "ignored: the body cannot change", reviewInDays: 300, endInDays: 900);
        await Shares.OkAsync(await Shares.PostAsync(Compliance, $"/api/standing-shares/{id}/renewal", new { terms = renewal }));
        await Shares.OkAsync(await Shares.PostAsync(Compliance, $"/api/standing-shares/{id}/submission", new { }));
        await Shares.OkAsync(
            await Shares.PostAsync(Chief, $"/api/standing-shares/{id}/decision", new { outcome = "return", reasons = "Say why 900 days." })
        );
        Assert.Equal("RenewalDraft", (await Shares.GetAsync(Compliance, id)).GetProperty("status").GetString());
        await Shares.OkAsync(await Shares.PostAsync(Compliance, $"/api/standing-shares/{id}/submission", new { }));
        await Shares.OkAsync(
            await Shares.PostAsync(Chief, $"/api/standing-shares/{id}/decision", new { outcome = "refuse", reasons = "Not needed." })
        );
        var view = await Shares.GetAsync(Compliance, id);
        Assert.Equal("Approved", view.GetProperty("status").GetString());
        Assert.Equal(Shares.Iso(app.Clock.Today.AddDays(200)), view.GetProperty("inForce").GetProperty("reviewDate").GetString());
        Assert.StartsWith("ONS ", view.GetProperty("inForce").GetProperty("recipientBody").GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Incomplete_terms_cannot_be_submitted_and_the_answer_names_the_field()
    {
        var id = await Shares.CreateAsync(Compliance, new { recipientBody = "Incomplete body" });
        var response = await Shares.PostAsync(Compliance, $"/api/standing-shares/{id}/submission", new { });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"legalGateway\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class StandingShareLifeOnSqlite(SqliteShareApp app) : StandingShareLifeTests(app), IClassFixture<SqliteShareApp>;

public sealed class StandingShareLifeOnPostgres(PostgresShareApp app) : StandingShareLifeTests(app), IClassFixture<PostgresShareApp>;
