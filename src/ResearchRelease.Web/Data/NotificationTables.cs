using Microsoft.EntityFrameworkCore;

namespace ResearchRelease.Web.Data;

/// <summary>The notification outbox and the local mailbox (ADR 0010), kept out of AppDbContext's own list.</summary>
public static class NotificationTables
{
    public static void ConfigureNotificationTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<QueuedNotification>(e =>
        {
            e.ToTable("notifications");
            e.HasIndex(x => x.IdempotencyKey).IsUnique();
            e.HasIndex(x => new { x.Status, x.NextAttemptAt });
            e.HasIndex(x => x.ApplicationId);
            e.Property(x => x.IdempotencyKey).HasMaxLength(160);
            e.Property(x => x.ApplicationReference).HasMaxLength(32);
            e.Property(x => x.EventType).HasMaxLength(64);
            e.Property(x => x.Template).HasMaxLength(64);
            e.Property(x => x.Audience).HasMaxLength(32);
            e.Property(x => x.Recipient).HasMaxLength(320);
            e.Property(x => x.Subject).HasMaxLength(300);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.ProviderId).HasMaxLength(100);
            e.Property(x => x.LastError).HasMaxLength(1000);
        });
        modelBuilder.Entity<SentNotification>(e =>
        {
            e.ToTable("sent_notifications");
            e.HasIndex(x => x.NotificationId).IsUnique();
            e.HasIndex(x => x.IdempotencyKey).IsUnique();
            e.HasIndex(x => x.SentAt);
            e.Property(x => x.IdempotencyKey).HasMaxLength(160);
            e.Property(x => x.ApplicationReference).HasMaxLength(32);
            e.Property(x => x.Template).HasMaxLength(64);
            e.Property(x => x.Recipient).HasMaxLength(320);
            e.Property(x => x.Subject).HasMaxLength(300);
        });
    }
}
