using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Web.Applications;

/// <summary>What an append did: the state after it, or a conflict (another writer appended first; nothing was written).</summary>
public sealed record AppendResult(ApplicationState? State)
{
    public static readonly AppendResult Conflict = new((ApplicationState?)null);

    public bool Appended => State is not null;
}
