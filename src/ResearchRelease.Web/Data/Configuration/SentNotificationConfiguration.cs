using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ResearchRelease.Web.Data.Configuration;

/// <summary>The local mailbox: what was sent, once per idempotency key.</summary>
internal sealed class SentNotificationConfiguration : IEntityTypeConfiguration<SentNotification>
{
    public void Configure(EntityTypeBuilder<SentNotification> builder)
    {
        builder.ToTable("sent_notifications");
        builder.HasIndex(x => x.NotificationId).IsUnique();
        builder.HasIndex(x => x.IdempotencyKey).IsUnique();
        builder.HasIndex(x => x.SentAt);
        builder.Property(x => x.IdempotencyKey).HasMaxLength(160);
        builder.Property(x => x.ApplicationReference).HasMaxLength(32);
        builder.Property(x => x.Template).HasMaxLength(64);
        builder.Property(x => x.Recipient).HasMaxLength(320);
        builder.Property(x => x.Subject).HasMaxLength(300);
    }
}
