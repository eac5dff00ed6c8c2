using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ResearchRelease.Web.Data.Configuration;

/// <summary>Every letter issued, with its signed bytes; a correction points at the letter it supersedes.</summary>
internal sealed class IssuedLetterConfiguration : IEntityTypeConfiguration<IssuedLetter>
{
    public void Configure(EntityTypeBuilder<IssuedLetter> builder)
    {
        builder.ToTable("letters");
        builder
            .HasIndex(x => new
            {
                x.ApplicationId,
                x.Round,
                x.Sequence,
            })
            .IsUnique();
        builder.HasIndex(x => x.SupersedesLetterId).IsUnique();
        builder.HasIndex(x => x.VerificationCode).IsUnique();
        builder.Property(x => x.Sequence).HasDefaultValue(IssuedLetter.FirstSequence);
        builder.Property(x => x.Kind).HasMaxLength(16);
        builder.Property(x => x.Sha256).HasMaxLength(64);
        builder.Property(x => x.VerificationCode).HasMaxLength(32);
    }
}
