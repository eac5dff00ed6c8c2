using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Resilience.Crash;

/// <summary>
/// One application the harness drives to its end, and what that end must be. Four paths, by number: approved;
/// refused; returned by the Chief Statistician and approved in round 2; returned by screening (incomplete), completed
/// and approved in round 2. The title is unique in the run, so an application whose creation answer was lost to a
/// kill is found again by its title instead of being created twice.
/// </summary>
public sealed class HarnessApplication(int number, string run)
{
    public const string Organisation = "Crash Harness University";

    public int Number { get; } = number;
    public string Path { get; } =
        (number % 4) switch
        {
            0 => "approve",
            1 => "refuse",
            2 => "chief-returns",
            _ => "screening-returns",
        };
    public string Title { get; } = $"Crash harness {run} application {number}";

    public Guid? Id { get; set; }

    /// <summary>A create was sent whose answer never came: look for the title before sending another.</summary>
    public bool CreateUnconfirmed { get; set; }

    public bool Done { get; set; }

    public int ExpectedRounds => Path is "chief-returns" or "screening-returns" ? 2 : 1;
    public int ExpectedDecisions => Path == "chief-returns" ? 2 : 1;
    public string ExpectedStatus => Path == "refuse" ? "Refused" : "Approved";
    public string ExpectedLetter => Path == "refuse" ? "refusal" : "approval";

    /// <summary>The first submission: the incomplete example (pub-06) for the screening-return path.</summary>
    public string FirstForm => Form(Path == "screening-returns" ? "pub-06" : "pub-01");

    /// <summary>The completed form the researcher saves after screening sent the application back.</summary>
    public string CompleteForm => Form("pub-01");

    /// <summary>The Chief Statistician's decision for the round the application is in.</summary>
    public object DecisionFor(int round) =>
        (Path, round) switch
        {
            ("refuse", _) => new { outcome = "refuse", reasons = "Published statistics answer these research questions." },
            ("chief-returns", 1) => new { outcome = "return", reasons = "Say how outputs will be checked before publication." },
            _ => new
            {
                outcome = "approve",
                endDate = DateTime.UtcNow.AddYears(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                reasons = "Sound design and clear public benefit.",
            },
        };

    private string Form(string caseId) => Variants.Of(caseId, Organisation, title: Title);
}
