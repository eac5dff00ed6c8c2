namespace ResearchRelease.Domain.Screening;

/// <summary>
/// The questions as the researcher saw them on the form, so that a reason names "your answer to <i>Where will the
/// data be processed?</i>" rather than a field path (issue: words a person can read).
/// </summary>
internal static class QuestionLabels
{
    public const string Title = "your project title";
    public const string LaySummary = "your answer to \"Summary in plain English\"";
    public const string Output = "your intended output";
    public const string PublicBenefit = "your answer to \"Public benefit\"";
    public const string DisclosureControl = "your answer to \"How will you stop outputs identifying anyone?\"";
    public const string WhyAggregate = "your answer to \"Why would published or aggregate statistics not answer your questions?\"";
    public const string LinkageDescription = "your answer to \"If yes, describe the linkage and who will carry it out\"";
    public const string ProcessingLocation = "your answer to \"Where will the data be processed?\"";
    public const string RetentionReason = "your answer to \"Why do you need to keep the data until then?\"";
    public const string EthicsNotRequiredReason = "your answer to \"If ethics approval is not required, why not?\"";
    public const string Activity = "your answer to \"What will you be doing?\"";
    public const string SubjectFocus = "your answer to \"What is the research about?\"";
    public const string SolelyCommercial = "your answer to \"Is the project solely for commercial gain?\"";
    public const string UsedForDecisions =
        "your answer to \"Will the results be used to make decisions about particular pupils " + "or people?\"";
    public const string OutputsCouldIdentify = "your answer to \"Could any output identify an individual?\"";
    public const string AccessRoute = "your answer to \"How will you access the data?\"";
    public const string Certifications = "your answer to \"Security certification\"";
    public const string RetentionEnd = "your answer to \"Date by which the data will be destroyed\"";
    public const string Article9 = "your answer to \"Condition for special category data (UK GDPR Article 9)\"";
    public const string LinkageNeeded = "your answer to \"Do you need to link the data to other data?\"";

    public static string Question(QuestionView q) => $"research question {q.Name}";
}
