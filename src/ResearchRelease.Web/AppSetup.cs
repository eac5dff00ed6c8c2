using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ResearchRelease.Domain.Screening;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Attachments;
using ResearchRelease.Web.Audit;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Catalogue;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Features.Account;
using ResearchRelease.Web.Features.Compliance;
using ResearchRelease.Web.Features.Corrections;
using ResearchRelease.Web.Features.Decisions;
using ResearchRelease.Web.Features.Deputies;
using ResearchRelease.Web.Features.Drafting;
using ResearchRelease.Web.Features.Lifecycle;
using ResearchRelease.Web.Features.Outputs;
using ResearchRelease.Web.Features.Register;
using ResearchRelease.Web.Features.Screening;
using ResearchRelease.Web.Features.StandingShares;
using ResearchRelease.Web.Features.Statistics;
using ResearchRelease.Web.Features.Verification;
using ResearchRelease.Web.Infrastructure;
using ResearchRelease.Web.Letters;
using ResearchRelease.Web.Letters.Signing;
using ResearchRelease.Web.Notifications;
using ResearchRelease.Web.Process;
using ResearchRelease.Web.Security;
using ResearchRelease.Workflow;
using ResearchRelease.Workflow.Persistence;

namespace ResearchRelease.Web;

/// <summary>Composition root: which parts make up the app and in what order requests pass through them.</summary>
public static class AppSetup
{
    public static void AddResearchRelease(this WebApplicationBuilder builder)
    {
        builder.UseTopLevelDevelopmentSettings();
        var services = builder.Services;
        var database = builder.Configuration.ReadValidated<DatabaseOptions>(DatabaseOptions.Section);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AppServing>();
        // Before the engine registers its own gate, which opens at once.
        services.AddSingleton<ResearchRelease.Workflow.Engine.IEngineStartGate>(sp => sp.GetRequiredService<AppServing>());
        services.AddSingleton(new DatabaseCheck(services.AddAppDatabase(database, builder.Environment.ContentRootPath)));
        services.AddSharedKeyRing();
        var workflow = builder.Configuration.ReadValidated<WorkflowSettings>(WorkflowSettings.Section);
        services.AddValidatedOptions<WorkflowSettings>(builder.Configuration, WorkflowSettings.Section);
        services.AddReleaseProcess(
            new ReleaseProcessOptions
            {
                Provider = database.IsPostgres ? "Postgres" : "Sqlite",
                ConnectionString = database.EffectiveConnectionString(builder.Environment.ContentRootPath),
                DefinitionsFolder = Path.Combine(AppContext.BaseDirectory, "workflows"),
                ReadDefinitionsEarly = true,
                PollInterval = TimeSpan.FromSeconds(workflow.PollIntervalSeconds),
                SweepInterval = TimeSpan.FromMinutes(workflow.SweepMinutes),
                RunSteps = workflow.RunSteps,
                DistributedLocks = workflow.DistributedLocks,
                ActivityRetryInterval = TimeSpan.FromSeconds(workflow.ActivityRetrySeconds),
                MaxActivityAttempts = workflow.MaxActivityAttempts,
                StepConcurrency = workflow.StepConcurrency,
                // An empty value keeps the definition's own period (tests blank Development's short clock this way).
                TimerPeriods = workflow.TimerPeriods.Where(p => !string.IsNullOrWhiteSpace(p.Value)).ToDictionary(StringComparer.Ordinal),
            }
        );
        services.AddSingleton<IWorkingCalendar, EnglandAndWalesCalendar>();
        services.AddScoped<IProcessActivities, ProcessActivities>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());

        services.AddValidatedOptions<ScreeningOptions>(builder.Configuration, ScreeningOptions.Section);
        // The screening policy is read and checked at start, on the thread pool while the rest of the app is composed;
        // the database preparation takes it before anything is served, so a bad file still stops the app.
        var screeningOptions = builder.Configuration.ReadValidated<ScreeningOptions>(ScreeningOptions.Section);
        var policy = Task.Run(() => ScreeningService.LoadPolicy(screeningOptions, builder.Environment.ContentRootPath));
        services.AddSingleton(_ => policy.GetAwaiter().GetResult());
        services.AddValidatedOptions<LetterOptions>(builder.Configuration, LetterOptions.Section);
        services.AddValidatedOptions<LifecycleOptions>(builder.Configuration, LifecycleOptions.Section);
        services.AddSingleton<CatalogueCache>();
        services.AddScoped<CatalogueStore>();
        services.AddScoped<AttachmentStore>();
        services.AddSingleton<ScreeningService>();
        services.AddSingleton<CheckAnswerStore>();
        services.AddSingleton<ILetterRenderer, PdfLetterRenderer>();
        services.AddValidatedOptions<LetterSigningOptions>(builder.Configuration, LetterSigningOptions.Section);
        services.AddSingleton<LetterSigner>();
        services.AddScoped<LetterComposer>();
        services.AddScoped<LetterIssuer>();
        services.AddScoped<LetterCorrector>();
        services.AddScoped<ExtensionLetterIssuer>();
        services.AddScoped<LifecycleActivities>();
        services.AddScoped<ProcessAnchors>();
        services.AddScoped<IProcessAnchors>(sp => sp.GetRequiredService<ProcessAnchors>());
        services.AddScoped<ExpiredReleases>();
        services.AddScoped<Rescreening>();
        services.AddSingleton<RecentFolds>();
        services.AddScoped<ApplicationStore>();
        services.AddScoped<ApplicationService>();
        services.AddScoped<ApplicationReader>();
        services.AddScoped<DecisionRecordBuilder>();
        services.AddScoped<LetterVerifier>();
        services.AddAuditCheck(builder.Configuration, database);
        services.AddHostedService<RegisterAnchorService>();
        services.AddScoped<RegisterQuery>();
        services.AddScoped<PublicRegister>();
        services.AddScoped<RegisterSnapshots>();
        services.AddScoped<DecisionStatistics>();
        services.AddScoped<DesignationStore>();
        services.AddValidatedOptions<StandingShareOptions>(builder.Configuration, StandingShareOptions.Section);
        services.AddScoped<StandingShareStore>();
        services.AddScoped<StandingShareService>();
        services.AddScoped<ShareReviewActivities>();
        services.AddScoped<ShareNotifications>();
        services.AddScoped<ShareExamples>();
        services.AddScoped<DesignationService>();
        services.AddScoped<Microsoft.AspNetCore.Authentication.IClaimsTransformation, DeputyClaimsTransformation>();

        builder.AddResearchReleaseAuthentication();
        // After sign-in's own check (persona sign-in outside Development is reported first), before anything is sent.
        builder.RefuseUnsafeStart();
        if (!builder.Environment.IsDevelopment())
            services.AddTransient<IStartupFilter, DevelopmentOnlyPaths>();
        // After sign-in's own start-up check, so a persona misconfiguration is reported first.
        builder.AddResearchReleaseNotifications();
        services.AddResearchReleaseAuthorization();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = builder.Environment.IsDevelopment() ? "rr-antiforgery" : "__Host-rr-antiforgery";
            o.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services
            .AddRazorPages(o =>
            {
                // Pages live beside their endpoints and commands, one folder per feature.
                o.RootDirectory = "/Features";
                o.Conventions.AuthorizeFolder("/Drafting", Policies.Researcher);
                o.Conventions.AuthorizePage("/Lifecycle/Extension", Policies.Researcher);
                o.Conventions.AuthorizePage("/Lifecycle/Destruction", Policies.Researcher);
                o.Conventions.AuthorizePage("/Lifecycle/Releases", Policies.Compliance);
                o.Conventions.AuthorizeFolder("/Decisions", Policies.Decider);
                o.Conventions.AuthorizeFolder("/Corrections", Policies.Decider);
                o.Conventions.AuthorizeFolder("/Deputies", Policies.ChiefStatistician);
                o.Conventions.AuthorizeFolder("/Compliance", Policies.Compliance);
                o.Conventions.AuthorizePage("/Screening/Rescreening", Policies.Staff);
                o.Conventions.AuthorizeFolder("/Operations", Policies.ProcessObservers);
                o.Conventions.AuthorizeFolder("/StandingShares", Policies.ShareReaders);
                o.Conventions.AuthorizeFolder("/Outputs", Policies.Researcher);
                o.Conventions.AuthorizePage("/StandingShares/Terms", Policies.Compliance);
                o.Conventions.AddPageRoute("/StandingShares/Terms", "/standing-shares/new");
                o.Conventions.RateLimitPage("/Dev/SignIn", RateLimitPolicies.SignIn);
                o.Conventions.RateLimitPage("/Decisions/Case", RateLimitPolicies.Decision);
                o.Conventions.RateLimitPage("/Corrections/CorrectLetter", RateLimitPolicies.Decision);
                o.Conventions.RateLimitPage("/Drafting/Details", RateLimitPolicies.Screening);
                o.Conventions.RateLimitPage("/Verification/Index", RateLimitPolicies.Verification);
                o.Conventions.RateLimitPage("/Drafting/Attachments", RateLimitPolicies.Uploads);
                o.Conventions.RateLimitPage("/Screening/Check", RateLimitPolicies.Screening);
            })
            .ConfigureApplicationPartManager(parts =>
            {
                // The app has Razor Pages and minimal APIs, no controllers: without this, building the pages' descriptors at
                // start first looks through every type in the app for controllers.
                var controllers = parts.FeatureProviders.OfType<Microsoft.AspNetCore.Mvc.Controllers.ControllerFeatureProvider>().ToList();
                foreach (var provider in controllers)
                    parts.FeatureProviders.Remove(provider);
            });
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.AddResearchReleaseRequestLimits();
        services.AddResearchReleaseRateLimiting(builder.Configuration);
        services.ReadKeyRingAfterStart();
    }

    /// <summary>
    /// The embedded SQLite database (or PostgreSQL) is created and migrated on start. A restart on an up-to-date
    /// database (the usual case) only reads the two history tables (the app's in <see cref="DatabaseCheck"/>, begun
    /// while the app was composed), and leaves the rest (building EF's model, the seeds, which find their data already
    /// there) to a warm-up after the app has started, off the path to the first page.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // Read while the app was composed (see AddResearchRelease): a policy file that cannot be read stops the start here.
        app.Services.GetRequiredService<ScreeningPolicy>();
        // The engine's store may migrate too, so it waits for the check, which removes a dead process's migration lock.
        var check = await app.Services.GetRequiredService<DatabaseCheck>().ResultAsync();
        if (check.StaleLockRemoved)
            app.Logger.LogWarning("Removed a migration lock left by a process that stopped while migrating the database.");
        await app.Services.GetRequiredService<IReleaseProcess>().EnsureReadyAsync(CancellationToken.None);
        if (check.UpToDate)
        {
            app.Logger.LogInformation("Databases up to date, ready {Ms:F0} ms after the app was built.", clock.Elapsed.TotalMilliseconds);
            app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(() => WarmUpAsync(app)));
            return;
        }

        await MigrateAsync(app);
        app.Logger.LogInformation("Databases migrated in {Ms:F0} ms.", clock.Elapsed.TotalMilliseconds);
        await SeedAsync(app, CancellationToken.None);
    }

    private static async Task MigrateAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var database = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database;
        // MigrateAsync also diffs the model against the snapshot (EF 9+), about a second: only when something is pending.
        var pending = (await database.GetPendingMigrationsAsync()).ToList();
        if (pending.Count > 0)
            await database.MigrateAsync();
        // Databases from before the register was a projection of the fold, before it listed every kind of disclosure, or
        // before the statistics had their facts or their counters, get their read models rebuilt once.
        if (
            pending.Any(m =>
                m.EndsWith("_PublicRegisterProjection", StringComparison.Ordinal)
                || m.EndsWith("_StandingSharesAndDisclosureRegister", StringComparison.Ordinal)
                || m.EndsWith("_DecisionStatistics", StringComparison.Ordinal)
                || m.EndsWith("_DecisionTallies", StringComparison.Ordinal)
            ) && !pending.Any(m => m.EndsWith("_InitialSchema", StringComparison.Ordinal))
        )
            await scope.ServiceProvider.GetRequiredService<ApplicationStore>().RebuildReadModelsAsync(CancellationToken.None);
        // Shares approved before their reviews were run by the workflow engine get their review process started once.
        if (
            pending.Any(m => m.EndsWith("_RegisterSnapshots", StringComparison.Ordinal))
            && !pending.Any(m => m.EndsWith("_InitialSchema", StringComparison.Ordinal))
        )
            await scope.ServiceProvider.GetRequiredService<StandingShareStore>().StartReviewProcessesAsync(CancellationToken.None);
    }

    private static async Task SeedAsync(WebApplication app, CancellationToken ct)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<CatalogueStore>().SeedIfEmptyAsync(ct);
        if (app.Environment.IsDevelopment() && app.Services.GetRequiredService<IOptions<StandingShareOptions>>().Value.SeedExamples)
            await scope.ServiceProvider.GetRequiredService<ShareExamples>().SeedIfEmptyAsync(ct);
    }

    /// <summary>
    /// Once the app is serving (<see cref="AppServing"/>): the key ring is read and the seeds (a no-op on a database that
    /// has its data) build EF's model and compile their queries, so the first request that reads the database does not
    /// pay for it. A failure is logged, never fatal.
    /// </summary>
    private static async Task WarmUpAsync(WebApplication app)
    {
        try
        {
            if (!await app.Services.GetRequiredService<AppServing>().WaitAsync(app.Lifetime.ApplicationStopping))
                return;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            KeyRingSetup.WarmUp(app.Services);
            await SeedAsync(app, app.Lifetime.ApplicationStopping);
            app.Logger.LogInformation("Warmed up in {Ms:F0} ms.", clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // Stopped before the warm-up finished.
        }
#pragma warning disable CA1031 // a warm-up must never take the app down
        catch (Exception e)
#pragma warning restore CA1031
        {
            app.Logger.LogWarning(e, "Warm-up after start failed; the first requests will build what it would have.");
        }
    }

    public static void UseResearchRelease(this WebApplication app)
    {
        // Mapping the Razor Pages builds their descriptors, by reflection over every page: the largest part of a restart
        // once the database check runs beside it. Begun on another thread now, it runs while the middleware and the other
        // endpoints are set up; MapRazorPages, last, takes the result (the provider builds it once, under a lock).
        _ = Task.Run(() => app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors);
        var serving = app.Services.GetRequiredService<AppServing>();
        app.Use(
            (context, next) =>
            {
                if (!serving.HasAnswered)
                    context.Response.OnCompleted(() =>
                    {
                        serving.Answered();
                        return Task.CompletedTask;
                    });
                return next(context);
            }
        );
        app.UseExceptionHandler("/error");
        // HSTS (outside Development) is one of these headers.
        app.UseSecurityHeaders(SecurityHeadersSetup.Policies(app.Environment, app.Configuration));
        app.UseWhen(c => ApiPaths.IsApi(c.Request), a => a.UseStatusCodePages());
        app.UseWhen(c => !ApiPaths.IsApi(c.Request), a => a.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseStaticFiles();
        app.UseReadableForms();
        app.UseGovukAssetsAtRoot();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseReadableUploads();
        app.UseAntiforgery();

        app.MapAccountEndpoints();
        app.MapApplicationsApi();
        app.MapDecisionsApi();
        app.MapDeputiesApi();
        app.MapLetterCorrectionsApi();
        app.MapReleaseApi();
        app.MapVerifyApi();
        app.MapAuditApi();
        app.MapRegisterExports();
        app.MapPublicRegister();
        app.MapRegisterSnapshots();
        app.MapStandingSharesApi();
        app.MapStatistics();
        app.MapOutputsApi();
        app.MapScreeningApi();
        app.MapAttachmentEndpoints();
        app.MapOpenApi().AllowAnonymous();
        app.MapRazorPages();
        // An address nothing answers is "Page not found" for everyone. Without this endpoint the fallback authorization
        // policy would meet the request first and send an anonymous visitor to sign in, for a page that does not exist.
        app.MapFallback("{**path}", context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            })
            .AllowAnonymous();
        // Degraded (the database refuses writes) is 503 like Unhealthy: see DatabaseHealthCheck.
        app.MapHealthChecks(
                "/health",
                new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
                {
                    ResultStatusCodes =
                    {
                        [HealthStatus.Healthy] = StatusCodes.Status200OK,
                        [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                        [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
                    },
                }
            )
            .AllowAnonymous();
    }
}
