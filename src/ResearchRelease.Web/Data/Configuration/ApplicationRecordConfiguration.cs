using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ResearchRelease.Web.Data.Configuration;

/// <summary>The applications read model, rewritten from the fold in each append's transaction.</summary>
internal sealed class ApplicationRecordConfiguration : IEntityTypeConfiguration<ApplicationRecord>
{
    public void Configure(EntityTypeBuilder<ApplicationRecord> builder)
    {
        builder.ToTable("applications");
        builder.HasIndex(x => x.Reference).IsUnique();
        builder.HasIndex(x => x.OwnerSubject);
        builder.HasIndex(x => x.Status);
        // Keyset paging (ListCursor): the Chief Statistician's queue reads (status, submitted_at, reference) in order,
        // the decisions list (decided_at, reference) backwards; neither sorts or skips rows outside the index.
        builder.HasIndex(x => new
        {
            x.Status,
            x.SubmittedAt,
            x.Reference,
        });
        builder.HasIndex(x => new { x.DecidedAt, x.Reference });
        // The compliance register lists decided applications on the index above, then undecided ones, latest
        // submission first, on this one (partial, so it holds only the rows that part reads).
        builder
            .HasIndex(x => new { x.SubmittedAt, x.Reference })
            .HasDatabaseName("ix_applications_undecided_submitted_at_reference")
            .HasFilter("decided_at IS NULL AND submitted_at IS NOT NULL");
        builder.Property(x => x.Reference).HasMaxLength(32);
        // Stored as the status's name, so the column reads the same to a person querying the database.
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.OwnerSubject).HasMaxLength(256);
    }
}
