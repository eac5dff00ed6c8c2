using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResearchRelease.Workflow.Persistence.Entities;

namespace ResearchRelease.Workflow.Persistence.Configuration;

internal sealed class StoredExecutionPointerConfiguration : IEntityTypeConfiguration<StoredExecutionPointer>
{
    public void Configure(EntityTypeBuilder<StoredExecutionPointer> builder)
    {
        builder.ToTable("wf_execution_pointers");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.WorkflowId);
        builder.Property(p => p.Status).IsRequired();
    }
}
