using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Domain.Tests.Screening;

namespace ResearchRelease.Domain.Tests.Catalogue;

/// <summary>The seed catalogue covers every item domain.md names, with the tiers it gives them.</summary>
public class DataItemCatalogueTests
{
    // Every item named in domain.md's catalogue section, with the tier domain.md gives or implies.
    public static TheoryData<string, SensitivityTier> NamedItems() =>
        new()
        {
            { "pseudonymous_pupil_id", SensitivityTier.Other },
            { "gender", SensitivityTier.Other },
            { "date_of_birth", SensitivityTier.Identifying },
            { "month_year_of_birth", SensitivityTier.Other },
            { "upn", SensitivityTier.Identifying },
            { "former_upn", SensitivityTier.Identifying },
            { "surname", SensitivityTier.Identifying },
            { "former_surname", SensitivityTier.Identifying },
            { "preferred_surname", SensitivityTier.Identifying },
            { "first_names", SensitivityTier.Identifying },
            { "pupil_name", SensitivityTier.Identifying },
            { "ethnic_group", SensitivityTier.Sensitive },
            { "admission_date", SensitivityTier.Other },
            { "first_language", SensitivityTier.Sensitive },
            { "nc_year_group", SensitivityTier.Other },
            { "uln", SensitivityTier.Identifying },
            { "home_address", SensitivityTier.Identifying },
            { "postcode", SensitivityTier.Identifying },
            { "part_time_status", SensitivityTier.Other },
            { "boarding_status", SensitivityTier.Other },
            { "sen_type", SensitivityTier.Sensitive },
            { "sen_provision", SensitivityTier.Sensitive },
            { "fsm_eligibility", SensitivityTier.Sensitive },
            { "attendance", SensitivityTier.Other },
            { "absence", SensitivityTier.Other },
            { "exclusions", SensitivityTier.Sensitive },
            { "exclusion_reasons", SensitivityTier.HighlySensitive },
            { "ks1_results", SensitivityTier.Other },
            { "ks2_results", SensitivityTier.Other },
            { "ks4_results", SensitivityTier.Other },
            { "post16_results", SensitivityTier.Other },
            { "children_in_need", SensitivityTier.HighlySensitive },
            { "looked_after", SensitivityTier.HighlySensitive },
            { "school_type", SensitivityTier.Other },
            { "ncmp_height_weight", SensitivityTier.Sensitive },
        };

    [Theory]
    [MemberData(nameof(NamedItems))]
    public void Seed_holds_the_item_with_its_tier(string code, SensitivityTier tier)
    {
        var item = DataItemCatalogue.Default.Find(code);

        Assert.NotNull(item);
        Assert.Equal(tier, item.Tier);
        Assert.False(item.Retired);
        Assert.False(string.IsNullOrWhiteSpace(item.Name));
        Assert.True(item.Description.Length > 20, $"{code} needs a real description.");
    }

    [Fact]
    public void Every_item_the_shared_examples_request_is_in_the_catalogue()
    {
        var codes = SharedExamples.Cases.SelectMany(c => c.Application.DataItems ?? []).Select(i => i.Item).Distinct();

        Assert.All(codes, code => Assert.True(DataItemCatalogue.Default.Contains(code), $"{code} is not in the seed catalogue."));
    }

    [Fact]
    public void Lookups_ignore_case_and_spaces_and_answer_the_tier_questions()
    {
        var catalogue = DataItemCatalogue.Default;

        Assert.Equal("upn", catalogue.Find(" UPN ")?.Code);
        Assert.True(catalogue.IsIdentifying("home_address"));
        Assert.False(catalogue.IsIdentifying(DataItemCatalogue.PseudonymousPupilId));
        Assert.True(catalogue.IsHighlySensitive("looked_after"));
        Assert.True(catalogue.IsSpecialCategory("ethnic_group"));
        Assert.False(catalogue.IsSpecialCategory("fsm_eligibility"));
        Assert.True(catalogue.IsRetired("ks3_results"));
        Assert.DoesNotContain(catalogue.Active, i => i.Code == "ks3_results");
        Assert.Null(catalogue.Find("shoe_size"));
        Assert.Null(catalogue.Find(null));
        Assert.False(catalogue.IsIdentifying("shoe_size"));
        Assert.Equal(SensitivityTier.Sensitive, catalogue.TierOf("first_language"));
        Assert.Equal(3, catalogue.InTier(SensitivityTier.HighlySensitive).Count);
    }

    [Fact]
    public void Codes_are_unique_and_in_snake_case()
    {
        Assert.Equal(DataItemCatalogue.Seed.Count, DataItemCatalogue.Seed.Select(i => i.Code).Distinct().Count());
        Assert.All(DataItemCatalogue.Seed, i => Assert.Matches("^[a-z0-9]+(_[a-z0-9]+)*$", i.Code));
    }

    [Fact]
    public void A_catalogue_refuses_a_code_twice_or_a_blank_code()
    {
        var item = new DataItemDefinition("gender", "Gender", "The pupil's gender as recorded.", SensitivityTier.Other);

        Assert.Throws<ArgumentException>(() => new DataItemCatalogue([item, item with { Code = "GENDER" }]));
        Assert.Throws<ArgumentException>(() => new DataItemCatalogue([item with { Code = " " }]));
    }

    [Theory]
    [InlineData(SensitivityTier.HighlySensitive, "Highly sensitive")]
    [InlineData(SensitivityTier.Identifying, "Identifying")]
    [InlineData(SensitivityTier.Sensitive, "Sensitive")]
    [InlineData(SensitivityTier.Other, "Other individual-level data")]
    public void Tiers_have_display_names(SensitivityTier tier, string name)
    {
        Assert.Equal(name, tier.DisplayName());
        Assert.False(string.IsNullOrWhiteSpace(tier.Explanation()));
    }
}
