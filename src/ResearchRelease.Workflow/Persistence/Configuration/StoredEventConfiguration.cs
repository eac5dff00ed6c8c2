using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResearchRelease.Workflow.Persistence.Entities;

namespace ResearchRelease.Workflow.Persistence.Configuration;

internal sealed class StoredEventConfiguration : IEntityTypeConfiguration<StoredEvent>
{
    public void Configure(EntityTypeBuilder<StoredEvent> builder)
    {
        builder.ToTable("wf_events");
        builder.HasKey(e => e.Id);

        // A signal's key carries application and round, so the same (name, key) is the same
        // signal delivered again: storing it once makes SignalAsync idempotent even when racing.
        builder.HasIndex(e => new { e.EventName, e.EventKey }).IsUnique();
        builder.HasIndex(e => new { e.IsProcessed, e.EventTimeUtcTicks });
    }
}
