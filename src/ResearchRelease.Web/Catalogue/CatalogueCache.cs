using ResearchRelease.Domain.Catalogue;

namespace ResearchRelease.Web.Catalogue;

/// <summary>
/// The catalogue as the database holds it, kept in memory because every screening, picker and letter reads it.
/// Replaced whole after each change on this node; other nodes pick a change up within <see cref="MaxAge"/>.
/// </summary>
public sealed class CatalogueCache(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private volatile Snapshot? current;

    private sealed record Snapshot(DataItemCatalogue Catalogue, DateTimeOffset LoadedAt);

    public DataItemCatalogue Current
    {
        get
        {
            var snapshot = current;
            if (snapshot is null || clock.GetUtcNow() - snapshot.LoadedAt > MaxAge)
            {
                // Rare and short (one small table): a synchronous load keeps every caller simple.
                using var scope = scopes.CreateScope();
                snapshot = Load(scope.ServiceProvider.GetRequiredService<CatalogueStore>().ReadAll());
            }
            return snapshot.Catalogue;
        }
    }

    public void Replace(IReadOnlyList<DataItemDefinition> items) => Load(items);

    private Snapshot Load(IReadOnlyList<DataItemDefinition> items)
    {
        var snapshot = new Snapshot(new DataItemCatalogue(items.Count > 0 ? items : DataItemCatalogue.Seed), clock.GetUtcNow());
        current = snapshot;
        return snapshot;
    }
}
