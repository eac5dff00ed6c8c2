using Xunit.Abstractions;
using Xunit.Sdk;

namespace ResearchRelease.Web.Tests.Infrastructure;

/// <summary>
/// A test class that takes much longer than the others (a crash harness, a fuzzer, a whole journey), with about how
/// many seconds it takes alone; the rough figure only orders the long classes among themselves.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LongRunningAttribute(int seconds) : Attribute
{
    public int Seconds => seconds;
}

/// <summary>
/// Starts the long test classes first. Classes run a few at a time; a long one started last runs on alone while the
/// other slots stand idle, and the suite takes that much longer. xunit's own order is a hash of each collection's id,
/// which started the two crash harnesses (a minute and a half each) one and two minutes into the web suite.
/// Each test assembly names this orderer in its own assembly attribute, beside <see cref="InOrderTestFramework"/>,
/// which starts the collections in this order.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderByDescending(Seconds).ThenBy(c => c.DisplayName, StringComparer.Ordinal).ToList();

    // A class's own collection is named "Test collection for <full class name>".
    private static int Seconds(ITestCollection collection) =>
        typeof(LongestFirst)
            .Assembly.GetType(collection.DisplayName.Split(' ')[^1])
            ?.GetCustomAttributes(typeof(LongRunningAttribute), inherit: true)
            .Cast<LongRunningAttribute>()
            .FirstOrDefault()
            ?.Seconds
        ?? 0;
}
