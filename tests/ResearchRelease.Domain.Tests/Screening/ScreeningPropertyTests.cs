using System.Text.Json;
using CsCheck;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Domain.Screening;
using static ResearchRelease.Domain.Screening.Outcomes;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>Invariants of the regulation test that must hold for every application, under both wordings.</summary>
public class ScreeningPropertyTests
{
    private const int Iterations = 400;

    private static readonly string[] LimbOutcomes = [Met, NotMet, NeedsJudgement];

    private static int Severity(string outcome) =>
        outcome switch
        {
            Met => 0,
            Outcomes.NeedsJudgement => 1,
            _ => 2,
        };

    private static IEnumerable<(ApplicationForm Form, Ruleset Ruleset, ScreeningResult Result)> Both(ApplicationForm form) =>
        Ruleset.All.Select(r => (form, r, RegulationTest.Screen(form, r, DataItemCatalogue.Default)));

    [Fact]
    public void The_generator_reaches_every_outcome()
    {
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        FormGenerators.AnyForm.Sample(
            form =>
            {
                foreach (var (_, _, r) in Both(form))
                {
                    seen.AddOrUpdate($"overall:{r.Overall}", 1, (_, n) => n + 1);
                    seen.AddOrUpdate($"purpose:{r.Purpose.Outcome}", 1, (_, n) => n + 1);
                    seen.AddOrUpdate($"necessity:{r.Necessity.Outcome}", 1, (_, n) => n + 1);
                    seen.AddOrUpdate($"conditions:{r.Conditions.Outcome}", 1, (_, n) => n + 1);
                }
            },
            iter: 2000
        );

        foreach (
            var key in new[] { Eligible, Ineligible, Outcomes.NeedsJudgement, Incomplete }
                .Select(o => $"overall:{o}")
                .Concat(LimbOutcomes.SelectMany(o => new[] { $"purpose:{o}", $"necessity:{o}", $"conditions:{o}" }))
        )
        {
            Assert.True(
                seen.ContainsKey(key),
                $"The generator never produced {key}: {string.Join(", ", seen.OrderBy(k => k.Key).Select(k => $"{k.Key}={k.Value}"))}"
            );
        }
    }

    [Fact]
    public void Screening_is_deterministic()
    {
        FormGenerators.AnyForm.Sample(
            form =>
            {
                foreach (var ruleset in Ruleset.All)
                {
                    var first = JsonSerializer.Serialize(
                        RegulationTest.Screen(form, ruleset, DataItemCatalogue.Default),
                        SharedExamples.Json
                    );
                    var second = JsonSerializer.Serialize(
                        RegulationTest.Screen(SharedExamples.Copy(form), ruleset, DataItemCatalogue.Default),
                        SharedExamples.Json
                    );
                    Assert.Equal(first, second);
                }
            },
            iter: Iterations
        );
    }

    [Fact]
    public void Overall_follows_from_completeness_conditions_and_limbs()
    {
        FormGenerators.AnyForm.Sample(
            form =>
            {
                foreach (var (_, _, r) in Both(form))
                {
                    // Principle 1: blocking findings, then missing evidence, then judgement, else eligible.
                    var limbs = new[] { r.Purpose.Outcome, r.Necessity.Outcome, r.Conditions.Outcome };
                    Assert.All(limbs, o => Assert.Contains(o, LimbOutcomes));
                    var severities = r.Findings.Select(f => f.Severity).ToHashSet();
                    var expected =
                        severities.Contains(FindingSeverities.Blocks) ? Ineligible
                        : severities.Contains(FindingSeverities.Missing) ? Incomplete
                        : severities.Contains(FindingSeverities.NeedsJudgement) ? Outcomes.NeedsJudgement
                        : Eligible;
                    Assert.Equal(expected, r.Overall);
                    if (limbs.Contains(NotMet))
                    {
                        Assert.Equal(Ineligible, r.Overall);
                    }
                    Assert.Equal(r.Completeness.Outcome == Incomplete, r.Completeness.Missing.Count > 0);
                    Assert.Equal(r.Completeness.Missing.Count, r.Completeness.MissingPaths.Count);
                }
            },
            iter: Iterations
        );
    }

    [Fact]
    public void Never_eligible_with_a_breached_condition_a_missing_section_or_no_research_question()
    {
        var breaches = new Func<ApplicationForm, ApplicationForm>[]
        {
            f => f.WithProject(p => p with { UsedForDecisionsAboutIndividuals = true }),
            f => f.WithProject(p => p with { OutputsCouldIdentifyIndividuals = true }),
            f => f.WithProject(p => p with { ResearchQuestions = [] }),
            f => f with { Settings = null },
            f => f with { NamedUsers = null },
            f => f with { Necessity = null },
            f => f.WithProject(p => p with { Ethics = null }),
        };

        Gen.Select(FormGenerators.AnyForm, Gen.Int[0, breaches.Length - 1])
            .Sample(
                (form, breach) =>
                {
                    foreach (var (_, _, r) in Both(breaches[breach](form)))
                    {
                        Assert.NotEqual(Eligible, r.Overall);
                    }
                },
                iter: Iterations
            );
    }

    [Fact]
    public void Removing_any_mandatory_answer_from_an_eligible_application_makes_it_incomplete()
    {
        Gen.Select(FormGenerators.EligibleForm, Gen.Int[0, CompletenessTests.Removals.Length - 1])
            .Sample(
                (form, row) =>
                {
                    var (path, remove) = CompletenessTests.Removals[row];
                    foreach (var (_, _, r) in Both(remove(form)))
                    {
                        // Incomplete, unless the gap also makes something fail (items tied to removed questions, say).
                        Assert.Contains(r.Overall, new[] { Incomplete, Ineligible });
                        Assert.Equal(Incomplete, r.Completeness.Outcome);
                        Assert.Contains(path, r.Completeness.MissingPaths);
                    }
                },
                iter: Iterations
            );
    }

    [Fact]
    public void Adding_a_justified_item_never_turns_eligible_into_ineligible()
    {
        var eligibleSeen = 0;
        Gen.Select(FormGenerators.EligibleForm, FormGenerators.JustifiedItem)
            .Sample(
                (form, item) =>
                {
                    // Principle 6: an identifying item without a described linkage is meant to fail limb 2.
                    if (DataItemCatalogue.Default.Find(item.Item)?.IsIdentifying == true && form.Necessity?.LinkageNeeded != true)
                    {
                        item = item with { Item = "gender" };
                    }

                    foreach (var (_, ruleset, before) in Both(form))
                    {
                        Assert.Equal(Eligible, before.Overall);
                        Interlocked.Increment(ref eligibleSeen);
                        var after = RegulationTest.Screen(form.AddItem(item), ruleset, DataItemCatalogue.Default);
                        Assert.Contains(after.Overall, new[] { Eligible, Outcomes.NeedsJudgement });
                    }
                },
                iter: Iterations
            );
        Assert.True(eligibleSeen >= Iterations, "The generator must produce eligible applications for this property to mean anything.");
    }

    [Fact]
    public void The_2013_wording_is_never_stricter_than_2009_on_purpose()
    {
        FormGenerators.AnyForm.Sample(
            form =>
            {
                var under2009 = RegulationTest.Screen(form, Ruleset.Wording2009, DataItemCatalogue.Default);
                var under2013 = RegulationTest.Screen(form, Ruleset.Wording2013, DataItemCatalogue.Default);
                if (under2013.Completeness.Outcome == Complete)
                {
                    Assert.True(
                        Severity(under2013.Purpose.Outcome) <= Severity(under2009.Purpose.Outcome),
                        $"2009 {under2009.Purpose.Outcome}, 2013 {under2013.Purpose.Outcome}: {string.Join(" | ", under2013.Purpose.Reasons)}"
                    );
                }

                // Limb 2 and the conditions read the same under both wordings.
                Assert.Equal(under2009.Necessity.Outcome, under2013.Necessity.Outcome);
                Assert.Equal(under2009.Conditions.Outcome, under2013.Conditions.Outcome);
            },
            iter: Iterations
        );
    }

    [Fact]
    public void Every_reason_cites_answers_that_exist_in_the_application()
    {
        FormGenerators.AnyForm.Sample(
            form =>
            {
                foreach (var (_, _, r) in Both(form))
                {
                    foreach (var limb in new[] { r.Purpose, r.Necessity, r.Conditions })
                    {
                        Assert.NotEmpty(limb.Reasons);
                        Assert.NotEmpty(limb.Evidence);
                        Assert.All(limb.Evidence, path =>
                            Assert.True(EvidencePaths.Resolves(form, path), $"{path} is not an answer in the application.")
                        );
                    }

                    Assert.All(r.Completeness.MissingPaths, path =>
                        Assert.True(EvidencePaths.Resolves(form, path), $"{path} is not a question in the application.")
                    );
                    Assert.Equal(form.DataItems?.Count ?? 0, r.DataItems.Count);
                }
            },
            iter: Iterations
        );
    }
}
