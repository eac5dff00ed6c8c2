using ResearchRelease.Domain.StandingShares;
using ResearchRelease.Web.Infrastructure;

namespace ResearchRelease.Web.Features.StandingShares;

/// <summary>The standing share form as posted: text boxes, selects, checkboxes and GOV.UK date inputs.</summary>
public sealed class ShareInput
{
    public string? RecipientBody { get; set; }
    public string? Sector { get; set; }
    public string? LegalGateway { get; set; }
    public string? Article6 { get; set; }
    public string? Article9 { get; set; }
    public string? Purpose { get; set; }
    public string? PublicBenefit { get; set; }
    public List<string> DataItems { get; set; } = [];
    public string? Frequency { get; set; }
    public string? AccessRoute { get; set; }
    public bool Linkage { get; set; }
    public string? StartDay { get; set; }
    public string? StartMonth { get; set; }
    public string? StartYear { get; set; }
    public string? EndDay { get; set; }
    public string? EndMonth { get; set; }
    public string? EndYear { get; set; }
    public string? ReviewDay { get; set; }
    public string? ReviewMonth { get; set; }
    public string? ReviewYear { get; set; }
    public int? Version { get; set; }

    /// <summary>The terms, or the first date that is not a real date (field id and message).</summary>
    public (ShareTerms? Terms, string? Field, string? Error) ToTerms()
    {
        var (start, e1) = DateParts.Parse(StartDay, StartMonth, StartYear, "The start date must be a real date");
        if (e1 is not null)
            return (null, "StartDay", e1);
        var (end, e2) = DateParts.Parse(EndDay, EndMonth, EndYear, "The end date must be a real date");
        if (e2 is not null)
            return (null, "EndDay", e2);
        var (review, e3) = DateParts.Parse(ReviewDay, ReviewMonth, ReviewYear, "The review date must be a real date");
        if (e3 is not null)
            return (null, "ReviewDay", e3);
        return (
            new ShareTerms
            {
                RecipientBody = Trim(RecipientBody),
                Sector = Trim(Sector),
                LegalGateway = Trim(LegalGateway),
                Article6 = Trim(Article6),
                Article9 = Trim(Article9),
                Purpose = Trim(Purpose),
                PublicBenefit = Trim(PublicBenefit),
                DataItems = [.. DataItems.Distinct()],
                Frequency = Trim(Frequency),
                AccessRoute = Trim(AccessRoute),
                Linkage = Linkage,
                AgreementStart = start,
                AgreementEnd = end,
                ReviewDate = review,
            },
            null,
            null
        );
    }

    public static ShareInput From(ShareTerms t, int version) =>
        new()
        {
            RecipientBody = t.RecipientBody,
            Sector = t.Sector,
            LegalGateway = t.LegalGateway,
            Article6 = t.Article6,
            Article9 = t.Article9,
            Purpose = t.Purpose,
            PublicBenefit = t.PublicBenefit,
            DataItems = [.. t.DataItems],
            Frequency = t.Frequency,
            AccessRoute = t.AccessRoute,
            Linkage = t.Linkage,
            StartDay = S(t.AgreementStart?.Day),
            StartMonth = S(t.AgreementStart?.Month),
            StartYear = S(t.AgreementStart?.Year),
            EndDay = S(t.AgreementEnd?.Day),
            EndMonth = S(t.AgreementEnd?.Month),
            EndYear = S(t.AgreementEnd?.Year),
            ReviewDay = S(t.ReviewDate?.Day),
            ReviewMonth = S(t.ReviewDate?.Month),
            ReviewYear = S(t.ReviewDate?.Year),
            Version = version,
        };

    /// <summary>The form's field id for a domain field name, so the error summary links to the right box.</summary>
    public static string FieldId(string? field) =>
        field switch
        {
            "recipientBody" => "RecipientBody",
            "sector" => "Sector",
            "legalGateway" => "LegalGateway",
            "article6" => "Article6",
            "article9" => "Article9",
            "purpose" => "Purpose",
            "publicBenefit" => "PublicBenefit",
            "dataItems" => "DataItems",
            "frequency" => "Frequency",
            "accessRoute" => "AccessRoute",
            "agreementStart" => "StartDay",
            "agreementEnd" => "EndDay",
            "reviewDate" => "ReviewDay",
            _ => "RecipientBody",
        };

    private static string? S(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
