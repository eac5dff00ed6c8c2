using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResearchRelease.Workflow.Persistence.Entities;

namespace ResearchRelease.Workflow.Persistence.Configuration;

internal sealed class StoredExecutionErrorConfiguration : IEntityTypeConfiguration<StoredExecutionError>
{
    public void Configure(EntityTypeBuilder<StoredExecutionError> builder)
    {
        builder.ToTable("wf_execution_errors");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.WorkflowId);
    }
}
