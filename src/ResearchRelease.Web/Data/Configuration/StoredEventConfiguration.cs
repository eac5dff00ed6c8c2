using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ResearchRelease.Web.Data.Configuration;

/// <summary>The application's event log: one row per event, in order per application.</summary>
internal sealed class StoredEventConfiguration : IEntityTypeConfiguration<StoredEvent>
{
    public void Configure(EntityTypeBuilder<StoredEvent> builder)
    {
        builder.ToTable("application_events");
        builder.HasIndex(x => new { x.ApplicationId, x.Sequence }).IsUnique();
        builder.Property(x => x.Type).HasMaxLength(64);
        builder.Property(x => x.ActorSubject).HasMaxLength(256);
        builder.Property(x => x.ActorName).HasMaxLength(256);
        builder.Property(x => x.ActorRole).HasMaxLength(32);
        builder.Property(x => x.Hash).HasMaxLength(64);
        builder.Property(x => x.PreviousHash).HasMaxLength(64);
    }
}
