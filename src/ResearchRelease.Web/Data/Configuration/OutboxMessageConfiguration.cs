using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ResearchRelease.Web.Data.Configuration;

/// <summary>Signals for the workflow engine, written with the events that cause them.</summary>
internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox");
        builder.HasIndex(x => x.DispatchedAt);
        builder.Property(x => x.Kind).HasMaxLength(32);
        builder.Property(x => x.Signal).HasMaxLength(64);
    }
}
