using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Data;
using ResearchRelease.Workflow;

namespace ResearchRelease.Web.Features.Operations;

/// <summary>
/// A service administrator's suspend, resume or retry of one workflow instance, confirmed on this page before it is
/// done, and recorded in the instance's journal with who did it. Compliance (which changes nothing) is refused.
/// </summary>
[Authorize(Policy = Policies.ServiceAdministrator)]
public sealed class ActModel(IReleaseProcess process, AppDbContext db) : PageModel
{
    public const int MaxReasonLength = 500;
    public static readonly IReadOnlyList<string> Operations = ["retry", "resume", "suspend"];

    [BindProperty]
    public string? Operation { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public ProcessInstanceView Instance { get; private set; } = null!;
    public string Name { get; private set; } = "";
    public string? ErrorField { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? operation, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Operation = Operations.Contains(operation) ? operation : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        if (Operation is null || !Operations.Contains(Operation))
            return Invalid("Operation", "Choose what to do with this instance", StatusCodes.Status400BadRequest);
        if (Reason?.Length > MaxReasonLength)
            return Invalid("Reason", $"The reason must be {MaxReasonLength} characters or fewer", StatusCodes.Status400BadRequest);

        var user = CurrentActor.From(User);
        var actor = $"{user.Name} ({user.Subject})";
        var result = Operation switch
        {
            "retry" => await process.RetryAsync(id, actor, Reason, ct),
            "resume" => await process.ResumeAsync(id, actor, Reason, ct),
            _ => await process.SuspendAsync(id, actor, Reason, ct),
        };
        return result switch
        {
            OperatorActionResult.Done => Redirect($"/compliance/process/instances?done={Operation}&reference={Uri.EscapeDataString(Name)}"),
            OperatorActionResult.NotFound => NotFound(),
            _ => Invalid(
                "Operation",
                $"This instance is {Instance.Status.ToLowerInvariant()}, so it cannot be {Past(Operation)} now",
                StatusCodes.Status409Conflict
            ),
        };
    }

    public static string Past(string operation) =>
        operation switch
        {
            "retry" => "retried",
            "resume" => "resumed",
            _ => "suspended",
        };

    public static string Explain(string operation) =>
        operation switch
        {
            "retry" =>
                "Resumes the instance with its attempt count reset: the step that failed runs again, with every attempt it is allowed.",
            "resume" => "Resumes the instance where it stopped: a step that failed runs once more, and is suspended again if it fails.",
            _ => "Parks the instance: nothing runs for it, and signals wait, until an administrator resumes it.",
        };

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var instance = await process.FindAsync(id, ct);
        if (instance is null)
            return false;
        Instance = instance;
        Name = await db.Applications.AsNoTracking().Where(a => a.Id == id).Select(a => a.Reference).SingleOrDefaultAsync(ct)
            ?? id.ToString();
        return true;
    }

    private PageResult Invalid(string field, string message, int status)
    {
        ErrorField = field;
        Error = message;
        Response.StatusCode = status;
        return Page();
    }
}
