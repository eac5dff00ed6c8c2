using ResearchRelease.Web;
using ResearchRelease.Web.Features.Compliance;
using ResearchRelease.Web.Features.Operations;

// A command-line check of the audit chains runs instead of the web host, with the same configuration.
if (AuditCommand.IsRequested(args))
    return await AuditCommand.RunAsync(args, Console.Out);
if (DiagramCommand.IsRequested(args))
    return await DiagramCommand.RunAsync(args, Console.Out);

// Work after start blocks pool threads for a while (EF Core builds each context's model synchronously inside the warm-up's
// and the engine's first queries). With the pool's default minimum of one thread a core, a two-core machine queued the
// first requests behind that work until the pool added threads, about half a second later (docs/performance.md).
ThreadPool.GetMinThreads(out var workerThreads, out var completionPortThreads);
ThreadPool.SetMinThreads(Math.Max(workerThreads, 8), completionPortThreads);

// Settings are read once, at start; a changed settings file takes effect when the app restarts. Watching the files
// for changes would put an inotify watch on every folder under the content root at each start: the whole project,
// its node_modules included, for the test hosts, about a tenth of each host's start-up CPU.
var builder = WebApplication.CreateBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);
builder.AddResearchRelease();

var app = builder.Build();

// The database check (and, on a new database, the migrations) runs beside the pipeline's set-up, which touches no
// database: mapping the Razor Pages builds their descriptors, the largest part of a restart after the check.
var databaseReady = Task.Run(app.PrepareDatabaseAsync);
app.UseResearchRelease();
await databaseReady;
await app.RunAsync();
return 0;

/// <summary>Exposed for WebApplicationFactory in the tests.</summary>
public partial class Program;
