namespace ResearchRelease.Web.Security;

/// <summary>
/// Outside Development everything under <c>/dev</c> (persona sign-in, the local mailbox) answers 404 to every method,
/// signed in or not, before sign-in, antiforgery or rate limits are consulted: those pages do not exist there, and
/// their existence is nobody's business. (The pages also refuse by themselves; this makes every answer the same.)
/// </summary>
public sealed class DevelopmentOnlyPaths : IStartupFilter
{
    public const string Prefix = "/dev";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) =>
        app =>
        {
            app.Use(
                async (context, proceed) =>
                {
                    if (context.Request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase))
                    {
                        context.Response.StatusCode = StatusCodes.Status404NotFound;
                        return;
                    }
                    await proceed(context);
                }
            );
            next(app);
        };
}
