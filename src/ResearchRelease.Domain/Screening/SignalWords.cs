namespace ResearchRelease.Domain.Screening;

/// <summary>
/// The words the screening looks for in free-text answers. They only point the Chief Statistician at an answer:
/// every reason built from them quotes the answer it rests on, so a false alarm is visible as one.
/// "Definite" phrases name a purpose outright; "suggestive" ones only hint at it and never fail a limb alone.
/// </summary>
internal static class SignalWords
{
    // Limb 1: marketing or selling a product is not research (domain.md, "The regulation test").
    public static readonly Phrases MarketingDefinite = new(
        "marketing", "market to", "advertis*", "advert", "adverts", "sell", "sells", "selling", "sales leads",
        "lead generation", "mailing list*", "direct mail", "promotional", "send offers", "targeted offers",
        "customer acquisition", "prospective customers");

    public static readonly Phrases MarketingSuggestive = new("customer*", "client acquisition", "sales", "outreach to parents");

    // Limb 1: enforcement is not research.
    public static readonly Phrases EnforcementDefinite = new(
        "enforcement", "enforce", "enforcing", "prosecut*", "penalty notice*", "fixed penalty", "fine parents",
        "fining parents", "immigration control", "fraud investigation*", "investigate fraud", "benefit fraud",
        "police investigation*", "criminal investigation*");

    public static readonly Phrases EnforcementSuggestive = new("sanction*", "penalties", "immigration status");

    // Limb 1 and DfE's conditions: operational case work about particular pupils or families.
    public static readonly Phrases CaseWorkDefinite = new(
        "case work", "casework", "caseworker*", "case management", "list of pupils", "list of children",
        "list of families", "list of names", "pupil list*", "named pupils", "names of pupils", "names and addresses",
        "contact families", "contact parents", "contact the families", "letters to families", "trace pupils",
        "tracing pupils", "locate pupils", "locate children", "target individual pupils", "individual interventions",
        "refer pupils", "referrals of pupils");

    public static readonly Phrases CaseWorkSuggestive = new(
        "identify individual*", "identifying individual*", "identify pupils", "identifying pupils", "pupils at risk",
        "intervention list*", "referral*");

    // Limb 1: journalism about identifiable people is not research ("journal" alone is not journalism).
    public static readonly Phrases JournalismDefinite = new(
        "journalism", "journalist*", "news story", "news stories", "news article*", "news report*", "newspaper*",
        "broadcast*", "name and shame", "naming and shaming", "expose");

    public static readonly Phrases JournalismSuggestive = new("documentary", "documentaries");

    // Limb 1: an "other" activity whose outputs are commercial.
    public static readonly Phrases CommercialOutputs = new(
        "product*", "commercial*", "app", "apps", "software", "subscription*", "for sale", "paid service*", "licens*",
        "revenue", "profit*", "tutoring service*", "pricing", "sales", "customers");

    // DfE's condition: no individual identified in results.
    public static readonly Phrases IdentifyingOutputs = new(
        "list of pupils", "list of children", "list of families", "list of names", "pupil list*", "named pupils",
        "names of pupils", "names and addresses", "pupil level file*", "pupil level data", "individual pupil report*",
        "individual records", "contact list*", "mailing list*");

    // Limb 1 (2009): research into the educational achievements of pupils.
    public static readonly Phrases Achievement = new(
        "attain*", "achiev*", "underachiev*", "result", "results", "gcse*", "a level", "a levels", "qualification*",
        "exam", "exams", "examination*", "grade", "grades", "key stage*", "ks1", "ks2", "ks3", "ks4", "ks5",
        "progress*", "test score*", "phonics", "sats", "educational outcome*", "learning outcome*", "literacy",
        "numeracy", "reading", "maths", "mathematics", "ebacc", "value added");

    // Limb 2: questions about school-level averages that published performance tables may already answer.
    public static readonly Phrases AggregateMeasure = new(
        "average*", "mean score*", "mean attainment", "school level", "per school", "league table*",
        "performance table*", "national figure*", "headline measure*");

    public static readonly Phrases Institution = new(
        "school", "schools", "academy", "academies", "local authorit*", "trust", "trusts", "region*", "maintained");

    public static readonly Phrases PupilLevel = new(
        "pupil*", "individual*", "child", "children", "student*", "learner*", "gap", "gaps", "disadvantag*",
        "eligib*", "prior attainment", "progress from", "girls", "boys", "cohort*", "characteristic*");

    // Limb 2: why aggregate data is not enough. Convenience is not a reason.
    public static readonly Phrases Convenience = new(
        "convenien*", "easier", "easiest", "simpler", "quicker", "faster", "just in case", "in case", "might be useful",
        "may be useful", "could be useful", "might need", "nice to have", "prefer*", "rather have", "raw data",
        "flexib*", "all the data", "as much data", "more data");

    public static readonly Phrases SubstantiveReason = new(
        "same pupil*", "same child*", "individual pupil*", "individual level", "pupil level", "child level",
        "individual children", "link*", "across key stages", "between key stages", "over time", "longitudinal*",
        "follow*", "track*", "control*", "adjust*", "prior attainment", "not published", "unpublished", "only give*",
        "only provide*", "only show*", "only report*", "subgroup*", "sub group*", "small group*", "intersection*",
        "cohort*", "model*", "regression*", "multilevel", "value added", "matched", "matching", "cannot be answered",
        "can not be answered", "not available", "not broken down", "breakdown*", "distribution*");

    // Data minimisation: a justification that says nothing about why the item is needed.
    public static readonly Phrases BoilerplateJustification = new(
        "needed", "need", "required", "requirement", "necessary", "needed for the file", "for the file",
        "needed for analysis", "for analysis", "analysis", "for research", "research", "useful", "might be useful",
        "may be useful", "just in case", "in case", "for completeness", "completeness", "standard",
        "standard variable", "as usual", "n a", "na", "none", "tbc", "tbd", "see above", "as above", "yes", "x");

    // Settings: processing in the UK.
    public static readonly Phrases UnitedKingdom = new(
        "uk", "united kingdom", "england", "great britain", "gb", "wales", "scotland", "northern ireland", "london");
}
