using CsCheck;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Web.Features.Screening;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>
/// The public "Check if you can apply" page (stores nothing, ever) and compliance's catalogue editor (stores an item
/// or nothing) posted with generated values and their real antiforgery tokens.
/// </summary>
public abstract class OtherFormFuzzTests(FuzzApp fuzz)
{
    private static string Show(IEnumerable<KeyValuePair<string, string>> fields) => string.Join(", ", fields.Select(f => $"{f.Key}={HostileText.Show(f.Value)}"));

    private static Gen<string> Choice(IEnumerable<string> codes) => Gen.Frequency((4, Gen.OneOf([.. codes])), (1, HostileText.Any));

    private static readonly Gen<List<KeyValuePair<string, string>>> CheckFields = Gen.Select(
        Choice(FormCodes.OrganisationTypes), Choice(FormCodes.Activities), Choice(FormCodes.SubjectFocus).Array[0, 3],
        Choice(["yes", "no"]), Choice(["yes", "no"]), HostileText.Any, Choice(DataKinds.All.Select(k => k.Code)).Array[0, 3],
        (org, activity, focus, decisions, identify, text, kinds) => new List<KeyValuePair<string, string>>(
        [
            new("Input.OrganisationType", org), new("Input.Activity", activity), .. focus.Select(f => new KeyValuePair<string, string>("Input.SubjectFocus", f)),
            new("Input.DecisionsAboutIndividuals", decisions), new("Input.OutputsIdentify", identify), new("Input.PublicBenefit", text),
            new("Input.DisclosureControl", text), new("Input.WhyAggregateIsNotEnough", text), .. kinds.Select(k => new KeyValuePair<string, string>("Input.DataKinds", k)),
        ]));

    [SkippableFact]
    public async Task The_check_page_with_generated_answers_stores_nothing()
    {
        var visitor = fuzz.ClientFor(null);
        await CheckFields.SampleAsync(async fields =>
        {
            var before = await fuzz.RowsAsync();
            var replaced = fields.Select(f => f.Key).Distinct().ToList();
            var response = await HtmlForms.SubmitAsync(visitor, "/check", "#check-form", fields, clear: replaced);
            await PageAnswers.CheckAsync(response, "/check", Show(fields), PageAnswers.Unreadable(fields.Select(f => f.Value)));
            Assert.True(before == await fuzz.RowsAsync(), $"The check page stored something: {Show(fields)}");
        }, iter: FuzzBudget.Iterations(150), threads: 1, print: Show);
    }

    private static readonly Gen<List<KeyValuePair<string, string>>> ItemFields = Gen.Select(
        Gen.Frequency((2, Gen.Int[0, 1_000_000].Select(n => $"fuzz_{n}")), (1, HostileText.Any)),
        Gen.Frequency((2, Gen.Const("A fuzzed item")), (1, HostileText.Any)),
        Gen.Frequency((2, Gen.Const("What the item holds.")), (1, HostileText.Any)),
        Choice(Enum.GetNames<SensitivityTier>()),
        Gen.Frequency((2, Gen.Const("")), (1, HostileText.Any)),
        (code, name, description, tier, article9) => new List<KeyValuePair<string, string>>(
            [new("Input.Code", code), new("Input.Name", name), new("Input.Description", description), new("Input.Tier", tier), new("Input.Article9Category", article9)]));

    [SkippableFact]
    public async Task The_catalogue_editor_with_generated_items_stores_an_item_or_nothing()
    {
        var compliance = fuzz.ClientFor(Personas.Compliance);
        await ItemFields.SampleAsync(async fields =>
        {
            var before = await fuzz.RowsAsync();
            var response = await HtmlForms.SubmitAsync(compliance, "/compliance/catalogue/edit", "#item-form", fields, clear: fields.Select(f => f.Key).ToList());
            var accepted = await PageAnswers.CheckAsync(response, "/compliance/catalogue/edit", Show(fields), PageAnswers.Unreadable(fields.Select(f => f.Value)));
            var after = await fuzz.RowsAsync();
            Assert.True(accepted ? after.CatalogueChanges == before.CatalogueChanges + 1 : after == before,
                $"The catalogue editor {(accepted ? "accepted" : "refused")} {Show(fields)} but stored {before} -> {after}");
        }, iter: FuzzBudget.Iterations(200), threads: 1, print: Show);
    }
}

public sealed class OtherFormFuzzOnSqlite(SqliteFuzzApp fuzz) : OtherFormFuzzTests(fuzz), IClassFixture<SqliteFuzzApp>;

public sealed class OtherFormFuzzOnPostgres(PostgresFuzzApp fuzz) : OtherFormFuzzTests(fuzz), IClassFixture<PostgresFuzzApp>;
