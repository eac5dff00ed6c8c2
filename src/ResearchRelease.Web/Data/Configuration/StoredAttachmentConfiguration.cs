using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ResearchRelease.Web.Data.Configuration;

/// <summary>Uploaded evidence, one per kind per application.</summary>
internal sealed class StoredAttachmentConfiguration : IEntityTypeConfiguration<StoredAttachment>
{
    public void Configure(EntityTypeBuilder<StoredAttachment> builder)
    {
        builder.ToTable("attachments");
        builder.HasIndex(x => new { x.ApplicationId, x.Kind }).IsUnique();
        builder.Property(x => x.Kind).HasMaxLength(32);
        builder.Property(x => x.FileName).HasMaxLength(255);
        builder.Property(x => x.Sha256).HasMaxLength(64);
        builder.Property(x => x.UploadedBy).HasMaxLength(256);
    }
}
