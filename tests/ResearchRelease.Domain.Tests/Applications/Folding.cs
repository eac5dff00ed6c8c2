using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Domain.Tests.Applications;

/// <summary>
/// Folding in tests: events are recorded one second apart from a fixed instant, so times that the fold keeps
/// (submitted, decided, issued) are distinct and ordered as they would be in the store.
/// </summary>
public static class Folding
{
    public static readonly DateTime Start = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    public static ApplicationState Apply(this ApplicationState state, ApplicationEvent e) =>
        state.Apply(e, Start.AddSeconds(state.Version));

    public static ApplicationState Fold(IEnumerable<ApplicationEvent> events) =>
        events.Aggregate(ApplicationState.Empty, (s, e) => s.Apply(e));
}
