namespace ResearchRelease.Domain.Screening;

/// <summary>
/// Screening policy principle 3: what the applicant will do, not which words appear. A phrase counts as a statement
/// of intent only in a clause with no negation or hypothetical before it: "no pupil will be contacted" and "results
/// will not be used to rank pupils" do not say the applicant will contact or rank anyone.
/// </summary>
internal static class Statements
{
    // Cues that turn what follows in the same clause into a denial, a condition or an alternative rejected.
    private static readonly Phrases NegationOrHypothetical = new(
        "no",
        "not",
        "never",
        "nor",
        "neither",
        "without",
        "dont",
        "doesnt",
        "wont",
        "cannot",
        "cant",
        "shouldnt",
        "wouldnt",
        "isnt",
        "arent",
        "nobody",
        "none",
        "nothing",
        "rather than",
        "instead of",
        "if",
        "unless",
        "whether",
        "avoid*",
        "prevent*",
        "prohibit*",
        "forbid*",
        "under no",
        "at no",
        "no longer",
        "refuse*",
        "guard against"
    );

    // Clause boundaries inside a sentence: a denial before "but" does not reach past it.
    private static readonly string[] Connectors = [" but ", " however ", " whereas ", " although ", " though ", " while ", " yet "];

    private static readonly char[] SentenceEnds = ['.', ';', ':', '!', '?', '\n', '\r', '(', ')'];

    /// <summary>The text cut into clauses, each normalised (lower-case words with a space at each end) and kept with its sentence.</summary>
    public static IReadOnlyList<Clause> Clauses(string raw)
    {
        var clauses = new List<Clause>();
        foreach (var sentence in raw.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries))
        {
            var normalised = TextMatch.Normalise(sentence);
            if (normalised.Length <= 1)
            {
                continue;
            }

            var pieces = normalised.Split(Connectors, StringSplitOptions.RemoveEmptyEntries);
            foreach (var piece in pieces)
            {
                clauses.Add(new Clause(pieces.Length == 1 ? piece : " " + piece.Trim() + " ", sentence.Trim()));
            }
        }

        return clauses;
    }

    /// <summary>Whether some clause states the phrase as intent (found, and not negated or hypothetical before it).</summary>
    public static bool Affirms(IReadOnlyList<Clause> clauses, Phrases phrases) => Affirming(clauses, c => phrases.IndexIn(c)) is not null;

    /// <summary>The first clause that states, as intent, what <paramref name="find"/> looks for; null if none does.</summary>
    public static Clause? Affirming(IReadOnlyList<Clause> clauses, Func<string, int> find)
    {
        foreach (var clause in clauses)
        {
            var at = find(clause.Normalised);
            if (at >= 0 && !NegationOrHypothetical.In(clause.Normalised.AsSpan(0, at + 1)))
            {
                return clause;
            }
        }

        return null;
    }
}
