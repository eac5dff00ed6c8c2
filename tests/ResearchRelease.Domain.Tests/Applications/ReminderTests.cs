using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Domain.Tests.Applications;

public sealed class ReminderTests
{
    [Fact]
    public void Each_reminder_is_recorded_once_per_round()
    {
        var awaiting = Lifecycle.AwaitingDecision();
        var reminded = awaiting.Apply(LifecycleDecider.RecordReminder(awaiting, new DecisionReminderSent(awaiting.Round)));
        Assert.Equal(awaiting.Version + 1, reminded.Version);
        Assert.Empty(LifecycleDecider.RecordReminder(reminded, new DecisionReminderSent(awaiting.Round)).Events);
        var escalated = reminded.Apply(LifecycleDecider.RecordReminder(reminded, new DecisionEscalated(awaiting.Round)));
        Assert.Empty(LifecycleDecider.RecordReminder(escalated, new DecisionEscalated(awaiting.Round)).Events);
        Assert.Equal(ApplicationStatus.AwaitingDecision, escalated.Status);
    }

    [Fact]
    public void A_reminder_that_fires_after_the_process_moved_on_records_nothing()
    {
        var approved = Lifecycle.Approved();
        Assert.Empty(LifecycleDecider.RecordReminder(approved, new DecisionReminderSent(approved.Round)).Events);
        Assert.Empty(LifecycleDecider.RecordReminder(approved, new ResubmissionReminderSent(approved.Round, Lifecycle.Today)).Events);
        Assert.Empty(
            LifecycleDecider.RecordReminder(approved, new ReleaseEndingReminderSent(approved.Round - 1, Lifecycle.EndDate)).Events
        );
        Assert.Single(LifecycleDecider.RecordReminder(approved, new ReleaseEndingReminderSent(approved.Round, Lifecycle.EndDate)).Events);
    }

    [Fact]
    public void A_returned_application_gets_a_resubmission_reminder_once()
    {
        var returned = Lifecycle.Returned();
        var reminder = new ResubmissionReminderSent(returned.Round, Lifecycle.Today.AddDays(28));
        var reminded = returned.Apply(LifecycleDecider.RecordReminder(returned, reminder));
        Assert.Empty(LifecycleDecider.RecordReminder(reminded, reminder).Events);
    }

    [Fact]
    public void The_extension_round_has_its_own_decision_reminders()
    {
        var approved = Lifecycle.Approved();
        var first = new DecisionReminderSent(approved.Round);
        var extension = Lifecycle.ExtensionAwaitingDecision();
        Assert.Empty(LifecycleDecider.RecordReminder(extension, first).Events);
        Assert.Single(LifecycleDecider.RecordReminder(extension, new DecisionReminderSent(extension.Round)).Events);
    }
}
