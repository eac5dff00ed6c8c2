using System.Text.RegularExpressions;

namespace ResearchRelease.Domain.Screening;

/// <summary>
/// Descriptions, in free text, of measures or decisions about particular pupils or families, or of outputs naming
/// them (screening policy principle 4): lists of named pupils, risk scores per pupil, contact with families. Each
/// pattern runs on one normalised clause (lower-case words, single spaces) and returns where the description starts,
/// so that <see cref="Statements"/> can tell "we will send each school a list of pupils" from "no list of pupils
/// will leave the research environment". Compiled once, at build time.
/// </summary>
internal static partial class IndividualMeasures
{
    private const string People =
        "(?:pupils?|children|child|students?|learners?|families|family|parents?|carers?|households|young people|individuals)";

    // "list of (at risk | its own | the) pupils"; the words between may not turn it into a list of something else.
    [GeneratedRegex(
        @" (?:list|lists|register|registers|roster|rosters|spreadsheet|names|contact details) of (?:(?!for |about |by |on |with |from |of |per |schools? )[a-z0-9]+ ){0,4}?"
            + People
            + " ",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex ListOfPeople();

    [GeneratedRegex(@" (?:named|identified) (?:at risk )?" + People + " ", RegexOptions.CultureInvariant)]
    private static partial Regex NamedPeople();

    [GeneratedRegex(
        @" (?:identified|named|listed|labelled) by (?:their |its |the |each )?(?:unique pupil numbers?|upns?|names?|pupil numbers?) ",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex IdentifiedByNumber();

    [GeneratedRegex(
        @" (?:risk|predicted|prediction|probability) (?:scores?|ratings?|flags?|rankings?|ranks?|levels?) (?:for|of|per|to|on) (?:each|every|individual|named|all|the) (?:individual )?"
            + People
            + " ",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex ScorePerPupil();

    [GeneratedRegex(
        @" (?:each|every|individual|named) (?:pupil|child|student|learner)s? (?:[a-z0-9]+ ){0,3}?(?:risk|predicted|prediction) (?:scores?|ratings?|flags?|rankings?) ",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex PupilWithScore();

    [GeneratedRegex(
        @" (?:flag|flags|flagging|target|targets|targeting|targetting|refer|referring|single out|singling out) (?:individual |named |specific |particular |vulnerable |the )?(?:at risk )?"
            + People
            + " ",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex TargetPeople();

    [GeneratedRegex(
        @" (?:contact|contacting|write to|writing to|letters? to|visit|visiting|phone|phoning|telephone|email|emailing|approach|approaching|send offers to|sending offers to) (?:the |their |these |those |each |individual |selected |identified |eligible )?"
            + People
            + " ",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex ContactPeople();

    [GeneratedRegex(
        " "
            + People
            + @" (?:[a-z0-9]+ ){0,3}?(?:will|would|are to|shall|can|may) (?:also )?be (?:contacted|visited|approached|written to|telephoned|emailed|sent offers) ",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex PeopleContacted();

    [GeneratedRegex(
        @" (?:individual|named|pupil level) (?:results|records|scores|data|reports?|predictions) (?:[a-z0-9]+ ){0,3}?(?:to|with) (?:the |each |their |individual )?(?:schools?|teachers|parents|families|local authorit[a-z]*|social workers?|police) ",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex PupilDataBackToServices();

    private static readonly Func<string, int>[] Patterns =
    [
        Find(ListOfPeople()),
        Find(NamedPeople()),
        Find(IdentifiedByNumber()),
        Find(ScorePerPupil()),
        Find(PupilWithScore()),
        Find(TargetPeople()),
        Find(PupilDataBackToServices()),
    ];

    private static readonly Func<string, int>[] ContactPatterns = [Find(ContactPeople()), Find(PeopleContacted())];

    // Contact for taking part in the research itself (a survey, interviews, consent) is not a measure about a pupil
    // chosen from the data; it still needs a person to check that pupil data is not used to choose or reach anyone.
    private static readonly Phrases Recruitment = new(
        "survey*",
        "questionnaire*",
        "interview*",
        "consent*",
        "take part",
        "taking part",
        "participat*",
        "recruit*",
        "opt out",
        "opt in",
        "focus group*",
        "invit*"
    );

    // Every pattern names people (or a pupil number): an answer without such a word is skipped with one cheap scan.
    private static readonly Phrases PeopleWords = new(
        "pupil*",
        "child*",
        "student*",
        "learner*",
        "famil*",
        "parent*",
        "carer*",
        "household*",
        "young people",
        "individual*",
        "upn*",
        "name*"
    );

    /// <summary>
    /// The clause that states, as intent, a measure about, an output naming or contact with particular people, and
    /// whether it is only contact to take part in the research; null if there is none.
    /// </summary>
    public static (Clause Clause, bool Recruitment)? Described(TextSource source)
    {
        if (!PeopleWords.In(source.Normalised))
        {
            return null;
        }

        foreach (var pattern in Patterns)
        {
            if (source.Affirming(pattern) is { } clause)
            {
                return (clause, false);
            }
        }

        foreach (var pattern in ContactPatterns)
        {
            if (source.Affirming(pattern) is { } clause)
            {
                return (clause, Recruitment.In(clause.Normalised));
            }
        }

        return null;
    }

    private static Func<string, int> Find(Regex regex) =>
        clause =>
        {
            var m = regex.Match(clause);
            return m.Success ? m.Index : -1;
        };
}
