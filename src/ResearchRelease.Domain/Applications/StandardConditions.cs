using System.Globalization;
using ResearchRelease.Domain.Calendar;

namespace ResearchRelease.Domain.Applications;

/// <summary>
/// The conditions every approval carries (docs/domain.md, "What comes out"). The first two restate DfE's
/// privacy-notice conditions; they are written into the decision event so the record holds exactly
/// what was signed, even if this wording changes later.
/// </summary>
public static class StandardConditions
{
    public static IReadOnlyList<string> For(DateOnly endDate) =>
        [
            "The data must be used for research and statistical purposes only, and must not be used to support measures or decisions about particular individuals.",
            "No individual may be identified, directly or indirectly, in any output or publication.",
            $"The data, and every copy of it, must be destroyed by {PlainDates.Day(endDate)}, and destruction confirmed to the Department in writing.",
            "The data must not be shared with, or made accessible to, anyone other than the named data users.",
            "Every output must pass statistical disclosure control checks before it leaves the secure environment.",
        ];
}
