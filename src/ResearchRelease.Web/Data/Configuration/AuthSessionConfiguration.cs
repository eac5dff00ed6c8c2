using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ResearchRelease.Web.Data.Configuration;

/// <summary>Server-side sign-in sessions (ADR 0013).</summary>
internal sealed class AuthSessionConfiguration : IEntityTypeConfiguration<AuthSession>
{
    public void Configure(EntityTypeBuilder<AuthSession> builder)
    {
        builder.ToTable("auth_sessions");
        builder.HasKey(x => x.KeyHash);
        builder.Property(x => x.KeyHash).HasMaxLength(64);
        builder.Property(x => x.Subject).HasMaxLength(256);
        builder.HasIndex(x => x.Subject);
        // The sweep of expired rows reads this index only.
        builder.HasIndex(x => x.ExpiresAt);
    }
}
