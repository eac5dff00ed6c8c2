using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Catalogue;

namespace ResearchRelease.Domain.Screening;

/// <summary>
/// One application read once for screening: null sections replaced by empty ones (drafts are partial), codes
/// trimmed and lower-cased, free text normalised, data items looked up in the catalogue.
/// </summary>
internal sealed class ScreeningContext
{
    public ScreeningContext(
        ApplicationForm form,
        Ruleset ruleset,
        DataItemCatalogue catalogue,
        ScreeningPolicy policy,
        DateOnly? screenedOn
    )
    {
        Form = form;
        Ruleset = ruleset;
        Policy = policy;
        Catalogue = catalogue;
        ScreenedOn = screenedOn;
        Project = form.Project ?? new ProjectDetails();
        Necessity = form.Necessity ?? new NecessityCase();
        Settings = form.Settings ?? new Settings();
        Activity = Code(Project.Activity);
        FocusList = (Project.SubjectFocus ?? []).Select(Code).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        Questions = (Project.ResearchQuestions ?? [])
            .Select((q, i) => new QuestionView(i, q?.Id, q?.Text, TextMatch.Normalise(q?.Text)))
            .ToList();
        QuestionIds = Questions
            .Where(q => !string.IsNullOrWhiteSpace(q.Id))
            .Select(q => q.Id!.Trim())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        Items = (form.DataItems ?? [])
            .Select((r, i) => (Request: r ?? new RequestedDataItem(), Index: i))
            .Select(x => new ItemView(x.Index, x.Request.Item?.Trim() ?? string.Empty, catalogue.Find(x.Request.Item), x.Request))
            .ToList();
        Sources = BuildSources();
    }

    public ApplicationForm Form { get; }

    public Ruleset Ruleset { get; }

    public ScreeningPolicy Policy { get; }

    public DataItemCatalogue Catalogue { get; }

    /// <summary>The submission (or screening) date: the retention limit runs from it. Null when the caller has none.</summary>
    public DateOnly? ScreenedOn { get; }

    public ProjectDetails Project { get; }

    public NecessityCase Necessity { get; }

    public Settings Settings { get; }

    /// <summary>The activity code, trimmed and lower-case; null when not answered.</summary>
    public string? Activity { get; }

    /// <summary>The subject focus codes in the order given, without repeats.</summary>
    public IReadOnlyList<string> FocusList { get; }

    public IReadOnlyList<QuestionView> Questions { get; }

    public IReadOnlySet<string> QuestionIds { get; }

    public IReadOnlyList<ItemView> Items { get; }

    /// <summary>The free-text answers that say what the project is for, title and outputs first.</summary>
    public IReadOnlyList<TextSource> Sources { get; }

    public string? OrganisationType => Code(Form.Organisation?.Type);

    public string? AccessRoute => Code(Settings.AccessRoute);

    public bool AnyIdentifyingItem => Items.Any(i => i.Definition?.IsIdentifying == true);

    /// <summary>Special category under UK GDPR Article 9, by the catalogue's marking or the policy's list.</summary>
    public bool IsSpecialCategory(ItemView item) =>
        item.Definition?.IsSpecialCategory == true || Policy.SpecialCategoryItems.Contains(item.Code.ToLowerInvariant());

    /// <summary>Highly sensitive, by the catalogue's tier or the policy's list.</summary>
    public bool IsHighlySensitive(ItemView item) =>
        item.Definition?.IsHighlySensitive == true || Policy.HighlySensitiveItems.Contains(item.Code.ToLowerInvariant());

    public bool LinkageDescribed => Necessity.LinkageNeeded == true && !TextMatch.IsBlank(Necessity.LinkageDescription);

    /// <summary>The research questions that are about attainment, progress or qualifications.</summary>
    public IReadOnlyList<QuestionView> AchievementQuestions() => Questions.Where(q => SignalWords.Achievement.In(q.Normalised)).ToList();

    public static string? Code(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();

    private List<TextSource> BuildSources()
    {
        var sources = new List<TextSource>();
        void Add(string path, string label, string? raw, bool statesPurpose)
        {
            if (!TextMatch.IsBlank(raw))
            {
                sources.Add(new TextSource(path, label, raw!, TextMatch.Normalise(raw), statesPurpose));
            }
        }

        Add(FormPaths.Title, QuestionLabels.Title, Project.Title, statesPurpose: true);
        var outputs = Project.IntendedOutputs ?? [];
        for (var i = 0; i < outputs.Count; i++)
        {
            Add(FormPaths.Output(i), QuestionLabels.Output, outputs[i], statesPurpose: true);
        }

        Add(FormPaths.LaySummary, QuestionLabels.LaySummary, Project.LaySummary, statesPurpose: false);
        Add(FormPaths.PublicBenefit, QuestionLabels.PublicBenefit, Project.PublicBenefit, statesPurpose: false);
        foreach (var q in Questions)
        {
            Add(q.TextPath, QuestionLabels.Question(q), q.Text, statesPurpose: false);
        }

        Add(FormPaths.DisclosureControl, QuestionLabels.DisclosureControl, Project.DisclosureControl, statesPurpose: false);
        Add(FormPaths.WhyAggregateIsNotEnough, QuestionLabels.WhyAggregate, Necessity.WhyAggregateIsNotEnough, statesPurpose: false);
        Add(FormPaths.RetentionReason, QuestionLabels.RetentionReason, Settings.RetentionReason, statesPurpose: false);

        return sources;
    }
}
