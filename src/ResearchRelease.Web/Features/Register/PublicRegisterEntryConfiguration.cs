using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ResearchRelease.Web.Features.Register;

public sealed class PublicRegisterEntryConfiguration : IEntityTypeConfiguration<PublicRegisterEntry>
{
    public void Configure(EntityTypeBuilder<PublicRegisterEntry> builder)
    {
        builder.ToTable("public_register");
        builder.HasKey(x => x.ApplicationId);
        // The register lists newest decisions first; keyset paging walks this index.
        builder.HasIndex(x => new { x.DecidedAt, x.ApplicationId });
        builder.Property(x => x.Reference).HasMaxLength(32);
        builder.Property(x => x.Organisation).HasMaxLength(300);
        builder.Property(x => x.ProjectTitle).HasMaxLength(500);
        builder.Property(x => x.Article6).HasMaxLength(64);
        builder.Property(x => x.Article9).HasMaxLength(64);
        builder.Property(x => x.AccessRoute).HasMaxLength(64);
        builder.Property(x => x.Kind).HasMaxLength(32);
        builder.Property(x => x.Sector).HasMaxLength(64);
        builder.Property(x => x.LegalGateway).HasMaxLength(500);
        builder.Property(x => x.Frequency).HasMaxLength(32);
        builder.HasIndex(x => new
        {
            x.Kind,
            x.DecidedAt,
            x.ApplicationId,
        });
    }
}
