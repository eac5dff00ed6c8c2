using ResearchRelease.Workflow.Persistence.Entities;
using WorkflowCore.Models;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>Maps subscriptions and events onto rows and back.</summary>
internal static class SubscriptionMapper
{
    public static StoredSubscription ToRow(EventSubscription subscription) =>
        new()
        {
            Id = subscription.Id,
            WorkflowId = subscription.WorkflowId,
            StepId = subscription.StepId,
            ExecutionPointerId = subscription.ExecutionPointerId,
            EventName = subscription.EventName,
            EventKey = subscription.EventKey,
            SubscribeAsOfUtcTicks = UtcTicks.From(subscription.SubscribeAsOf),
            SubscriptionData = StoreJson.SerializeObject(subscription.SubscriptionData),
            ExternalToken = subscription.ExternalToken,
            ExternalWorkerId = subscription.ExternalWorkerId,
            ExternalTokenExpiryUtcTicks = UtcTicks.From(subscription.ExternalTokenExpiry),
        };

    public static EventSubscription ToSubscription(StoredSubscription row) =>
        new()
        {
            Id = row.Id,
            WorkflowId = row.WorkflowId,
            StepId = row.StepId,
            ExecutionPointerId = row.ExecutionPointerId,
            EventName = row.EventName,
            EventKey = row.EventKey,
            SubscribeAsOf = UtcTicks.ToUtc(row.SubscribeAsOfUtcTicks),
            SubscriptionData = StoreJson.DeserializeObject(row.SubscriptionData),
            ExternalToken = row.ExternalToken,
            ExternalWorkerId = row.ExternalWorkerId,
            ExternalTokenExpiry = UtcTicks.ToUtc(row.ExternalTokenExpiryUtcTicks),
        };

    public static StoredEvent ToRow(Event evt) =>
        new()
        {
            Id = evt.Id,
            EventName = evt.EventName,
            EventKey = evt.EventKey,
            EventData = StoreJson.SerializeObject(evt.EventData),
            EventTimeUtcTicks = UtcTicks.From(evt.EventTime),
            IsProcessed = evt.IsProcessed,
        };

    public static Event ToEvent(StoredEvent row) =>
        new()
        {
            Id = row.Id,
            EventName = row.EventName,
            EventKey = row.EventKey,
            EventData = StoreJson.DeserializeObject(row.EventData),
            EventTime = UtcTicks.ToUtc(row.EventTimeUtcTicks),
            IsProcessed = row.IsProcessed,
        };
}
