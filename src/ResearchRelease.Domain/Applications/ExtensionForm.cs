using System.Globalization;

namespace ResearchRelease.Domain.Applications;

/// <summary>
/// The application as an extension amends it: the same form with the retention and destruction date moved to the
/// requested end date. Screening the extension is the regulation test run on exactly this.
/// </summary>
public static class ExtensionForm
{
    public static ApplicationForm Amend(ApplicationForm form, DateOnly newEndDate) =>
        form with
        {
            Settings = (form.Settings ?? new Settings()) with
            {
                RetentionEnd = newEndDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
        };
}
