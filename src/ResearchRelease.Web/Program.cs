using ResearchRelease.Web;
using ResearchRelease.Web.Features.Compliance;
using ResearchRelease.Web.Features.Operations;

// A command-line check of the audit chains runs instead of the web host, with the same configuration.
if (AuditCommand.IsRequested(args)) return await AuditCommand.RunAsync(args, Console.Out);
if (DiagramCommand.IsRequested(args)) return await DiagramCommand.RunAsync(args, Console.Out);

var builder = WebApplication.CreateBuilder(args);
builder.AddResearchRelease();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseResearchRelease();
await app.RunAsync();
return 0;

/// <summary>Exposed for WebApplicationFactory in the tests.</summary>
public partial class Program;
