using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>
/// Every endpoint in the app's own route table × every kind of caller → the answer it must give. An endpoint that is
/// not in <see cref="AuthorizationMatrix.Expected"/> fails the test, so nobody adds a route without deciding who may call it.
/// </summary>
public sealed partial class AuthorizationMatrixTests(MatrixApp matrix) : IClassFixture<MatrixApp>
{
    [Fact]
    public async Task Every_endpoint_in_the_route_table_has_an_expectation()
    {
        var missing = new List<string>();
        foreach (var route in Routes().Where(r => !AuthorizationMatrix.Expected.ContainsKey(r.Key)))
        {
            // Show what it answers today, to be checked by a person before it goes into the table.
            var answers = new List<string>();
            foreach (var caller in AuthorizationMatrix.Callers)
                answers.Add(await CallAsync(caller, route.Method, Fill(route.Pattern, guessed: false)));
            missing.Add($"[\"{route.Key}\"] = [{string.Join(", ", answers.Select(a => $"\"{a}\""))}],");
        }
        Assert.True(
            missing.Count == 0,
            "Decide who may call these endpoints and add them to AuthorizationMatrix.Expected (today's answers shown):\n"
                + string.Join("\n", missing)
        );
        var stale = AuthorizationMatrix.Expected.Keys.Except(Routes().Select(r => r.Key)).ToList();
        Assert.True(stale.Count == 0, "These expectations name endpoints that no longer exist:\n" + string.Join("\n", stale));
    }

    [Fact]
    public async Task Every_endpoint_answers_each_caller_as_expected()
    {
        var wrong = new List<string>();
        foreach (var route in Routes())
        {
            if (!AuthorizationMatrix.Expected.TryGetValue(route.Key, out var expected))
                continue;
            for (var i = 0; i < AuthorizationMatrix.Callers.Count; i++)
            {
                var actual = await CallAsync(AuthorizationMatrix.Callers[i], route.Method, Fill(route.Pattern, guessed: false));
                if (actual != expected[i])
                    wrong.Add($"{route.Key} as {AuthorizationMatrix.Callers[i] ?? "anonymous"}: expected {expected[i]}, got {actual}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task A_guessed_id_never_reveals_anything()
    {
        var leaks = new List<string>();
        foreach (
            var route in Routes()
                .Where(r =>
                    r.Pattern.Contains("{id", StringComparison.Ordinal) || r.Pattern.Contains("{reference", StringComparison.Ordinal)
                )
        )
        {
            foreach (var caller in AuthorizationMatrix.Callers)
            {
                var actual = await CallAsync(caller, route.Method, Fill(route.Pattern, guessed: true));
                if (actual.StartsWith('2') || actual.StartsWith('5'))
                    leaks.Add($"{route.Key} as {caller ?? "anonymous"} with a guessed id: {actual}");
            }
        }
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    private sealed record Route(string Method, string Pattern)
    {
        public string Key => $"{Method} {Pattern}";
    }

    private SortedSet<Route> Routes()
    {
        var routes = new SortedSet<Route>(Comparer<Route>.Create((a, b) => string.CompareOrdinal(a.Key, b.Key)));
        foreach (var endpoint in matrix.Endpoints())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var isPage = endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null;
            // Razor Pages answer GET and (with antiforgery) POST; minimal API endpoints say their methods.
            var methods = isPage ? ["GET", "POST"] : endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
                routes.Add(new Route(method, pattern));
        }
        return routes;
    }

    private string Fill(string pattern, bool guessed)
    {
        var segments = pattern
            .Split('/')
            .Select(s =>
                s switch
                {
                    _ when s.StartsWith("{id", StringComparison.Ordinal) => (guessed ? Guid.NewGuid() : matrix.Id).ToString(),
                    _ when s.StartsWith("{reference", StringComparison.Ordinal) => guessed ? "RR-0000-00000" : matrix.Reference,
                    _ when s.StartsWith("{code", StringComparison.Ordinal) => "404",
                    _ when s.StartsWith("{kind", StringComparison.Ordinal) => "ethics_approval",
                    _ when s.StartsWith("{letterId", StringComparison.Ordinal) => LetterIdPattern()
                        .Replace(s, (guessed ? Guid.NewGuid() : matrix.LetterId).ToString()),
                    _ when s.StartsWith("{slug", StringComparison.Ordinal) => "applicant",
                    _ when s.StartsWith("{file", StringComparison.Ordinal) => "1999-q1.csv",
                    _ when s.StartsWith("{round:int}", StringComparison.Ordinal) => s.Replace("{round:int}", "1", StringComparison.Ordinal),
                    _ when s.StartsWith("{documentName}", StringComparison.Ordinal) => s.Replace(
                        "{documentName}",
                        "v1",
                        StringComparison.Ordinal
                    ),
                    "{**path}" => "no-such-page",
                    _ when s.StartsWith('{') => throw new InvalidOperationException($"Teach the matrix how to fill {s} in {pattern}."),
                    _ => s,
                }
            );
        return string.Join('/', segments);
    }

    private async Task<string> CallAsync(string? persona, string method, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        var response = await matrix.App.ClientFor(persona).SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Redirect)
            return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var location = response.Headers.Location?.OriginalString ?? "";
        return location.Contains("/dev/sign-in", StringComparison.Ordinal) ? "sign-in"
            : location.Contains("/access-denied", StringComparison.Ordinal) ? "denied"
            : "302";
    }

    /// <summary>The letter id in a route, required ({letterId:guid}) or optional ({letterId:guid?}).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\{letterId:guid\??\}")]
    internal static partial System.Text.RegularExpressions.Regex LetterIdPattern();
}
