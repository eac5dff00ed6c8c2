using ResearchRelease.Workflow.Persistence.Entities;
using WorkflowCore.Models;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>Maps WorkflowCore's instances onto rows and back.</summary>
internal static class WorkflowMapper
{
    /// <summary>
    /// Copies the instance onto its row, merging execution pointers by id (update or insert, never
    /// delete) and extension attributes by key, as WorkflowCore expects of a provider.
    /// </summary>
    public static void CopyTo(WorkflowInstance instance, StoredWorkflow row)
    {
        row.Id = instance.Id;
        row.WorkflowDefinitionId = instance.WorkflowDefinitionId;
        row.Version = instance.Version;
        row.Description = instance.Description;
        row.Reference = instance.Reference;
        row.NextExecution = instance.NextExecution;
        row.Status = instance.Status.ToString();
        row.Data = StoreJson.SerializeObject(instance.Data);
        row.CreateTimeUtcTicks = UtcTicks.From(instance.CreateTime);
        row.CompleteTimeUtcTicks = UtcTicks.From(instance.CompleteTime);

        var existing = row.ExecutionPointers.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var pointer in instance.ExecutionPointers)
        {
            pointer.Id ??= Guid.NewGuid().ToString();
            if (!existing.TryGetValue(pointer.Id, out var stored))
            {
                stored = new StoredExecutionPointer { Id = pointer.Id, WorkflowId = instance.Id };
                row.ExecutionPointers.Add(stored);
            }

            CopyTo(pointer, stored);
        }
    }

    public static WorkflowInstance ToInstance(StoredWorkflow row) =>
        new()
        {
            Id = row.Id,
            WorkflowDefinitionId = row.WorkflowDefinitionId,
            Version = row.Version,
            Description = row.Description,
            Reference = row.Reference,
            NextExecution = row.NextExecution,
            Status = Enum.Parse<WorkflowStatus>(row.Status),
            Data = StoreJson.DeserializeObject(row.Data),
            CreateTime = UtcTicks.ToUtc(row.CreateTimeUtcTicks),
            CompleteTime = UtcTicks.ToUtc(row.CompleteTimeUtcTicks),
            ExecutionPointers = new ExecutionPointerCollection(row.ExecutionPointers.Select(ToPointer).ToList()),
        };

    private static void CopyTo(ExecutionPointer pointer, StoredExecutionPointer stored)
    {
        stored.StepId = pointer.StepId;
        stored.Active = pointer.Active;
        stored.SleepUntilUtcTicks = UtcTicks.From(pointer.SleepUntil);
        stored.PersistenceData = StoreJson.SerializeObject(pointer.PersistenceData);
        stored.StartTimeUtcTicks = UtcTicks.From(pointer.StartTime);
        stored.EndTimeUtcTicks = UtcTicks.From(pointer.EndTime);
        stored.EventName = pointer.EventName;
        stored.EventKey = pointer.EventKey;
        stored.EventPublished = pointer.EventPublished;
        stored.EventData = StoreJson.SerializeObject(pointer.EventData);
        var attributes = StoreJson.Deserialize<Dictionary<string, object?>>(stored.ExtensionAttributes);
        foreach (var (key, value) in pointer.ExtensionAttributes)
        {
            attributes[key] = value;
        }

        stored.ExtensionAttributes = StoreJson.Serialize(attributes);
        stored.StepName = pointer.StepName;
        stored.RetryCount = pointer.RetryCount;
        stored.Children = StoreJson.Serialize(pointer.Children ?? []);
        stored.ContextItem = StoreJson.SerializeObject(pointer.ContextItem);
        stored.PredecessorId = pointer.PredecessorId;
        stored.Outcome = StoreJson.SerializeObject(pointer.Outcome);
        stored.Status = pointer.Status.ToString();
        stored.Scope = StoreJson.Serialize(pointer.Scope.ToList());
    }

    private static ExecutionPointer ToPointer(StoredExecutionPointer stored) =>
        new()
        {
            Id = stored.Id,
            StepId = stored.StepId,
            Active = stored.Active,
            SleepUntil = UtcTicks.ToUtc(stored.SleepUntilUtcTicks),
            PersistenceData = StoreJson.DeserializeObject(stored.PersistenceData),
            StartTime = UtcTicks.ToUtc(stored.StartTimeUtcTicks),
            EndTime = UtcTicks.ToUtc(stored.EndTimeUtcTicks),
            EventName = stored.EventName,
            EventKey = stored.EventKey,
            EventPublished = stored.EventPublished,
            EventData = StoreJson.DeserializeObject(stored.EventData),
            ExtensionAttributes = StoreJson.Deserialize<Dictionary<string, object>>(stored.ExtensionAttributes),
            StepName = stored.StepName,
            RetryCount = stored.RetryCount,
            Children = StoreJson.Deserialize<List<string>>(stored.Children),
            ContextItem = StoreJson.DeserializeObject(stored.ContextItem),
            PredecessorId = stored.PredecessorId,
            Outcome = StoreJson.DeserializeObject(stored.Outcome),
            Status = Enum.Parse<PointerStatus>(stored.Status),
            Scope = StoreJson.Deserialize<List<string>>(stored.Scope),
        };
}
