namespace ResearchRelease.Workflow.Tests.Support;

/// <summary>A temp folder deleted at dispose (best effort: SQLite may still hold a pooled handle).</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("rr-wf-").FullName;

    public void Dispose() => Delete(Path);

    public static void Delete(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; never fail a test over it.
        }
    }
}
