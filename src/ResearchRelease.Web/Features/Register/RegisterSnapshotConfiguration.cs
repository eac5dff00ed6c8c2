using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ResearchRelease.Web.Features.Register;

public sealed class RegisterSnapshotConfiguration : IEntityTypeConfiguration<RegisterSnapshot>
{
    public void Configure(EntityTypeBuilder<RegisterSnapshot> builder)
    {
        builder.ToTable("register_snapshots");
        builder.HasKey(x => x.Quarter);
        builder.Property(x => x.Quarter).ValueGeneratedNever();
        builder.Property(x => x.CsvSha256).HasMaxLength(64);
        builder.Property(x => x.JsonSha256).HasMaxLength(64);
    }
}
