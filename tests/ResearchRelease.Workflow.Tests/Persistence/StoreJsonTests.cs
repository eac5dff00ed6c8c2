using Newtonsoft.Json;
using ResearchRelease.Workflow.Engine;
using ResearchRelease.Workflow.Persistence;
using WorkflowCore.Models;

namespace ResearchRelease.Workflow.Tests.Persistence;

public sealed class StoreJsonTests
{
    [Fact]
    public void Workflow_data_comes_back_as_its_own_type()
    {
        var data = new ProcessData
        {
            ApplicationId = Guid.NewGuid(),
            Round = 2,
            CurrentNode = "screen",
            LastOutcome = "return",
        };

        var back = Assert.IsType<ProcessData>(StoreJson.DeserializeObject(StoreJson.SerializeObject(data)));

        Assert.Equal((data.ApplicationId, 2, "screen", "return"), (back.ApplicationId, back.Round, back.CurrentNode, back.LastOutcome));
    }

    [Fact]
    public void Engine_types_and_strings_come_back_as_themselves()
    {
        Assert.IsType<ControlPersistenceData>(
            StoreJson.DeserializeObject(StoreJson.SerializeObject(new ControlPersistenceData { ChildrenActive = true }))
        );
        Assert.Equal("approve", StoreJson.DeserializeObject(StoreJson.SerializeObject("approve")));
        var attributes = StoreJson.Deserialize<Dictionary<string, object?>>(
            StoreJson.Serialize(
                new Dictionary<string, object?>
                {
                    ["list"] = new List<string> { "a" },
                    ["guid"] = Guid.Empty,
                }
            )
        );
        Assert.Equal(["a"], Assert.IsType<List<string>>(attributes["list"]));
    }

    [Theory]
    [InlineData("{\"$type\":\"System.IO.FileInfo, System.Private.CoreLib\",\"OriginalPath\":\"/etc/passwd\"}")]
    [InlineData("{\"$type\":\"System.Diagnostics.Process, System.Diagnostics.Process\"}")]
    [InlineData(
        "{\"$type\":\"System.Collections.Generic.List`1[[System.IO.DirectoryInfo, System.Private.CoreLib]], System.Private.CoreLib\",\"$values\":[]}"
    )]
    public void Type_names_outside_the_allow_list_are_refused(string json) =>
        Assert.Throws<JsonSerializationException>(() => StoreJson.DeserializeObject(json));
}
