using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResearchRelease.Workflow.Persistence.Entities;

namespace ResearchRelease.Workflow.Persistence.Configuration;

internal sealed class StoredJournalEntryConfiguration : IEntityTypeConfiguration<StoredJournalEntry>
{
    public void Configure(EntityTypeBuilder<StoredJournalEntry> builder)
    {
        builder.ToTable("wf_journal");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ApplicationId).IsRequired().HasMaxLength(36);
        builder.Property(e => e.Kind).IsRequired().HasMaxLength(40);
        builder.Property(e => e.Node).HasMaxLength(200);
        builder.Property(e => e.Actor).HasMaxLength(300);
        builder.Property(e => e.DedupeKey).HasMaxLength(200);
        builder.HasIndex(e => new { e.ApplicationId, e.Id });

        // Several NULLs are allowed by both providers: only keyed (progress) entries are deduplicated.
        builder.HasIndex(e => e.DedupeKey).IsUnique();
    }
}
