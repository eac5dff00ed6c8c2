using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Domain.Catalogue;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Catalogue;

namespace ResearchRelease.Web.Features.Compliance.Catalogue;

/// <summary>Add a data item, or edit one's name, description, tier and special category. The code never changes once used.</summary>
public sealed partial class EditModel(CatalogueStore store, CatalogueCache cache) : PageModel
{
    public sealed class ItemInput
    {
        public string? Code { get; set; }
        public string? Name { get; set; }
        public string? Description { get; set; }
        public string? Tier { get; set; }
        public string? Article9Category { get; set; }
    }

    [BindProperty]
    public ItemInput Input { get; set; } = new();

    public bool IsNew { get; private set; } = true;
    public IReadOnlyList<(string Id, string Message)> Errors { get; private set; } = [];

    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Id == id).Message;

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken ct)
    {
        if (code is null)
            return Page();
        var item = await store.FindAsync(code, ct);
        if (item is null)
            return NotFound();
        IsNew = false;
        Input = new ItemInput
        {
            Code = item.Code,
            Name = item.Name,
            Description = item.Description,
            Tier = item.Tier,
            Article9Category = item.Article9Category,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken ct)
    {
        IsNew = code is null;
        if (!IsNew)
            Input.Code = code;
        var errors = new List<(string, string)>();
        if (IsNew && (Input.Code is null || !CodePattern().IsMatch(Input.Code)))
            errors.Add(("Code", "Enter a code of lower-case letters, digits and underscores, for example ks5_results"));
        if (string.IsNullOrWhiteSpace(Input.Name) || Input.Name.Length > 200)
            errors.Add(("Name", "Enter a name of up to 200 characters"));
        if (string.IsNullOrWhiteSpace(Input.Description) || Input.Description.Length > 1000)
            errors.Add(("Description", "Enter a description of up to 1,000 characters"));
        if (!Enum.TryParse<SensitivityTier>(Input.Tier, out var tier) || !Enum.IsDefined(tier))
            errors.Add(("Tier", "Select a sensitivity tier"));
        if (Input.Article9Category is { Length: > 100 })
            errors.Add(("Article9Category", "The special category must be 100 characters or fewer"));
        // The names are printed on letters and shown everywhere: the same text rules as the application form.
        var texts = new[]
        {
            ("Name", Input.Name, "The name"),
            ("Description", Input.Description, "The description"),
            ("Article9Category", Input.Article9Category, "The special category"),
        };
        foreach (var (id, value, label) in texts)
            if (TextRules.Problem(value, label) is { } problem && !errors.Any(e => e.Item1 == id))
                errors.Add((id, problem));
        var actor = CurrentActor.From(User);
        var article9 = string.IsNullOrWhiteSpace(Input.Article9Category) ? null : Input.Article9Category.Trim();
        if (errors.Count == 0)
        {
            var saved = IsNew
                ? await store.AddAsync(
                    new DataItemDefinition(Input.Code!, Input.Name!.Trim(), Input.Description!.Trim(), tier)
                    {
                        Article9Category = article9,
                    },
                    actor,
                    ct
                )
                : await store.ChangeAsync(
                    code!,
                    r =>
                    {
                        r.Name = Input.Name!.Trim();
                        r.Description = Input.Description!.Trim();
                        r.Tier = tier.ToString();
                        r.Article9Category = article9;
                    },
                    "edited",
                    actor,
                    ct
                );
            if (!saved && !IsNew)
                return NotFound();
            if (saved)
            {
                cache.Replace(store.ReadAll());
                return Redirect("/compliance/catalogue");
            }
            errors.Add(("Code", "There is already an item with this code"));
        }
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{1,63}$")]
    private static partial Regex CodePattern();
}
