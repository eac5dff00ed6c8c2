using Microsoft.Extensions.Options;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Features.Compliance;
using ResearchRelease.Web.Infrastructure;

namespace ResearchRelease.Web.Audit;

/// <summary>The audit check's parts, shared by the web app and the <c>verify-audit</c> command.</summary>
public static class AuditSetup
{
    public static IServiceCollection AddAuditCheck(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddValidatedOptions<AuditOptions>(configuration, AuditOptions.Section);
        services.AddSingleton(sp => AuditKey.Load(Options(sp), sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton(sp => new RegisterAnchorFile(
            RegisterAnchorFile.PathFor(Options(sp), database, sp.GetRequiredService<IHostEnvironment>().ContentRootPath),
            sp.GetRequiredService<AuditKey>()
        ));
        services.AddScoped<AuditVerifier>();
        services.AddScoped<RegisterAnchoring>();
        return services;
    }

    private static AuditOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<AuditOptions>>().Value;
}
