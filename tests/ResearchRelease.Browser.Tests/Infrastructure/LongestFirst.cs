using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("ResearchRelease.Browser.Tests.Infrastructure.LongestFirst", "ResearchRelease.Browser.Tests")]

namespace ResearchRelease.Browser.Tests.Infrastructure;

/// <summary>A journey class that takes much longer than the others (the whole application form, page by page, say).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LongJourneyAttribute : Attribute;

/// <summary>
/// Starts the long journeys first. Journeys run a few at a time; one of the long ones started last would leave the
/// others' slots idle while it runs on alone, and the suite would take that much longer.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => IsLong(c) ? 0 : 1).ThenBy(c => c.DisplayName, StringComparer.Ordinal).ToList();

    // A class's own collection is named "Test collection for <full class name>".
    private static bool IsLong(ITestCollection collection) =>
        typeof(LongestFirst).Assembly.GetType(collection.DisplayName.Split(' ')[^1])?.IsDefined(typeof(LongJourneyAttribute), inherit: true) == true;
}
