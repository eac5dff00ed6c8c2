using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResearchRelease.Workflow.Persistence.Entities;

namespace ResearchRelease.Workflow.Persistence.Configuration;

internal sealed class StoredScheduledCommandConfiguration : IEntityTypeConfiguration<StoredScheduledCommand>
{
    public void Configure(EntityTypeBuilder<StoredScheduledCommand> builder)
    {
        builder.ToTable("wf_scheduled_commands");
        builder.HasKey(c => c.Id);

        // The poller schedules the same runnable instance on every poll: duplicates are dropped
        // by INSERT ... ON CONFLICT DO NOTHING against this index.
        builder.HasIndex(c => new { c.CommandName, c.Data }).IsUnique();
        builder.HasIndex(c => c.ExecuteTime);
    }
}
