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
    private static string Show(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join(", ", fields.Select(f => $"{f.Key}={HostileText.Show(f.Value)}"));

    private static Gen<string> Choice(IEnumerable<string> codes) => Gen.Frequency((4, Gen.OneOf([.. codes])), (1, HostileText.Any));

    /// <summary>One question of the check and what is posted as its answer: its own options, mostly, or hostile text.</summary>
    private static readonly Gen<(string Slug, List<KeyValuePair<string, string>> Fields)> CheckFields = Gen.Int[
            0,
            CheckQuestions.All.Count - 1
        ]
        .SelectMany(n =>
        {
            var q = CheckQuestions.All[n];
            var answer = q.Options.Count == 0 ? HostileText.Any : Choice(q.Options.Select(o => o.Code));
            return answer
                .Array[0, 3]
                .Select(values => (q.Slug, values.Select(v => new KeyValuePair<string, string>("answer", v)).ToList()));
        });

    [SkippableFact]
    public async Task The_check_questions_with_generated_answers_store_nothing()
    {
        var visitor = fuzz.ClientFor(null);
        // Every question answered first, so that each page is reachable; a refused answer leaves the earlier one.
        foreach (var q in CheckQuestions.All)
            await HtmlForms.SubmitAsync(
                visitor,
                $"/check/{q.Slug}",
                "#question-form",
                [new("answer", q.Options.Count == 0 ? "A short answer." : q.Options[0].Code)],
                clear: ["answer"]
            );
        await CheckFields.SampleAsync(
            async sample =>
            {
                var (slug, fields) = sample;
                var before = await fuzz.RowsAsync();
                var response = await HtmlForms.SubmitAsync(visitor, $"/check/{slug}", "#question-form", fields, clear: ["answer"]);
                await PageAnswers.CheckAsync(
                    response,
                    $"/check/{slug}",
                    slug + ": " + Show(fields),
                    PageAnswers.Unreadable(fields.Select(f => f.Value))
                );
                Assert.True(before == await fuzz.RowsAsync(), $"The check stored something: {slug}: {Show(fields)}");
            },
            iter: FuzzBudget.Iterations(150),
            threads: 1,
            print: s => s.Slug + ": " + Show(s.Fields)
        );
    }

    private static readonly Gen<List<KeyValuePair<string, string>>> ItemFields = Gen.Select(
        Gen.Frequency((2, Gen.Int[0, 1_000_000].Select(n => $"fuzz_{n}")), (1, HostileText.Any)),
        Gen.Frequency((2, Gen.Const("A fuzzed item")), (1, HostileText.Any)),
        Gen.Frequency((2, Gen.Const("What the item holds.")), (1, HostileText.Any)),
        Choice(Enum.GetNames<SensitivityTier>()),
        Gen.Frequency((2, Gen.Const("")), (1, HostileText.Any)),
        (code, name, description, tier, article9) =>
            new List<KeyValuePair<string, string>>([
                new("Input.Code", code),
                new("Input.Name", name),
                new("Input.Description", description),
                new("Input.Tier", tier),
                new("Input.Article9Category", article9),
            ])
    );

    [SkippableFact]
    public async Task The_catalogue_editor_with_generated_items_stores_an_item_or_nothing()
    {
        var compliance = fuzz.ClientFor(Personas.Compliance);
        await ItemFields.SampleAsync(
            async fields =>
            {
                var before = await fuzz.RowsAsync();
                var response = await HtmlForms.SubmitAsync(
                    compliance,
                    "/compliance/catalogue/edit",
                    "#item-form",
                    fields,
                    clear: fields.Select(f => f.Key).ToList()
                );
                var accepted = await PageAnswers.CheckAsync(
                    response,
                    "/compliance/catalogue/edit",
                    Show(fields),
                    PageAnswers.Unreadable(fields.Select(f => f.Value))
                );
                var after = await fuzz.RowsAsync();
                Assert.True(
                    accepted ? after.CatalogueChanges == before.CatalogueChanges + 1 : after == before,
                    $"The catalogue editor {(accepted ? "accepted" : "refused")} {Show(fields)} but stored {before} -> {after}"
                );
            },
            iter: FuzzBudget.Iterations(200),
            threads: 1,
            print: Show
        );
    }
}

public sealed class OtherFormFuzzOnSqlite(SqliteFuzzApp fuzz) : OtherFormFuzzTests(fuzz), IClassFixture<SqliteFuzzApp>;

public sealed class OtherFormFuzzOnPostgres(PostgresFuzzApp fuzz) : OtherFormFuzzTests(fuzz), IClassFixture<PostgresFuzzApp>;
