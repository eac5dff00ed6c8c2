using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Notifications;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Notifications;

/// <summary>A sender that fails is retried a bounded number of times; a message is sent once, or is kept as failed with its error.</summary>
public abstract class DeliveryFailureTests(string provider)
{
    [SkippableFact]
    public async Task A_sender_failing_three_times_then_succeeding_sends_each_message_once()
    {
        if (provider == "Postgres")
            TestDatabase.RequirePostgres();
        using var database = TestDatabase.Create(provider);
        await using var app = App(database, new FlakySender(3, TimeProvider.System), maxAttempts: 6);
        var researcher = Client(app, Personas.Researcher);
        var (json, email) = Mailbox.Example("pub-01");
        var (id, _) = await Variants.SubmittedAsync(researcher, json);

        var sent = await Mailbox.WaitForAsync(app.Services, id, 2);
        Assert.Equal(
            [(NotificationTemplates.ApplicationSubmitted, email), (NotificationTemplates.NewInQueue, Mailbox.ChiefStatistician)],
            sent.Select(s => (s.Template, s.Recipient))
        );
        var queued = await Mailbox.QueuedAsync(app.Services, id);
        Assert.All(queued, q =>
        {
            Assert.Equal(NotificationStatus.Sent, q.Status);
            Assert.Equal(4, q.Attempts);
            Assert.Null(q.LastError);
        });
        await Mailbox.AssertSentOnceAsync(app.Services, id, sent);
    }

    [SkippableFact]
    public async Task A_sender_that_never_succeeds_stops_after_the_limit_and_the_failure_is_shown()
    {
        if (provider == "Postgres")
            TestDatabase.RequirePostgres();
        using var database = TestDatabase.Create(provider);
        await using var app = App(database, new FlakySender(int.MaxValue, TimeProvider.System), maxAttempts: 2);
        var researcher = Client(app, Personas.Researcher);
        var (json, _) = Mailbox.Example("pub-01");
        var (id, _) = await Variants.SubmittedAsync(researcher, json);

        var queued = await Poll.LastAsync(
            () => Mailbox.QueuedAsync(app.Services, id),
            q => q.Count == 2 && q.All(n => n.Status == NotificationStatus.Failed)
        );
        Assert.Equal(2, queued.Count);
        Assert.All(queued, q =>
        {
            Assert.Equal(NotificationStatus.Failed, q.Status);
            Assert.Equal(2, q.Attempts);
            Assert.Equal("Provider unavailable (refusal 2).", q.LastError);
        });
        Assert.Empty(await Mailbox.SentAsync(app.Services, id));

        // Nothing more is tried once failed, and the development mailbox page shows the failure and its error.
        await app.Services.GetRequiredService<NotificationDispatcher>().DispatchPendingAsync(CancellationToken.None);
        Assert.All(await Mailbox.QueuedAsync(app.Services, id), q => Assert.Equal(2, q.Attempts));
        var page = await HtmlForms.GetPageAsync(Client(app, Personas.Compliance), "/dev/outbox");
        var unsent = page.QuerySelector("#unsent-table")!.TextContent;
        Assert.Contains("failed", unsent, StringComparison.Ordinal);
        Assert.Contains("Provider unavailable (refusal 2).", unsent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_message_the_provider_refuses_holds_back_no_other_message_and_each_keeps_its_own_outcome()
    {
        if (provider == "Postgres")
            TestDatabase.RequirePostgres();
        using var database = TestDatabase.Create(provider);
        await using var app = App(database, new RefusingOneTemplate(NotificationTemplates.NewInQueue), maxAttempts: 3);
        var researcher = Client(app, Personas.Researcher);
        var (json, email) = Mailbox.Example("pub-01");
        var (id, _) = await Variants.SubmittedAsync(researcher, json);

        var queued = await Poll.LastAsync(
            () => Mailbox.QueuedAsync(app.Services, id),
            q => q.Count == 2 && q.All(n => n.Status is NotificationStatus.Sent or NotificationStatus.Failed)
        );
        var delivered = Assert.Single(queued, q => q.Template == NotificationTemplates.ApplicationSubmitted);
        Assert.Equal((NotificationStatus.Sent, 1, (string?)null), (delivered.Status, delivered.Attempts, delivered.LastError));
        var refused = Assert.Single(queued, q => q.Template == NotificationTemplates.NewInQueue);
        Assert.Equal((NotificationStatus.Failed, 3, "The queue is full."), (refused.Status, refused.Attempts, refused.LastError));
        var sent = await Mailbox.SentAsync(app.Services, id);
        Assert.Equal([(NotificationTemplates.ApplicationSubmitted, email)], sent.Select(s => (s.Template, s.Recipient)));
    }

    /// <summary>Refuses every message of one template; delivers the rest through the local outbox.</summary>
    private sealed class RefusingOneTemplate(string template) : INotificationSender
    {
        private readonly LocalOutboxSender _inner = new(TimeProvider.System);

        public bool SharesTransaction => true;

        public Task<string> SendAsync(QueuedNotification n, AppDbContext db, CancellationToken ct) =>
            n.Template == template ? throw new HttpRequestException("The queue is full.") : _inner.SendAsync(n, db, ct);

        public Task<string?> FindSentAsync(QueuedNotification n, AppDbContext db, CancellationToken ct) => _inner.FindSentAsync(n, db, ct);
    }

    private static WebApplicationFactory<Program> App(TestDatabase database, INotificationSender sender, int maxAttempts) =>
        new AppFactory(database, s => s.AddSingleton<INotificationSender>(sender)).WithWebHostBuilder(b =>
        {
            b.UseSetting("Notifications:RetrySeconds", "0");
            b.UseSetting("Notifications:PollSeconds", "0.1");
            b.UseSetting("Notifications:MaxAttempts", maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });

    private static HttpClient Client(WebApplicationFactory<Program> app, string persona)
    {
        var client = app.CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") }
        );
        client.DefaultRequestHeaders.Add(DevelopmentPersonas.HeaderName, persona);
        return client;
    }
}

public sealed class DeliveryFailureOnSqlite() : DeliveryFailureTests("Sqlite");

public sealed class DeliveryFailureOnPostgres() : DeliveryFailureTests("Postgres");
