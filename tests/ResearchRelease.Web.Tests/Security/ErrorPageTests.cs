using System.Net;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>The error page is where failures land; visited directly, with nothing gone wrong, it is not a page at all.</summary>
public sealed class ErrorPageTests(SqliteSharedApp shared) : IClassFixture<SqliteSharedApp>
{
    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    [InlineData("PUT")]
    public async Task A_direct_request_for_the_error_page_is_page_not_found(string method)
    {
        foreach (var persona in new string?[] { null, Personas.Researcher })
        {
            var response = await shared.App.ClientFor(persona).SendAsync(new HttpRequestMessage(new HttpMethod(method), "/error"));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("problem with the service", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
