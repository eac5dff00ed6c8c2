using Microsoft.EntityFrameworkCore;

namespace ResearchRelease.Web.Data;

/// <summary>The server-side session table (ADR 0013), kept out of AppDbContext's own list.</summary>
public static class AuthSessionTable
{
    public static void ConfigureAuthSessions(this ModelBuilder modelBuilder) => modelBuilder.Entity<AuthSession>(e =>
    {
        e.ToTable("auth_sessions");
        e.HasKey(x => x.KeyHash);
        e.Property(x => x.KeyHash).HasMaxLength(64);
        e.Property(x => x.Subject).HasMaxLength(256);
        e.HasIndex(x => x.Subject);
        // The sweep of expired rows reads this index only.
        e.HasIndex(x => x.ExpiresAt);
    });
}
