using Microsoft.EntityFrameworkCore;
using ResearchRelease.Workflow.Persistence.Entities;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>
/// The engine's own tables (prefix wf_), apart from the app's: they are operational state, not the
/// record. One subclass per database provider, because EF keeps one migration set per context type.
/// </summary>
internal abstract class WorkflowStoreContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Not EF's default name, which the app's own migrations use in a shared database.</summary>
    public const string MigrationsHistoryTable = "wf_ef_migrations_history";

    public DbSet<StoredWorkflow> Workflows => Set<StoredWorkflow>();

    public DbSet<StoredExecutionPointer> ExecutionPointers => Set<StoredExecutionPointer>();

    public DbSet<StoredEvent> Events => Set<StoredEvent>();

    public DbSet<StoredSubscription> Subscriptions => Set<StoredSubscription>();

    public DbSet<StoredExecutionError> ExecutionErrors => Set<StoredExecutionError>();

    public DbSet<StoredJournalEntry> Journal => Set<StoredJournalEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkflowStoreContext).Assembly);
}
