using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace ResearchRelease.Web.Features.Decisions;

/// <summary>
/// The decision a user was about to sign when they were sent to sign in again, kept in TempData (an encrypted
/// cookie) so that they return to the same review page instead of retyping it. It is a draft, never a record.
/// </summary>
public static class ResumeDraft
{
    private const string Key = "rr-decision-resume";

    private sealed record Draft(Guid Id, DecisionInput Input);

    public static void Keep(ITempDataDictionary tempData, Guid id, DecisionInput input) =>
        tempData[Key] = JsonSerializer.Serialize(new Draft(id, input));

    public static DecisionInput? Take(ITempDataDictionary tempData, Guid id)
    {
        if (tempData[Key] is not string json)
            return null;
        try
        {
            var draft = JsonSerializer.Deserialize<Draft>(json);
            return draft?.Id == id ? draft.Input : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
