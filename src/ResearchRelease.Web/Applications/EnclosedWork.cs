using System.Data.Common;

namespace ResearchRelease.Web.Applications;

/// <summary>
/// Work that must stand or fall with an append (<see cref="ApplicationStore.AppendAsync"/>): a first submission's process
/// and its first pass. <see cref="PrepareAsync"/> runs before the append's transaction opens, and any append in it is kept
/// unsaved in the enclosing unit of work; <see cref="WriteAsync"/> then writes what the work made, on the append's
/// connection inside its transaction. So the transaction holds its locks (on SQLite, the one writer's) only for the writes.
/// </summary>
public sealed record EnclosedWork(Func<CancellationToken, Task> PrepareAsync, Func<DbTransaction, CancellationToken, Task> WriteAsync);
