using System.Data.Common;

namespace ResearchRelease.Workflow;

/// <summary>An instance made, and its first pass run, by <see cref="IReleaseProcess.PrepareStartAsync"/>, not yet written.</summary>
public interface IPreparedStart
{
    /// <summary>
    /// The first pass did not reach a wait (a step failed and is to be retried): call <see cref="IReleaseProcess.RunNowAsync"/>
    /// after the commit. Until then no runner on this node takes the instance, and should the caller die first, the
    /// instance's claim lapses and a poller takes it.
    /// </summary>
    bool RunAfterCommit { get; }

    /// <summary>Writes the instance, its journal and any step errors on the transaction's connection, inside it.</summary>
    Task WriteWithinAsync(DbTransaction transaction, CancellationToken cancellationToken);
}
