using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ResearchRelease.Web.Data;

/// <summary>
/// The application's own tables. The workflow engine keeps its operational state in its own
/// <c>wf_</c> tables (ResearchRelease.Workflow); the record is built from these.
/// Provider-specific subclasses exist only so each provider has its own migrations.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<StoredEvent> Events => Set<StoredEvent>();
    public DbSet<ApplicationRecord> Applications => Set<ApplicationRecord>();
    public DbSet<IssuedLetter> Letters => Set<IssuedLetter>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is UTC; SQLite hands back "unspecified", which Npgsql would then refuse.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StoredEvent>(e =>
        {
            e.ToTable("application_events");
            e.HasIndex(x => new { x.ApplicationId, x.Sequence }).IsUnique();
            e.Property(x => x.Type).HasMaxLength(64);
            e.Property(x => x.ActorSubject).HasMaxLength(256);
            e.Property(x => x.ActorName).HasMaxLength(256);
            e.Property(x => x.ActorRole).HasMaxLength(32);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.Property(x => x.PreviousHash).HasMaxLength(64);
        });
        modelBuilder.Entity<ApplicationRecord>(e =>
        {
            e.ToTable("applications");
            e.HasIndex(x => x.Reference).IsUnique();
            e.HasIndex(x => x.OwnerSubject);
            e.HasIndex(x => x.Status);
            e.Property(x => x.Reference).HasMaxLength(32);
            e.Property(x => x.Status).HasMaxLength(32);
            e.Property(x => x.OwnerSubject).HasMaxLength(256);
        });
        modelBuilder.Entity<IssuedLetter>(e =>
        {
            e.ToTable("letters");
            e.HasIndex(x => new { x.ApplicationId, x.Round }).IsUnique();
            e.HasIndex(x => x.VerificationCode).IsUnique();
            e.Property(x => x.Kind).HasMaxLength(16);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.VerificationCode).HasMaxLength(32);
        });
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox");
            e.HasIndex(x => x.DispatchedAt);
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.Signal).HasMaxLength(64);
        });
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
