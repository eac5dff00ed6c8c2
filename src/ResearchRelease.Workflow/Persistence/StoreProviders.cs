namespace ResearchRelease.Workflow.Persistence;

/// <summary>The accepted values of <see cref="ReleaseProcessOptions.Provider"/>.</summary>
internal static class StoreProviders
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public static bool IsSqlite(string provider) => string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase);

    public static bool IsKnown(string provider) =>
        IsSqlite(provider) || string.Equals(provider, Postgres, StringComparison.OrdinalIgnoreCase);
}
