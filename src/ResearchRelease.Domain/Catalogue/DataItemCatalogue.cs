using System.Diagnostics.CodeAnalysis;

namespace ResearchRelease.Domain.Catalogue;

/// <summary>
/// The catalogue requests name items from (docs/domain.md, "The data item catalogue"). Compliance staff maintain it,
/// so the screening engine takes an instance rather than reading <see cref="Seed"/> directly. Codes match
/// ordinally, ignoring case and surrounding spaces.
/// </summary>
public sealed class DataItemCatalogue
{
    /// <summary>The code of the pseudonymous identifier that usually replaces identifying items.</summary>
    public const string PseudonymousPupilId = "pseudonymous_pupil_id";

    private readonly Dictionary<string, DataItemDefinition> byCode;

    public DataItemCatalogue(IEnumerable<DataItemDefinition> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = new List<DataItemDefinition>();
        byCode = new Dictionary<string, DataItemDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item);
            if (string.IsNullOrWhiteSpace(item.Code))
            {
                throw new ArgumentException("Every catalogue item needs a code.", nameof(items));
            }

            if (!byCode.TryAdd(item.Code.Trim(), item))
            {
                throw new ArgumentException($"The catalogue lists '{item.Code}' more than once.", nameof(items));
            }

            list.Add(item);
        }

        Items = list;
    }

    /// <summary>The items every new installation starts with.</summary>
    public static IReadOnlyList<DataItemDefinition> Seed => CatalogueSeed.Items;

    /// <summary>A catalogue of exactly <see cref="Seed"/>.</summary>
    public static DataItemCatalogue Default { get; } = new(CatalogueSeed.Items);

    /// <summary>Every item, retired ones included, in catalogue order.</summary>
    public IReadOnlyList<DataItemDefinition> Items { get; }

    /// <summary>The items an applicant may request now.</summary>
    public IEnumerable<DataItemDefinition> Active => Items.Where(i => !i.Retired);

    public DataItemDefinition? Find(string? code) => TryFind(code, out var item) ? item : null;

    public bool TryFind(string? code, [NotNullWhen(true)] out DataItemDefinition? item)
    {
        item = null;
        return !string.IsNullOrWhiteSpace(code) && byCode.TryGetValue(code.Trim(), out item);
    }

    public bool Contains(string? code) => TryFind(code, out _);

    public bool IsIdentifying(string? code) => Find(code)?.IsIdentifying ?? false;

    public bool IsHighlySensitive(string? code) => Find(code)?.IsHighlySensitive ?? false;

    public bool IsSpecialCategory(string? code) => Find(code)?.IsSpecialCategory ?? false;

    public bool IsRetired(string? code) => Find(code)?.Retired ?? false;

    public SensitivityTier? TierOf(string? code) => Find(code)?.Tier;

    public IReadOnlyList<DataItemDefinition> InTier(SensitivityTier tier) => Items.Where(i => i.Tier == tier).ToList();
}
