using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Process;
using ResearchRelease.Workflow;

namespace ResearchRelease.Web.Features.Operations;

/// <summary>
/// Workflow instances that need a person: suspended after their last attempt, failing and retrying, or waiting longer
/// than a threshold. Compliance reads it; only a service administrator is offered suspend, resume and retry.
/// </summary>
public sealed class InstancesModel(IReleaseProcess process, AppDbContext db, IOptions<WorkflowSettings> workflow) : PageModel
{
    public const int MaxWaitingDays = 3650;

    public sealed record Row(TroubledInstance Instance, string? Reference, string? Title);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int WaitingDays { get; private set; }
    public string? Error { get; private set; }
    public string? Done { get; private set; }
    public string? DoneReference { get; private set; }
    public bool CanAct => User.IsInRole(Roles.ServiceAdministrator);
    public bool CanOpenRecords => User.IsInRole(Roles.ComplianceOfficer);

    public async Task<IActionResult> OnGetAsync(string? waitingDays, string? done, string? reference, CancellationToken ct)
    {
        WaitingDays = workflow.Value.StuckAfterWaitingDays;
        if (!string.IsNullOrEmpty(waitingDays))
        {
            if (int.TryParse(waitingDays, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days <= MaxWaitingDays)
                WaitingDays = days;
            else
            {
                Error = $"Enter the number of days as a whole number from 0 to {MaxWaitingDays}";
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }
        Done = done is "suspend" or "resume" or "retry" ? done : null;
        DoneReference = Done is null ? null : reference;

        var troubled = await process.FindTroubledAsync(TimeSpan.FromDays(WaitingDays), ct);
        var ids = troubled.Select(t => t.ApplicationId).ToList();
        var applications = await db
            .Applications.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                a.Reference,
                a.Title,
            })
            .ToDictionaryAsync(a => a.Id, ct);
        Rows = troubled
            .Select(t => applications.TryGetValue(t.ApplicationId, out var a) ? new Row(t, a.Reference, a.Title) : new Row(t, null, null))
            .ToList();
        return Page();
    }

    /// <summary>The actions the instance's state allows, in the order they are offered.</summary>
    public static IReadOnlyList<string> ActionsFor(TroubledInstance instance) =>
        instance.Status == ProcessStatus.Suspended ? ["retry", "resume"] : ["suspend"];
}
