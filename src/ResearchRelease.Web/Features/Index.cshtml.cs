using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ResearchRelease.Web.Features;

[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    public void OnGet() { }
}
