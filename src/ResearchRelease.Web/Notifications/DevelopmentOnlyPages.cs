namespace ResearchRelease.Web.Notifications;

/// <summary>
/// Outside Development the local mailbox page answers 404 to everyone, signed in or not, before sign-in is even
/// asked for: in production nothing is in it, and its existence is nobody's business. (The page also refuses by
/// itself outside Development; this makes the answer the same for an anonymous caller.)
/// </summary>
public sealed class DevelopmentOnlyPages : IStartupFilter
{
    public const string OutboxPath = "/dev/outbox";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, proceed) =>
        {
            if (context.Request.Path.StartsWithSegments(OutboxPath, StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            await proceed(context);
        });
        next(app);
    };
}
