using System.Data.Common;
using ResearchRelease.Web.Audit;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Infrastructure;

namespace ResearchRelease.Web.Features.Compliance;

/// <summary>
/// <c>dotnet run --project src/ResearchRelease.Web -- verify-audit [--Database:Provider=... --Database:ConnectionString=...]</c>:
/// the same check as GET /api/audit/verify for a scheduled job or an auditor's terminal. It reads the same
/// configuration as the web app but starts nothing else (no engine, no web server, no migrations).
/// Exit codes: 0 intact, 1 broken, 2 the database could not be read.
/// </summary>
public static class AuditCommand
{
    public const string Name = "verify-audit";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var builder = WebApplication.CreateBuilder(args[1..]);
        builder.UseTopLevelDevelopmentSettings();
        // The command prints its own one-line verdict; EF's connection errors would bury it under stack traces.
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None);
        var database = builder.Configuration.ReadValidated<DatabaseOptions>(DatabaseOptions.Section);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddAppDatabase(database, builder.Environment.ContentRootPath);
        builder.Services.AddAuditCheck(builder.Configuration, database);
        await using var app = builder.Build();
        using var scope = app.Services.CreateScope();
        AuditReport report;
        try
        {
            report = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
        }
        catch (DbException ex)
        {
            await output.WriteLineAsync($"audit: cannot read the {database.Provider} database: {ex.Message}");
            return 2;
        }

        await output.WriteLineAsync(
            $"audit: {report.Status}: {report.Applications} applications, {report.Events} events, {report.Letters} letters, register head {report.RegisterHead}"
        );
        await output.WriteLineAsync(
            report.Anchor is { } a
                ? $"anchored head: {a.At:yyyy-MM-dd HH:mm:ss} UTC, {a.Applications} applications, {a.RegisterHead} ({a.Anchors} anchors)"
                : "anchored head: none"
        );
        foreach (var note in report.Notes)
            await output.WriteLineAsync($"note: {note}");
        if (report.FirstBreak is { } b)
            await output.WriteLineAsync(
                $"first broken link: application {b.ApplicationId} ({b.Reference ?? "not in the register"}), event {b.Sequence}, {b.Problem}: {b.Detail}"
            );
        return report.IsIntact ? 0 : 1;
    }
}
