using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;
using ResearchRelease.Web.Auth;
using ResearchRelease.Web.Letters.Tagged;

namespace ResearchRelease.Web.Features.LetterPages;

/// <summary>
/// A letter as a web page, for anyone who can read the application (its owner, the Chief Statistician or a deputy,
/// compliance); anyone else gets 404, as for the PDF. The page is built from the tagged structure of the issued,
/// signed PDF itself, so it says exactly what the letter says, corrected and superseded letters included.
/// </summary>
public sealed class LetterModel(ApplicationReader reader) : PageModel
{
    public LoadedApplication Application { get; private set; } = null!;
    public LetterEntry Entry { get; private set; } = null!;

    /// <summary>Null for a letter issued before letters were tagged: the page then offers the PDF only.</summary>
    public TaggedElement? Structure { get; private set; }

    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? letterId, CancellationToken ct)
    {
        var loaded = await reader.FindReadableAsync(CurrentActor.From(User), id, ct);
        var wanted = letterId ?? loaded?.State.Letter?.LetterId;
        var entry = loaded is null ? null : LetterHistory.From(loaded).FirstOrDefault(l => l.LetterId == wanted);
        var letter = entry is null ? null : await reader.LetterAsync(id, entry.LetterId, ct);
        if (loaded is null || entry is null || letter is null)
            return NotFound();

        Application = loaded;
        Entry = entry;
        var tagged = TaggedPdfReader.Read(letter.Content);
        Structure = tagged.Root is { Children.Count: > 0 } root ? root : null;
        Title = tagged.Title ?? $"Letter {loaded.State.Reference}";
        return Page();
    }

    /// <summary>Where the signed-in person came from: their own application page, or the staff view of it.</summary>
    public string BackUrl =>
        CurrentActor.From(User).Role switch
        {
            ActorRole.Researcher => $"/applications/{Application.Id}",
            ActorRole.ComplianceOfficer => $"/compliance/records/{Uri.EscapeDataString(Application.State.Reference)}",
            _ => $"/decisions/{Application.Id}",
        };
}
