using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ResearchRelease.Web.Data.Configuration;

/// <summary>The notification outbox (ADR 0010).</summary>
internal sealed class QueuedNotificationConfiguration : IEntityTypeConfiguration<QueuedNotification>
{
    public void Configure(EntityTypeBuilder<QueuedNotification> builder)
    {
        builder.ToTable("notifications");
        builder.HasIndex(x => x.IdempotencyKey).IsUnique();
        builder.HasIndex(x => new { x.Status, x.NextAttemptAt });
        builder.HasIndex(x => x.ApplicationId);
        builder.Property(x => x.IdempotencyKey).HasMaxLength(160);
        builder.Property(x => x.ApplicationReference).HasMaxLength(32);
        builder.Property(x => x.EventType).HasMaxLength(64);
        builder.Property(x => x.Template).HasMaxLength(64);
        builder.Property(x => x.Audience).HasMaxLength(32);
        builder.Property(x => x.Recipient).HasMaxLength(320);
        builder.Property(x => x.Subject).HasMaxLength(300);
        builder.Property(x => x.Status).HasMaxLength(16);
        builder.Property(x => x.ProviderId).HasMaxLength(100);
        builder.Property(x => x.LastError).HasMaxLength(1000);
    }
}
