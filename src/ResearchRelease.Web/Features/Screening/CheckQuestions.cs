using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Infrastructure;

namespace ResearchRelease.Web.Features.Screening;

/// <summary>
/// The questions of "Check if you can apply", one per page, in order, each written to the person answering. Each
/// knows how to read and write its answer in <see cref="CheckInput"/> and what to say when the answer is missing.
/// </summary>
public static class CheckQuestions
{
    public enum Kind
    {
        Radios,
        Checkboxes,
        Text,
    }

    /// <summary>One question. <paramref name="Missing"/> is the GOV.UK error message when there is no answer.</summary>
    public sealed record Question(
        string Slug,
        Kind Type,
        string Title,
        string? Hint,
        string Missing,
        string Short,
        IReadOnlyList<(string Code, string Label)> Options
    );

    /// <summary>A short answer is enough for a check; the application itself takes the full text.</summary>
    public const int MaxText = 1_000;

    private static readonly (string, string)[] YesNo = [("yes", "Yes"), ("no", "No")];

    private static (string, string)[] Named(IEnumerable<string> codes) => codes.Select(c => (c, DisplayNames.For(c))).ToArray();

    public static readonly IReadOnlyList<Question> All =
    [
        new(
            "organisation",
            Kind.Radios,
            "What type of organisation do you work for?",
            null,
            "Select the type of organisation you work for",
            "Your organisation",
            Named(FormCodes.OrganisationTypes)
        ),
        new(
            "activity",
            Kind.Radios,
            "What will you do with the data?",
            null,
            "Select what you will do with the data",
            "What you will do",
            Named(FormCodes.Activities)
        ),
        new(
            "subject",
            Kind.Checkboxes,
            "What is your project about?",
            "Select all that apply.",
            "Select what your project is about",
            "What your project is about",
            Named(FormCodes.SubjectFocus)
        ),
        new(
            "decisions",
            Kind.Radios,
            "Will your results be used to make decisions about particular pupils?",
            "For example, to choose which pupils get an intervention or to check a named pupil's record.",
            "Select yes if your results will be used to make decisions about particular pupils",
            "Decisions about particular pupils",
            YesNo
        ),
        new(
            "identify",
            Kind.Radios,
            "Could anything you publish identify a pupil?",
            "For example, case studies, small tables or lists of named pupils.",
            "Select yes if anything you publish could identify a pupil",
            "Could identify a pupil",
            YesNo
        ),
        new(
            "disclosure",
            Kind.Text,
            "How will you make sure no pupil can be identified in your results?",
            "For example, output checking by a trusted research environment and suppressing small counts.",
            "Enter how you will make sure no pupil can be identified in your results",
            "Keeping pupils unidentifiable",
            []
        ),
        new(
            "benefit",
            Kind.Text,
            "How will your work benefit children's education or well-being?",
            null,
            "Enter how your work will benefit children's education or well-being",
            "Benefit to children",
            []
        ),
        new(
            "aggregate",
            Kind.Text,
            "Why are published or aggregate statistics not enough for your project?",
            "Say what you need to do with pupil-level records that school or national tables cannot give you.",
            "Enter why published or aggregate statistics are not enough",
            "Why published statistics are not enough",
            []
        ),
        new(
            "data",
            Kind.Checkboxes,
            "Which kinds of data would you need?",
            "Select all that apply.",
            "Select the kinds of data you would need",
            "Data you would need",
            DataKinds.All.Select(k => (k.Code, k.Label)).ToArray()
        ),
    ];

    public static int IndexOf(Question question) => All.ToList().IndexOf(question);

    public static Question? Find(string? slug) => All.FirstOrDefault(q => q.Slug == slug);

    public static Question? After(Question question) => All.SkipWhile(q => q != question).Skip(1).FirstOrDefault();

    public static Question? Before(Question question) => All.TakeWhile(q => q != question).LastOrDefault();

    /// <summary>The first question without an answer, or null when every question is answered.</summary>
    public static Question? FirstUnanswered(CheckInput input) => All.FirstOrDefault(q => Values(input, q).Count == 0);

    /// <summary>The answer as its codes (choices) or its one text.</summary>
    public static IReadOnlyList<string> Values(CheckInput input, Question q) =>
        q.Slug switch
        {
            "organisation" => One(input.OrganisationType),
            "activity" => One(input.Activity),
            "subject" => input.SubjectFocus,
            "decisions" => One(input.DecisionsAboutIndividuals),
            "identify" => One(input.OutputsIdentify),
            "disclosure" => One(input.DisclosureControl),
            "benefit" => One(input.PublicBenefit),
            "aggregate" => One(input.WhyAggregateIsNotEnough),
            "data" => input.DataKinds,
            _ => [],
        };

    /// <summary>Checks an answer as posted: null when it is acceptable, else the message to show beside the question.</summary>
    public static string? Problem(Question q, IReadOnlyList<string> posted)
    {
        var values = posted.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        if (values.Count == 0)
            return q.Missing;
        return q.Type switch
        {
            Kind.Text => values[0].Trim().Length > MaxText ? $"Your answer must be {MaxText:N0} characters or fewer" : null,
            Kind.Radios when values.Count > 1 || !q.Options.Any(o => o.Code == values[0]) => q.Missing,
            Kind.Checkboxes when values.Any(v => !q.Options.Any(o => o.Code == v)) => q.Missing,
            _ => null,
        };
    }

    /// <summary>The answers with this question's answer replaced (call only with an answer <see cref="Problem"/> accepted).</summary>
    public static void Set(CheckInput input, Question q, IReadOnlyList<string> posted)
    {
        var values = posted.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct().ToList();
        var first = values.FirstOrDefault();
        switch (q.Slug)
        {
            case "organisation":
                input.OrganisationType = first;
                break;
            case "activity":
                input.Activity = first;
                break;
            case "subject":
                input.SubjectFocus = values;
                break;
            case "decisions":
                input.DecisionsAboutIndividuals = first;
                break;
            case "identify":
                input.OutputsIdentify = first;
                break;
            case "disclosure":
                input.DisclosureControl = first;
                break;
            case "benefit":
                input.PublicBenefit = first;
                break;
            case "aggregate":
                input.WhyAggregateIsNotEnough = first;
                break;
            case "data":
                input.DataKinds = values;
                break;
        }
    }

    /// <summary>The answer as a person reads it on the check answers page.</summary>
    public static string Words(CheckInput input, Question q)
    {
        var values = Values(input, q);
        return q.Type == Kind.Text
            ? (values.Count > 0 ? values[0] : "")
            : string.Join(", ", values.Select(v => q.Options.FirstOrDefault(o => o.Code == v).Label ?? v));
    }

    private static IReadOnlyList<string> One(string? value) => string.IsNullOrWhiteSpace(value) ? [] : [value];
}
