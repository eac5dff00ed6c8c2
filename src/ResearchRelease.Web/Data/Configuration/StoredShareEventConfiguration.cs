using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ResearchRelease.Web.Data.Configuration;

/// <summary>The standing shares' event log: one row per event, in order per share; the unique pair is the concurrency check.</summary>
internal sealed class StoredShareEventConfiguration : IEntityTypeConfiguration<StoredShareEvent>
{
    public void Configure(EntityTypeBuilder<StoredShareEvent> builder)
    {
        builder.ToTable("standing_share_events");
        builder.HasIndex(x => new { x.ShareId, x.Sequence }).IsUnique();
        builder.Property(x => x.Type).HasMaxLength(64);
        builder.Property(x => x.ActorSubject).HasMaxLength(256);
        builder.Property(x => x.ActorName).HasMaxLength(256);
        builder.Property(x => x.ActorRole).HasMaxLength(32);
        builder.Property(x => x.Hash).HasMaxLength(64);
        builder.Property(x => x.PreviousHash).HasMaxLength(64);
    }
}
