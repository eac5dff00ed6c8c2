using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using ResearchRelease.Web.Security;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>Rate limits answer 429 with Retry-After, and oversized bodies 413, each in a form the caller can read.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly TestDatabase _db = TestDatabase.Sqlite();
    private WebApplicationFactory<Program> _app = null!;

    public Task InitializeAsync()
    {
        _app = new AppFactory(_db).WithWebHostBuilder(b =>
        {
            b.UseSetting($"RateLimits:{RateLimitPolicies.SignIn}:PermitsPerMinute", "2");
            b.UseSetting($"RateLimits:{RateLimitPolicies.Decision}:PermitsPerMinute", "1");
        });
        return Task.CompletedTask;
    }

    private HttpClient Client(string? persona)
    {
        var client = _app.CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") }
        );
        if (persona is not null)
            client.DefaultRequestHeaders.Add(Web.Auth.DevelopmentPersonas.HeaderName, persona);
        return client;
    }

    [Fact]
    public async Task Too_many_sign_ins_get_a_clear_429_page()
    {
        var client = Client(null);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account/sign-in")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dev/sign-in")).StatusCode);
        var refused = await client.GetAsync("/account/sign-in");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null, "429 must say when to retry");
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Too many requests", page, StringComparison.Ordinal);
        Assert.Contains("govuk-heading-l", page, StringComparison.Ordinal);
        // Other pages are not limited by the sign-in policy.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Too_many_decisions_get_429_problem_details_per_user()
    {
        var chief = Client(Personas.ChiefStatistician);
        var decision = new { outcome = "approve", endDate = "2029-03-31" };
        Assert.Equal(HttpStatusCode.NotFound, (await ApiClient.DecideAsync(chief, Guid.NewGuid(), decision)).StatusCode);
        var refused = await ApiClient.DecideAsync(chief, Guid.NewGuid(), decision);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task An_oversized_json_body_is_413_not_500()
    {
        var researcher = Client(Personas.Researcher);
        var huge = "{\"title\":\"" + new string('a', (int)RequestLimits.MaxJsonBytes + 10) + "\"}";
        var response = await researcher.PostAsync("/api/applications", ApiClient.Json(huge));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _db.Dispose();
    }
}
