using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Deputies;
using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Features.Deputies;

public sealed class NewModel(DesignationService service) : PageModel
{
    [BindProperty]
    public DesignationInput Input { get; set; } = new();

    public string? ErrorField { get; private set; }
    public string? Error { get; private set; }

    public void OnGet() => Input.DeputyTitle ??= "Deputy Director";

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (from, fromError) = Input.From();
        if (fromError is not null)
            return Invalid("FromDay", fromError);
        var (until, untilError) = Input.Until();
        if (untilError is not null)
            return Invalid("UntilDay", untilError);
        var request = new DesignationRequest(
            Input.DeputySubject,
            Input.DeputyName,
            Input.DeputyEmail,
            Input.DeputyTitle,
            from,
            until,
            Input.Reason
        );
        var outcome = await service.DesignateAsync(CurrentActor.From(User), request, ct);
        if (outcome.Succeeded)
            return Redirect("/deputies");
        return Invalid(
            outcome.Field switch
            {
                "deputySubject" => "DeputySubject",
                "deputyName" => "DeputyName",
                "deputyEmail" => "DeputyEmail",
                "deputyTitle" => "DeputyTitle",
                "from" => "FromDay",
                "until" => "UntilDay",
                "reason" => "Reason",
                _ => "DeputySubject",
            },
            outcome.Message!
        );
    }

    private PageResult Invalid(string field, string message)
    {
        ErrorField = field;
        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
