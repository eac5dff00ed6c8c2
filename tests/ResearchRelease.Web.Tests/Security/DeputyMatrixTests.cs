using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>
/// The authorization matrix for the deputy persona, kept apart from <see cref="AuthorizationMatrix"/> so that its five
/// columns stay as they are: every endpoint in the route table × {deputy without a designation, deputy with one in
/// force} → the expected answer. Called on <see cref="MatrixApp"/>'s approved application, first before and then after
/// the Chief Statistician designates the deputy. An endpoint missing from <see cref="DeputyMatrix.Expected"/> fails.
/// </summary>
public sealed class DeputyMatrixTests(MatrixApp matrix) : IClassFixture<MatrixApp>
{
    [Fact]
    public async Task Every_endpoint_answers_the_deputy_as_expected_before_and_after_designation()
    {
        var routes = Routes();
        var before = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var route in routes)
            before[route.Key] = await CallAsync(route);

        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var designated = await matrix
            .App.ClientFor(Personas.ChiefStatistician)
            .PostAsync(
                "/api/deputies",
                ApiClient.Json(
                    $"{{\"deputySubject\":\"dev-deputy\",\"deputyName\":\"Dr Aisha Rahman\",\"deputyTitle\":\"Deputy Director\",\"from\":\"{today}\",\"until\":\"{today}\",\"reason\":\"Matrix\"}}"
                )
            );
        Assert.Equal(HttpStatusCode.Created, designated.StatusCode);

        var missing = new List<string>();
        var wrong = new List<string>();
        foreach (var route in routes)
        {
            var after = await CallAsync(route);
            if (!DeputyMatrix.Expected.TryGetValue(route.Key, out var expected))
            {
                missing.Add($"[\"{route.Key}\"] = [\"{before[route.Key]}\", \"{after}\"],");
                continue;
            }
            if (expected[0] != before[route.Key])
                wrong.Add($"{route.Key} as an undesignated deputy: expected {expected[0]}, got {before[route.Key]}");
            if (expected[1] != after)
                wrong.Add($"{route.Key} as a designated deputy: expected {expected[1]}, got {after}");
        }
        Assert.True(
            missing.Count == 0,
            "Decide what the deputy may call and add these to DeputyMatrix.Expected (today's answers shown):\n" + string.Join("\n", missing)
        );
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        var stale = DeputyMatrix.Expected.Keys.Except(routes.Select(r => r.Key)).ToList();
        Assert.True(stale.Count == 0, "These deputy expectations name endpoints that no longer exist:\n" + string.Join("\n", stale));
    }

    private sealed record Route(string Method, string Pattern)
    {
        public string Key => $"{Method} {Pattern}";
    }

    private List<Route> Routes()
    {
        var routes = new SortedSet<Route>(Comparer<Route>.Create((a, b) => string.CompareOrdinal(a.Key, b.Key)));
        foreach (var endpoint in matrix.Endpoints())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var isPage = endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null;
            var methods = isPage ? ["GET", "POST"] : endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
                routes.Add(new Route(method, pattern));
        }
        return routes.ToList();
    }

    private async Task<string> CallAsync(Route route)
    {
        var url = string.Join(
            '/',
            route
                .Pattern.Split('/')
                .Select(s =>
                    s switch
                    {
                        _ when s.StartsWith("{id", StringComparison.Ordinal) => matrix.Id.ToString(),
                        _ when s.StartsWith("{reference", StringComparison.Ordinal) => matrix.Reference,
                        _ when s.StartsWith("{code", StringComparison.Ordinal) => "404",
                        _ when s.StartsWith("{kind", StringComparison.Ordinal) => "ethics_approval",
                        _ when s.StartsWith("{slug", StringComparison.Ordinal) => "applicant",
                        _ when s.StartsWith("{file", StringComparison.Ordinal) => "1999-q1.csv",
                        _ when s.StartsWith("{documentName}", StringComparison.Ordinal) => s.Replace(
                            "{documentName}",
                            "v1",
                            StringComparison.Ordinal
                        ),
                        "{**path}" => "no-such-page",
                        _ when s.StartsWith("{letterId", StringComparison.Ordinal) => AuthorizationMatrixTests
                            .LetterIdPattern()
                            .Replace(s, matrix.LetterId.ToString()),
                        _ when s.StartsWith("{round:int}", StringComparison.Ordinal) => s.Replace(
                            "{round:int}",
                            "1",
                            StringComparison.Ordinal
                        ),
                        _ when s.StartsWith('{') => throw new InvalidOperationException(
                            $"Teach the deputy matrix how to fill {s} in {route.Pattern}."
                        ),
                        _ => s,
                    }
                )
        );
        var response = await matrix.App.ClientFor(Personas.Deputy).SendAsync(new HttpRequestMessage(new HttpMethod(route.Method), url));
        if (response.StatusCode != HttpStatusCode.Redirect)
            return ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        var location = response.Headers.Location?.OriginalString ?? "";
        return location.Contains("/dev/sign-in", StringComparison.Ordinal) ? "sign-in"
            : location.Contains("/access-denied", StringComparison.Ordinal) ? "denied"
            : "302";
    }
}
