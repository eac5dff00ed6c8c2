using System.Text.Json.Nodes;

namespace ResearchRelease.Workflow.Tests.Definitions;

public sealed class ProcessDefinitionValidatorTests
{
    [Fact]
    public void The_published_v1_is_valid() => Assert.Empty(DefinitionJson.Errors(DefinitionJson.V1()));

    [Theory]
    [MemberData(nameof(Broken))]
    public void Each_broken_variant_is_reported_naming_the_file_and_node(string expected, Action<JsonObject> breakIt)
    {
        var definition = DefinitionJson.V1();
        breakIt(definition);

        var errors = DefinitionJson.Errors(definition);

        Assert.Contains(errors, e =>
            e.StartsWith(DefinitionJson.FileName + ": ", StringComparison.Ordinal) && e.Contains(expected, StringComparison.Ordinal)
        );
    }

    public static TheoryData<string, Action<JsonObject>> Broken() =>
        new()
        {
            { "start node 'begin' does not exist", d => d["start"] = "begin" },
            {
                "node 'screen': leads to node 'nowhere', which does not exist",
                d => d.Node("screen")["transitions"]!["eligible"] = "nowhere"
            },
            {
                "node 'screen': outcome 'incomplete' of activity 'screen' has no transition",
                d => d.Node("screen")["transitions"]!.AsObject().Remove("incomplete")
            },
            {
                "node 'screen': transition 'maybe' is not a declared outcome of activity 'screen'",
                d => d.Node("screen")["transitions"]!["maybe"] = "approved"
            },
            {
                "node 'await-decision': payload 'return' of signal 'decided' has no transition",
                d => d.Node("await-decision")["transitions"]!.AsObject().Remove("return")
            },
            { "node 'await-decision': signal is missing", d => d.Node("await-decision").Remove("signal") },
            { "node 'await-decision': signal 'decision' is not declared", d => d.Node("await-decision")["signal"] = "decision" },
            { "node 'screen': activity 'triage' is not declared", d => d.Node("screen")["activity"] = "triage" },
            { "node 'return-to-researcher': needs exactly one of next or transitions", d => d.Node("return-to-researcher").Remove("next") },
            {
                "node 'route-to-chief-statistician': has transitions, but activity 'route-to-chief-statistician' declares no outcomes",
                d =>
                {
                    d.Node("route-to-chief-statistician").Remove("next");
                    d.Node("route-to-chief-statistician")["transitions"] = new JsonObject { ["done"] = "await-decision" };
                }
            },
            { "node 'approved': type 'finish' is not one of", d => d.Node("approved")["type"] = "finish" },
            { "node 'approved': an end node takes no next", d => d.Node("approved")["next"] = "refused" },
            { "node 'refused': description is missing", d => d.Node("refused").Remove("description") },
            {
                "node 'orphan' cannot be reached from the start node 'screen'",
                d => d["nodes"]!["orphan"] = new JsonObject { ["type"] = "end", ["description"] = "Never reached." }
            },
            {
                "node 'refused': no end node can be reached from it",
                d =>
                    d["nodes"]!["refused"] = new JsonObject
                    {
                        ["type"] = "wait",
                        ["description"] = "A dead end.",
                        ["signal"] = "resubmitted",
                        ["advancesRound"] = true,
                        ["next"] = "refused",
                    }
            },
            { "form a loop within one round", d => d.Node("await-resubmission")["advancesRound"] = false },
            {
                "both run activity 'screen' in the same round",
                d =>
                {
                    d.Node("route-to-chief-statistician")["next"] = "screen-again";
                    d["nodes"]!["screen-again"] = new JsonObject
                    {
                        ["type"] = "activity",
                        ["description"] = "Screens twice.",
                        ["activity"] = "screen",
                        ["transitions"] = new JsonObject
                        {
                            ["eligible"] = "await-decision",
                            ["needs_judgement"] = "await-decision",
                            ["ineligible"] = "await-decision",
                            ["incomplete"] = "await-decision",
                        },
                    };
                }
            },
            {
                "activity 'screen' declares outcome 'eligible' twice",
                d => d["activities"]!["screen"]!["outcomes"]!.AsArray().Add("eligible")
            },
            { "not a valid definition", d => d.Node("screen")["transition"] = "typo" },
            { "not a valid definition", d => d["start"] = null },
            { "version must be 1 or more", d => d["version"] = 0 },
            { "id 'Research Release' must be lower-case", d => d["id"] = "Research Release" },
        };

    [Fact]
    public void A_file_not_named_after_its_id_and_version_is_refused()
    {
        var errors = DefinitionJson.Errors(DefinitionJson.V1(), "research-release.json");

        Assert.Contains("research-release.json: the file must be named 'research-release.v1.json' after its id and version", errors);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var definition = DefinitionJson.V1();
        definition.Node("screen")["transitions"]!["eligible"] = "nowhere";
        definition.Node("refused").Remove("description");

        Assert.Equal(2, DefinitionJson.Errors(definition).Count);
    }
}
