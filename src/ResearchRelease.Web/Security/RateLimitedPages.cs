using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.RateLimiting;

namespace ResearchRelease.Web.Security;

/// <summary>Helpers to attach a named policy to Razor Pages, which have no RequireRateLimiting of their own.</summary>
public static class RateLimitedPages
{
    public static void RateLimitPage(this PageConventionCollection conventions, string page, string policy) =>
        conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(policy)));
}
