using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ResearchRelease.Web.Data.Configuration;

/// <summary>Who changed which catalogue item, and how.</summary>
internal sealed class CatalogueChangeConfiguration : IEntityTypeConfiguration<CatalogueChange>
{
    public void Configure(EntityTypeBuilder<CatalogueChange> builder)
    {
        builder.ToTable("catalogue_changes");
        builder.HasIndex(x => x.Code);
        builder.Property(x => x.Code).HasMaxLength(64);
        builder.Property(x => x.Action).HasMaxLength(16);
        builder.Property(x => x.ActorSubject).HasMaxLength(256);
        builder.Property(x => x.ActorName).HasMaxLength(256);
    }
}
