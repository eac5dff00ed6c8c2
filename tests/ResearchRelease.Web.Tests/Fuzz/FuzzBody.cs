namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>
/// One generated request body. <see cref="Touched"/> are the JSON paths the mutation changed (a 400 must name one
/// of them, something under one, or the list holding one); <see cref="WholeBody"/> when the body as a whole is
/// broken, so only the field <c>body</c> can be named.
/// </summary>
public sealed record FuzzBody(
    string Description,
    string Body,
    IReadOnlyList<string> Touched,
    bool WholeBody,
    string ContentType = "application/json"
)
{
    /// <summary>What CsCheck prints for a failing (shrunk) case: the mutation in words and the body, clipped.</summary>
    public override string ToString() =>
        $"{Description} [{ContentType}, {Body.Length:N0} chars]: {HostileText.Show(Body.Length > 600 ? Body[..300] + "…" + Body[^100..] : Body)}";

    /// <summary>Whether a field named in a 400 belongs to this mutation.</summary>
    public bool Explains(string field)
    {
        if (field == "body")
            return true;
        if (WholeBody)
            return false;
        if (Touched.Contains(""))
            return true;
        return Touched.Any(p => field == p || Under(field, p) || Under(p, field));
    }

    private static bool Under(string path, string parent) =>
        path.StartsWith(parent + ".", StringComparison.Ordinal) || path.StartsWith(parent + "[", StringComparison.Ordinal);
}
