using ResearchRelease.Workflow.Definitions;

namespace ResearchRelease.Workflow;

/// <summary>The web app's handle on the release process engine.</summary>
public interface IReleaseProcess
{
    /// <summary>
    /// Starts the latest definition version for the application. Idempotent: a second call for
    /// the same application never creates a second instance.
    /// </summary>
    Task StartAsync(Guid applicationId, CancellationToken cancellationToken);

    /// <summary>
    /// Starts the latest definition version for the application as part of the caller's own write (a first submission),
    /// in two steps around the caller's transaction on the app's database (the engine's store is the same database). This
    /// call, made before the transaction opens, makes the instance in memory and, on a node that runs steps, runs its first
    /// pass up to its first wait: the activities append to the application through the caller's unit of work, unsaved.
    /// <see cref="IPreparedStart.WriteWithinAsync"/> then writes the instance as that pass left it inside the transaction,
    /// so the caller's rows, what the pass recorded and the instance commit together or not at all.
    /// </summary>
    Task<IPreparedStart> PrepareStartAsync(Guid applicationId, CancellationToken cancellationToken);

    /// <summary>
    /// Starts the latest version of another definition loaded from the folder (a standing share's review) for a subject
    /// whose id is as unique as an application's, at <paramref name="round"/>. Idempotent like <see cref="StartAsync(Guid, CancellationToken)"/>:
    /// signals, anchors, activities and the journal are keyed by the subject's id as they are by an application's.
    /// </summary>
    /// <exception cref="ArgumentException">No definition with that id is loaded.</exception>
    Task StartAsync(string definitionId, Guid subjectId, int round, CancellationToken cancellationToken);

    /// <summary>
    /// Delivers a signal (e.g. "decided" with payload "approve") to the wait of the given round.
    /// Idempotent: the same (signal, application, round) is stored once; later calls are no-ops,
    /// whatever their payload. A signal may arrive before its wait: it is kept and applied then.
    /// </summary>
    /// <exception cref="ArgumentException">The signal or payload is not declared by the definition.</exception>
    Task SignalAsync(string signal, Guid applicationId, int round, string payload, CancellationToken cancellationToken);

    /// <summary>
    /// Runs the subject's instance here and now, up to its next wait, when this node runs steps and no runner has it
    /// already; returns once that pass is saved. For the request that has just started or signalled the instance, so
    /// that what the process does next (screening, routing) is done when the person is answered. Not cancelled with
    /// the caller; a pass that fails is left to the runners. Start and signal alone leave the pass to the runners.
    /// </summary>
    Task RunNowAsync(Guid subjectId);

    /// <summary>
    /// Registers the definitions, migrates the engine's store and checks that every unfinished instance's
    /// definition version is loaded. Every other call does this first; calling it at start-up lets the host
    /// do it alongside its own database work and fail fast.
    /// </summary>
    Task EnsureReadyAsync(CancellationToken cancellationToken);

    /// <summary>The process instance of the application, or null when none was started.</summary>
    Task<ProcessInstanceView?> FindAsync(Guid applicationId, CancellationToken cancellationToken);

    /// <summary>Every loaded definition version (published versions never change), for diagrams.</summary>
    IReadOnlyCollection<ProcessDefinition> PublishedDefinitions();

    /// <summary>The application's workflow journal, oldest first; empty when no instance was started.</summary>
    Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid applicationId, CancellationToken cancellationToken);

    /// <summary>
    /// Unfinished instances in trouble: suspended, failing and retrying, or waiting longer than
    /// <paramref name="waitingLongerThan"/>; oldest first, at most 200.
    /// </summary>
    Task<IReadOnlyList<TroubledInstance>> FindTroubledAsync(TimeSpan waitingLongerThan, CancellationToken cancellationToken);

    /// <summary>An operator parks a running or waiting instance; <paramref name="actor"/> is recorded in the journal.</summary>
    Task<OperatorActionResult> SuspendAsync(Guid applicationId, string actor, string? reason, CancellationToken cancellationToken);

    /// <summary>An operator resumes a suspended instance: a failed activity runs once more.</summary>
    Task<OperatorActionResult> ResumeAsync(Guid applicationId, string actor, string? reason, CancellationToken cancellationToken);

    /// <summary>An operator resumes a suspended instance with its attempt count reset: the failed activity gets every attempt again.</summary>
    Task<OperatorActionResult> RetryAsync(Guid applicationId, string actor, string? reason, CancellationToken cancellationToken);
}
