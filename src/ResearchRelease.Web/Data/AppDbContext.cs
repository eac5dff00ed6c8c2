using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ResearchRelease.Web.Data;

/// <summary>
/// The application's own tables. The workflow engine keeps its operational state in its own
/// <c>wf_</c> tables (ResearchRelease.Workflow); the record is built from these.
/// Provider-specific subclasses exist only so each provider has its own migrations.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<StoredEvent> Events => Set<StoredEvent>();
    public DbSet<ApplicationRecord> Applications => Set<ApplicationRecord>();
    public DbSet<IssuedLetter> Letters => Set<IssuedLetter>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<CatalogueItemRecord> CatalogueItems => Set<CatalogueItemRecord>();
    public DbSet<CatalogueChange> CatalogueChanges => Set<CatalogueChange>();
    public DbSet<StoredAttachment> Attachments => Set<StoredAttachment>();
    public DbSet<StoredDesignationEvent> DesignationEvents => Set<StoredDesignationEvent>();
    public DbSet<ApplicationDataItem> ApplicationDataItems => Set<ApplicationDataItem>();
    public DbSet<QueuedNotification> Notifications => Set<QueuedNotification>();
    public DbSet<SentNotification> SentNotifications => Set<SentNotification>();
    public DbSet<AuthSession> AuthSessions => Set<AuthSession>();
    public DbSet<Register.PublicRegisterEntry> PublicRegister => Set<Register.PublicRegisterEntry>();

    /// <summary>The Data Protection key ring, shared by every node through the database (Security/KeyRingSetup.cs).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is UTC; SQLite hands back "unspecified", which Npgsql would then refuse.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
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
            e.HasIndex(x => new { x.ApplicationId, x.Round, x.Sequence }).IsUnique();
            e.HasIndex(x => x.SupersedesLetterId).IsUnique();
            e.HasIndex(x => x.VerificationCode).IsUnique();
            e.Property(x => x.Sequence).HasDefaultValue(IssuedLetter.FirstSequence);
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
        modelBuilder.Entity<CatalogueItemRecord>(e =>
        {
            e.ToTable("catalogue_items");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(1000);
            e.Property(x => x.Tier).HasMaxLength(32);
            e.Property(x => x.Article9Category).HasMaxLength(100);
        });
        modelBuilder.Entity<CatalogueChange>(e =>
        {
            e.ToTable("catalogue_changes");
            e.HasIndex(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.Action).HasMaxLength(16);
            e.Property(x => x.ActorSubject).HasMaxLength(256);
            e.Property(x => x.ActorName).HasMaxLength(256);
        });
        modelBuilder.Entity<ApplicationDataItem>(e =>
        {
            e.ToTable("application_data_items");
            e.HasKey(x => new { x.ApplicationId, x.ItemCode });
            e.HasIndex(x => x.ItemCode);
            e.Property(x => x.ItemCode).HasMaxLength(64);
        });
        modelBuilder.Entity<StoredAttachment>(e =>
        {
            e.ToTable("attachments");
            e.HasIndex(x => new { x.ApplicationId, x.Kind }).IsUnique();
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.FileName).HasMaxLength(255);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.UploadedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<StoredDesignationEvent>(e =>
        {
            e.ToTable("deputy_designation_events");
            e.HasIndex(x => x.Sequence).IsUnique();
            e.HasIndex(x => x.DesignationId);
            e.Property(x => x.Type).HasMaxLength(64);
            e.Property(x => x.ActorSubject).HasMaxLength(256);
            e.Property(x => x.ActorName).HasMaxLength(256);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.Property(x => x.PreviousHash).HasMaxLength(64);
        });
        modelBuilder.ConfigureNotificationTables();
        modelBuilder.ConfigureAuthSessions();
        modelBuilder.ApplyConfiguration(new Register.PublicRegisterEntryConfiguration());
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
