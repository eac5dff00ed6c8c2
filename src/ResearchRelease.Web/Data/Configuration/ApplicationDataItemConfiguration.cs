using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ResearchRelease.Web.Data.Configuration;

/// <summary>Which catalogue items each application asks for (a catalogue item in use cannot be retired).</summary>
internal sealed class ApplicationDataItemConfiguration : IEntityTypeConfiguration<ApplicationDataItem>
{
    public void Configure(EntityTypeBuilder<ApplicationDataItem> builder)
    {
        builder.ToTable("application_data_items");
        builder.HasKey(x => new { x.ApplicationId, x.ItemCode });
        builder.HasIndex(x => x.ItemCode);
        builder.Property(x => x.ItemCode).HasMaxLength(64);
    }
}
