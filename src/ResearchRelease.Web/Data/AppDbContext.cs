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
    public DbSet<Features.Register.PublicRegisterEntry> PublicRegister => Set<Features.Register.PublicRegisterEntry>();
    public DbSet<Features.Statistics.DecisionFact> DecisionFacts => Set<Features.Statistics.DecisionFact>();
    public DbSet<Features.Statistics.DecisionTally> DecisionTallies => Set<Features.Statistics.DecisionTally>();
    public DbSet<StoredShareEvent> ShareEvents => Set<StoredShareEvent>();
    public DbSet<Features.StandingShares.StandingShareRecord> StandingShares => Set<Features.StandingShares.StandingShareRecord>();
    public DbSet<Features.Register.RegisterSnapshot> RegisterSnapshots => Set<Features.Register.RegisterSnapshot>();

    /// <summary>The Data Protection key ring, shared by every node through the database (Security/KeyRingSetup.cs).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is UTC; SQLite hands back "unspecified", which Npgsql would then refuse.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    // One IEntityTypeConfiguration per table, beside the others in Data/Configuration (the public register's
    // beside its projection); taking them from the assembly means a new table cannot be left out.
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

    private sealed class UtcDateTimeConverter()
        : ValueConverter<DateTime, DateTime>(
            v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
            v => DateTime.SpecifyKind(v, DateTimeKind.Utc)
        );
}
