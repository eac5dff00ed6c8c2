using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ResearchRelease.Web.Data.Configuration;

/// <summary>The data item catalogue as compliance maintains it.</summary>
internal sealed class CatalogueItemRecordConfiguration : IEntityTypeConfiguration<CatalogueItemRecord>
{
    public void Configure(EntityTypeBuilder<CatalogueItemRecord> builder)
    {
        builder.ToTable("catalogue_items");
        builder.HasKey(x => x.Code);
        builder.Property(x => x.Code).HasMaxLength(64);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Description).HasMaxLength(1000);
        builder.Property(x => x.Tier).HasMaxLength(32);
        builder.Property(x => x.Article9Category).HasMaxLength(100);
    }
}
