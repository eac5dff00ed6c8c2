using ResearchRelease.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddResearchRelease();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseResearchRelease();
await app.RunAsync();

/// <summary>Exposed for WebApplicationFactory in the tests.</summary>
public partial class Program;
