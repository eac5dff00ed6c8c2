using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResearchRelease.Workflow.Persistence.Entities;

namespace ResearchRelease.Workflow.Persistence.Configuration;

internal sealed class StoredWorkflowConfiguration : IEntityTypeConfiguration<StoredWorkflow>
{
    public void Configure(EntityTypeBuilder<StoredWorkflow> builder)
    {
        builder.ToTable("wf_workflows");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.WorkflowDefinitionId).IsRequired();
        builder.Property(w => w.Status).IsRequired();
        builder.Property(w => w.Revision).IsConcurrencyToken();

        // One instance per application: the unique reference makes a racing second start fail.
        builder.HasIndex(w => w.Reference).IsUnique();

        // The poller's query: Status = Runnable and NextExecution <= now.
        builder.HasIndex(w => new { w.Status, w.NextExecution });

        builder.HasMany(w => w.ExecutionPointers).WithOne().HasForeignKey(p => p.WorkflowId).OnDelete(DeleteBehavior.Cascade);
    }
}
