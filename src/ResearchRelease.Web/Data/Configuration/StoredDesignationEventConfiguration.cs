using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ResearchRelease.Web.Data.Configuration;

/// <summary>The deputy designations' own hash-chained event log.</summary>
internal sealed class StoredDesignationEventConfiguration : IEntityTypeConfiguration<StoredDesignationEvent>
{
    public void Configure(EntityTypeBuilder<StoredDesignationEvent> builder)
    {
        builder.ToTable("deputy_designation_events");
        builder.HasIndex(x => x.Sequence).IsUnique();
        builder.HasIndex(x => x.DesignationId);
        builder.Property(x => x.Type).HasMaxLength(64);
        builder.Property(x => x.ActorSubject).HasMaxLength(256);
        builder.Property(x => x.ActorName).HasMaxLength(256);
        builder.Property(x => x.Hash).HasMaxLength(64);
        builder.Property(x => x.PreviousHash).HasMaxLength(64);
    }
}
