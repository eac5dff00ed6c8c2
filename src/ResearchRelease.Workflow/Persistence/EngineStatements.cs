using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>
/// Counts the statements the engine sends to its store: every command of its EF contexts (through the interceptor),
/// and the commands it builds itself (claims, the next due time, notifications, advisory locks), which add to the
/// count by hand. An idle node should add nothing to it between due times (ADR 0021).
/// </summary>
internal sealed class EngineStatements
{
    private long _count;

    public EngineStatements() => Interceptor = new CommandCounter(this);

    /// <summary>Statements sent since the process started.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>Added to every store context's options.</summary>
    public IInterceptor Interceptor { get; }

    public void Add() => Interlocked.Increment(ref _count);

    private sealed class CommandCounter(EngineStatements counter) : DbCommandInterceptor
    {
        public override InterceptionResult<DbDataReader> ReaderExecuting(
            DbCommand command,
            CommandEventData eventData,
            InterceptionResult<DbDataReader> result
        )
        {
            counter.Add();
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command,
            CommandEventData eventData,
            InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default
        )
        {
            counter.Add();
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(
            DbCommand command,
            CommandEventData eventData,
            InterceptionResult<int> result
        )
        {
            counter.Add();
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command,
            CommandEventData eventData,
            InterceptionResult<int> result,
            CancellationToken cancellationToken = default
        )
        {
            counter.Add();
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(
            DbCommand command,
            CommandEventData eventData,
            InterceptionResult<object> result
        )
        {
            counter.Add();
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command,
            CommandEventData eventData,
            InterceptionResult<object> result,
            CancellationToken cancellationToken = default
        )
        {
            counter.Add();
            return ValueTask.FromResult(result);
        }
    }
}
