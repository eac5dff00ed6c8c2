using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResearchRelease.Web.Features.StandingShares;

namespace ResearchRelease.Web.Data.Configuration;

internal sealed class StandingShareRecordConfiguration : IEntityTypeConfiguration<StandingShareRecord>
{
    public void Configure(EntityTypeBuilder<StandingShareRecord> builder)
    {
        builder.ToTable("standing_shares");
        builder.HasKey(x => x.Id);
        builder.HasIndex(x => x.Reference).IsUnique();
        // The review sweep asks for in-force shares by review date.
        builder.HasIndex(x => x.ReviewDate);
        builder.Property(x => x.Reference).HasMaxLength(32);
        builder.Property(x => x.RecipientBody).HasMaxLength(300);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
    }
}
