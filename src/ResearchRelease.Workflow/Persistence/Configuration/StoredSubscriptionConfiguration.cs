using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResearchRelease.Workflow.Persistence.Entities;

namespace ResearchRelease.Workflow.Persistence.Configuration;

internal sealed class StoredSubscriptionConfiguration : IEntityTypeConfiguration<StoredSubscription>
{
    public void Configure(EntityTypeBuilder<StoredSubscription> builder)
    {
        builder.ToTable("wf_subscriptions");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.EventName, s.EventKey });
        builder.HasIndex(s => s.WorkflowId);
    }
}
