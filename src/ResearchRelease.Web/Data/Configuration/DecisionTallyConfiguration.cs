using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResearchRelease.Web.Features.Statistics;

namespace ResearchRelease.Web.Data.Configuration;

internal sealed class DecisionTallyConfiguration : IEntityTypeConfiguration<DecisionTally>
{
    public void Configure(EntityTypeBuilder<DecisionTally> builder)
    {
        builder.ToTable("decision_tallies");
        // The key is what an append adds to (INSERT ... ON CONFLICT on it), so no column of it may be null.
        builder.HasKey(x => new
        {
            x.Quarter,
            x.Measure,
            x.WorkingDays,
            x.Part,
            x.ReasonKey,
        });
        builder.Property(x => x.Measure).HasMaxLength(32);
        builder.Property(x => x.Part).HasMaxLength(32);
        builder.Property(x => x.ReasonKey).HasMaxLength(64);
        builder.Property(x => x.Reason).HasMaxLength(1000);
    }
}
