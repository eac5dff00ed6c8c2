using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ResearchRelease.Web.Tests.Infrastructure;

/// <summary>
/// The errors the test hosts have logged, newest last, so that a test meeting a 500 can say what the server saw: the test
/// run's output shows the hosts' own logs only at detailed verbosity, and a rare failure may not come again when replayed.
/// Hosts run side by side, so an entry may be another test's; each names its category and time.
/// </summary>
public sealed class ServerErrors : ILoggerProvider
{
    private const int Kept = 20;
    private static readonly ConcurrentQueue<string> Recent = new();

    /// <summary>The newest <paramref name="count"/> entries, or a line saying there were none.</summary>
    public static string Describe(int count = 3)
    {
        var entries = Recent.ToArray().TakeLast(count).ToList();
        return entries.Count == 0 ? "no error logged by any test host" : string.Join("\n", entries);
    }

    public ILogger CreateLogger(string categoryName) => new ErrorLogger(categoryName);

    public void Dispose() { }

    private sealed class ErrorLogger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter
        )
        {
            if (!IsEnabled(logLevel))
                return;
            var detail = exception?.ToString() ?? "";
            if (detail.Length > 2000)
                detail = detail[..2000] + "…";
            Recent.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} {category}: {formatter(state, exception)}\n{detail}".TrimEnd());
            while (Recent.Count > Kept)
                Recent.TryDequeue(out _);
        }
    }
}
