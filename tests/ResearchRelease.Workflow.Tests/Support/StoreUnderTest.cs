namespace ResearchRelease.Workflow.Tests.Support;

/// <summary>A workflow store for a test: provider name and connection string.</summary>
internal sealed record StoreUnderTest(string Provider, string ConnectionString)
{
    /// <summary>A fresh SQLite file in its own temp folder.</summary>
    public static StoreUnderTest NewSqliteFile(string folder) => new("Sqlite", $"Data Source={Path.Combine(folder, "workflow.db")}");
}
