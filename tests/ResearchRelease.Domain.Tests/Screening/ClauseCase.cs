using ResearchRelease.Domain.Applications;

namespace ResearchRelease.Domain.Tests.Screening;

/// <summary>
/// One row of a clause table: a change to the eligible test form and the outcome expected under each wording.
/// Rows are looked up by name so each shows as its own test.
/// </summary>
public sealed record ClauseCase(string Name, Func<ApplicationForm, ApplicationForm> Change, string Under2009, string Under2013)
{
    public string Expected(string version) => version == "2009" ? Under2009 : Under2013;

    public static TheoryData<string, string> Rows(IEnumerable<ClauseCase> table)
    {
        var data = new TheoryData<string, string>();
        foreach (var row in table)
        {
            data.Add(row.Name, "2009");
            data.Add(row.Name, "2013");
        }

        return data;
    }
}
