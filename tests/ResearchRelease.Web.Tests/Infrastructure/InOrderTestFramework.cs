using System.Collections.Concurrent;
using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ResearchRelease.Web.Tests.Infrastructure;

/// <summary>
/// xunit's runner, except that test collections start in the order the assembly's collection orderer gives.
/// xunit 2.9 hands every collection to the thread pool at once and lets each wait for one of the parallel slots, so
/// the order in which they take the slots is the pool's, not the orderer's: a long class meant to start first could
/// start last and run on alone (a fuzz suite of fifteen seconds did, at the end of a six-minute run). Here as many
/// workers as there are slots take collections from one queue in order.
/// Each test assembly names this framework in its own assembly attribute.
/// </summary>
public sealed class InOrderTestFramework(IMessageSink diagnosticMessageSink) : XunitTestFramework(diagnosticMessageSink)
{
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformation, IMessageSink diagnostics)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformation, diagnostics)
    {
        // async void is xunit's own signature for this override; the runner reports every outcome through the sinks.
        protected override async void RunTestCases(
            IEnumerable<IXunitTestCase> testCases,
            IMessageSink executionMessageSink,
            ITestFrameworkExecutionOptions executionOptions
        )
        {
            using var runner = new InOrderAssemblyRunner(
                TestAssembly,
                testCases,
                DiagnosticMessageSink,
                executionMessageSink,
                executionOptions
            );
            await runner.RunAsync();
        }
    }

    private sealed class InOrderAssemblyRunner(
        ITestAssembly testAssembly,
        IEnumerable<IXunitTestCase> testCases,
        IMessageSink diagnosticMessageSink,
        IMessageSink executionMessageSink,
        ITestFrameworkExecutionOptions executionOptions
    ) : XunitTestAssemblyRunner(testAssembly, testCases, diagnosticMessageSink, executionMessageSink, executionOptions)
    {
        protected override async Task<RunSummary> RunTestCollectionsAsync(IMessageBus messageBus, CancellationTokenSource cancellation)
        {
            if (ExecutionOptions.DisableParallelization() == true)
                return await base.RunTestCollectionsAsync(messageBus, cancellation);
            var slots = ExecutionOptions.MaxParallelThreads() is > 0 and var threads ? threads : Environment.ProcessorCount;
            var queue = new ConcurrentQueue<Tuple<ITestCollection, List<IXunitTestCase>>>(OrderTestCollections());
            var summaries = await Task.WhenAll(
                Enumerable
                    .Range(0, slots)
                    .Select(_ =>
                        Task.Run(async () =>
                        {
                            var summary = new RunSummary();
                            while (!cancellation.IsCancellationRequested && queue.TryDequeue(out var next))
                                summary.Aggregate(await RunTestCollectionAsync(messageBus, next.Item1, next.Item2, cancellation));
                            return summary;
                        })
                    )
            );
            // As xunit's own runner does: counts only; the assembly's time is measured around this call.
            return new RunSummary
            {
                Total = summaries.Sum(s => s.Total),
                Failed = summaries.Sum(s => s.Failed),
                Skipped = summaries.Sum(s => s.Skipped),
            };
        }
    }
}
