using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResearchRelease.Web.Features.Statistics;

namespace ResearchRelease.Web.Data.Configuration;

internal sealed class DecisionFactConfiguration : IEntityTypeConfiguration<DecisionFact>
{
    public void Configure(EntityTypeBuilder<DecisionFact> builder)
    {
        builder.ToTable("decision_facts");
        // The page groups by quarter and kind; the percentiles read one kind's working days in order.
        builder.HasIndex(x => new
        {
            x.Kind,
            x.Quarter,
            x.WorkingDays,
        });
        builder.HasIndex(x => x.ApplicationId);
        builder.Property(x => x.Kind).HasMaxLength(32);
        builder.Property(x => x.Recommendation).HasMaxLength(32);
        builder.Property(x => x.Part).HasMaxLength(32);
        builder.Property(x => x.Reason).HasMaxLength(1000);
    }
}
