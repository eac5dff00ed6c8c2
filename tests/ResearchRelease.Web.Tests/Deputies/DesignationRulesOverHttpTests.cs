using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ResearchRelease.Web.Tests.Infrastructure;
using static ResearchRelease.Web.Tests.Deputies.DeputySteps;

namespace ResearchRelease.Web.Tests.Deputies;

/// <summary>The designation's own rules as the API and pages answer them: fields named, one deputy at a time, expiry.</summary>
public sealed class DesignationRulesOverHttpTests
{
    private static object Body(DateOnly from, DateOnly until, string subject = DeputySubject) =>
        new
        {
            deputySubject = subject,
            deputyName = "Dr Aisha Rahman",
            deputyTitle = "Deputy Director",
            from = from.ToString("yyyy-MM-dd"),
            until = until.ToString("yyyy-MM-dd"),
            reason = "Leave",
        };

    [Fact]
    public async Task Bad_designations_get_400s_naming_the_field_and_overlaps_get_409()
    {
        using var database = TestDatabase.Sqlite();
        await using var app = new AppFactory(database);
        var chief = app.ClientFor(Personas.ChiefStatistician);

        foreach (
            var (body, field) in new (object, string)[]
            {
                (
                    new
                    {
                        deputyName = "A",
                        deputyTitle = "B",
                        from = "2027-01-01",
                        until = "2027-01-02",
                        reason = "r",
                    },
                    "deputySubject"
                ),
                (Body(Today, Today.AddDays(3), subject: "dev-chief-statistician"), "deputySubject"),
                (
                    new
                    {
                        deputySubject = "x",
                        deputyName = "A",
                        deputyTitle = "B",
                        from = "tomorrow",
                        until = "2027-01-02",
                        reason = "r",
                    },
                    "from"
                ),
                (Body(Today.AddDays(-1), Today.AddDays(3)), "from"),
                (Body(Today, Today.AddDays(400)), "until"),
            }
        )
        {
            var answer = await DesignateByApiAsync(chief, body);
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            Assert.Contains($"\"{field}\"", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var page = await DesignateOnPageAsync(chief, Today, Today.AddDays(3), reason: "");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("Enter the reason for the designation", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Created, (await DesignateByApiAsync(chief, Body(Today, Today.AddDays(3)))).StatusCode);
        Assert.Equal(
            HttpStatusCode.Conflict,
            (await DesignateByApiAsync(chief, Body(Today.AddDays(2), Today.AddDays(5), subject: "someone-else"))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await DesignateByApiAsync(app.ClientFor(Personas.Deputy), Body(Today.AddDays(9), Today.AddDays(10), subject: "x"))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await chief.PostAsync($"/api/deputies/{Guid.NewGuid()}/revoke", ApiClient.Json("{\"reason\":\"x\"}"))).StatusCode
        );
        Assert.Single(
            System.Text.Json.JsonDocument.Parse(await chief.GetStringAsync("/api/deputies")).RootElement.GetProperty("log").EnumerateArray()
        );
    }

    [Fact]
    public async Task An_expired_designation_gives_403_and_says_when_it_ended()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var database = TestDatabase.Sqlite();
        await using var app = new AppFactory(database, s => s.AddSingleton<TimeProvider>(clock));
        var chief = app.ClientFor(Personas.ChiefStatistician);
        var deputy = app.ClientFor(Personas.Deputy);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Assert.Equal(HttpStatusCode.Created, (await DesignateByApiAsync(chief, Body(today, today.AddDays(1)))).StatusCode);
        Assert.Equal("200", await AnswerAsync(deputy, "/decisions"));
        Assert.Equal(HttpStatusCode.OK, (await deputy.GetAsync("/api/queue")).StatusCode);

        clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal("denied", await AnswerAsync(deputy, "/decisions"));
        Assert.Equal(HttpStatusCode.Forbidden, (await deputy.GetAsync("/api/queue")).StatusCode);
        var page = await deputy.GetAsync("/access-denied");
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains(
            "ended on " + today.AddDays(1).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
            await page.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }
}
