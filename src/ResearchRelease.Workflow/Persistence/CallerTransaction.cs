using System.Data.Common;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>
/// The caller's open transaction that an instance is being started in by a node that runs no steps
/// (<see cref="IReleaseProcess.PrepareStartAsync"/>), for this flow only: the store writes the instance on that connection
/// and in that transaction, so that the instance and the caller's own rows commit together or not at all, and this node's
/// queue leaves the instance alone until then.
/// </summary>
internal static class CallerTransaction
{
    private static readonly AsyncLocal<DbTransaction?> _current = new();

    public static DbTransaction? Current => _current.Value;

    public static IDisposable Use(DbTransaction transaction)
    {
        _current.Value = transaction;
        return new Scope();
    }

    private sealed class Scope : IDisposable
    {
        public void Dispose() => _current.Value = null;
    }
}
