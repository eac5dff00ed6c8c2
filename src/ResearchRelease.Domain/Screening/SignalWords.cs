namespace ResearchRelease.Domain.Screening;

/// <summary>
/// The words the screening looks for in free-text answers. They only point the Chief Statistician at an answer:
/// every reason built from them quotes the answer it rests on, so a false alarm is visible as one.
/// "Definite" phrases name a purpose outright; "suggestive" ones only hint at it and never fail a limb alone.
/// </summary>
internal static class SignalWords
{
    // Limb 1: what an applicant who markets or sells would say they will do. Topic words ("advertising",
    // "marketing" alone) are left out: junk-food advertising and attainment is research (principle 3).
    public static readonly Phrases MarketingIntent = new(
        "market to", "market our", "marketing campaign", "marketing campaigns", "marketing list*", "marketing material*",
        "our marketing", "sell to", "selling to", "sell our", "selling our", "sell the data", "sales leads", "sales lead",
        "lead generation", "mailing list*", "direct mail", "send offers", "sending offers", "targeted offers",
        "promote our", "promoting our", "advertise our", "advertise to", "advertising to parents", "customer acquisition",
        "prospective customers", "new customers", "potential customers", "our products", "our product", "our services",
        "our tutoring", "our app", "our platform");

    // Limb 1: enforcement action, not research into it ("police" or "exclusions" alone are topics).
    public static readonly Phrases EnforcementIntent = new(
        "enforce attendance", "enforcement action", "enforcement against", "take enforcement", "fine parents",
        "fining parents", "issue penalty notice*", "issuing penalty notice*", "prosecute", "prosecuting", "prosecution of",
        "immigration enforcement", "immigration control", "fraud investigation*", "investigate fraud", "benefit fraud",
        "pass to the police", "passed to the police", "share with the police", "shared with the police", "identify offenders");

    // Limb 1: operational case work about particular pupils or families.
    public static readonly Phrases CaseWorkIntent = new(
        "case work", "casework", "case management", "caseworker*", "individual case*", "trace pupils", "tracing pupils",
        "identify pupils at risk", "identifying pupils at risk", "identify individual pupils", "identifying individual pupils",
        "locate pupils", "locate children", "locating children", "find missing children", "children missing education list*");

    // Limb 1: journalism ("newspaper" alone is not: a newspaper-reading programme is a topic).
    public static readonly Phrases JournalismIntent = new(
        "journalism", "news story", "news stories", "news article*", "newspaper article*", "newspaper story",
        "newspaper stories", "broadcast*", "documentary", "documentaries", "name and shame", "naming and shaming",
        "our readers", "our viewers", "our listeners", "front page");

    // Limb 1: an "other" activity whose outputs are commercial.
    public static readonly Phrases CommercialOutputs = new(
        "product*", "commercial*", "app", "apps", "software", "subscription*", "for sale", "paid service*", "licens*",
        "revenue", "profit*", "tutoring service*", "pricing", "sales", "customers", "marketing campaign*");

    // Limb 1 (2009): research into the educational achievements of pupils.
    public static readonly Phrases Achievement = new(
        "attain*", "achiev*", "underachiev*", "result", "results", "gcse*", "a level", "a levels", "qualification*",
        "exam", "exams", "examination*", "grade", "grades", "key stage*", "ks1", "ks2", "ks3", "ks4", "ks5",
        "progress*", "test score*", "phonics", "sats", "educational outcome*", "learning outcome*", "literacy",
        "numeracy", "reading", "maths", "mathematics", "ebacc", "value added");

    // Limb 2 (principle 6): a question about a published headline measure for schools, areas or the country, with
    // nothing that needs pupil-level records, is answerable from published tables.
    public static readonly Phrases AggregateMeasure = new(
        "average*", "mean", "means", "median", "percentage*", "proportion*", "share of", "number of", "how many",
        "rate", "rates", "progress 8", "attainment 8", "headline*", "league table*", "performance table*", "pass rate*",
        "national figure*", "school level", "per school", "ranking*", "totals", "overall results");

    public static readonly Phrases Institution = new(
        "school", "schools", "academy", "academies", "local authorit*", "trust", "trusts", "region*", "maintained",
        "national*", "england", "area", "areas", "constituenc*", "school type*", "multi academy");

    // What published tables cannot give: the same pupils followed, their characteristics, or modelling.
    public static readonly Phrases PupilLevel = new(
        "same pupil*", "same child*", "individual*", "prior attainment", "progress from", "between key stage*",
        "from key stage*", "control*", "adjust*", "link*", "follow*", "track*", "gap", "gaps", "free school meal*", "fsm",
        "disadvantag*", "eligib*", "ethnic*", "special educational need*", "send", "sen", "first language", "eal",
        "girls", "boys", "gender", "month of birth", "born", "who", "whose", "similar", "among", "likel*", "probabilit*",
        "chance*", "predict*", "explain*", "associat*", "relationship*", "effect*", "impact*", "differ by", "vary by",
        "characteristic*", "subgroup*", "intersection*", "combination*", "mobility", "moved", "move school*",
        "absence", "absent", "excluded", "exclusion*", "persist*", "trajector*", "distribution*", "cohort*");

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

    // Principle 7: keeping data for unspecified future use is not research into the stated questions.
    public static readonly Phrases FutureUse = new(
        "future research", "future project*", "future studies", "future study", "future use*", "future work",
        "later studies", "later study", "later projects", "later research", "further studies", "further research projects",
        "other projects", "other studies", "other research", "reuse", "reused", "re use", "re used", "re using", "reusing",
        "secondary use*", "indefinitely", "in perpetuity", "permanently", "archive*", "data bank", "databank",
        "resource for other researchers", "just in case", "might be useful",
        "may be useful");

    // Principle 6: a specific reason for identifying items: linkage through a trusted third party.
    public static readonly Phrases TrustedThirdParty = new(
        "trusted third party", "third party", "linkage service*", "linking service*", "ons", "office for national statistics",
        "dfe links", "department links", "department for education links", "dfe will link", "dfe matches", "the department matches",
        "never see", "do not see", "will not see", "not see the identifiers", "pseudonymised", "pseudonymized", "de identified",
        "deidentified", "only to");

    // An identifying item whose justification gives a specific, checkable use of it (judgement, not "not met").
    public static readonly Phrases SpecificIdentifierUse = new(
        "link*", "match*", "deriv*", "geograph*", "deprivation", "idaci", "imd", "distance*", "travel*", "neighbourhood*",
        "lsoa", "output area*", "age in months", "month of birth", "relative age", "birth date effect*", "summer born");
}
