using Microsoft.Extensions.Configuration.Json;

namespace ResearchRelease.Web.Infrastructure;

public static class ConfigurationSetup
{
    /// <summary>
    /// The user asked for <c>appsettings.Development.json</c> at the top of the repository. The build links it
    /// into the output folder; this puts that copy where ASP.NET Core would look for the file in the content
    /// root, so it keeps its usual precedence (below environment variables and the command line).
    /// </summary>
    public static void UseTopLevelDevelopmentSettings(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
            return;
        var path = Path.Combine(AppContext.BaseDirectory, "appsettings.Development.json");
        if (!File.Exists(path))
            return;
        var source = new JsonConfigurationSource
        {
            Path = path,
            Optional = false,
            ReloadOnChange = false,
        };
        source.ResolveFileProvider();
        var sources = builder.Configuration.Sources;
        var index = sources
            .ToList()
            .FindIndex(s =>
                s is JsonConfigurationSource j
                && string.Equals(Path.GetFileName(j.Path), "appsettings.Development.json", StringComparison.OrdinalIgnoreCase)
            );
        if (index >= 0)
            sources[index] = source;
        else
            sources.Insert(Math.Min(2, sources.Count), source);
    }
}
