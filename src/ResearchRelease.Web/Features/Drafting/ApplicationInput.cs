using System.Globalization;
using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Infrastructure;

namespace ResearchRelease.Web.Features.Drafting;

/// <summary>
/// The application form's answers, flattened for the HTML question pages. Maps to and from the same
/// <see cref="ApplicationForm"/> the JSON API takes, so both routes store the same thing.
/// </summary>
public sealed class ApplicationInput
{
    public string? ApplicantName { get; set; }
    public string? ApplicantEmail { get; set; }
    public string? ApplicantJobTitle { get; set; }
    public string? OrganisationName { get; set; }
    public string? OrganisationType { get; set; }
    public string? IcoRegistration { get; set; }
    public List<NamedUserInput> NamedUsers { get; set; } = [];
    public string? Title { get; set; }
    public string? LaySummary { get; set; }
    public string? ResearchQuestions { get; set; }
    public string? Activity { get; set; }
    public List<string> SubjectFocus { get; set; } = [];
    public string? PupilsInEngland { get; set; }
    public List<string> KeyStages { get; set; } = [];
    public string? AcademicYears { get; set; }
    public string? IntendedOutputs { get; set; }
    public string? PublicBenefit { get; set; }
    public string? Funding { get; set; }
    public string? SolelyCommercial { get; set; }
    public string? EthicsStatus { get; set; }
    public string? EthicsBody { get; set; }
    public string? EthicsReference { get; set; }
    public string? EthicsNotRequiredReason { get; set; }
    public string? UsedForDecisions { get; set; }
    public string? OutputsCouldIdentify { get; set; }
    public string? DisclosureControl { get; set; }
    public string? WhyAggregateIsNotEnough { get; set; }
    public string? LinkageNeeded { get; set; }
    public string? LinkageDescription { get; set; }
    public Dictionary<string, DataItemInput> Items { get; set; } = [];
    public string? AccessRoute { get; set; }
    public List<string> SecurityCertifications { get; set; } = [];
    public string? ProcessingInUk { get; set; }
    public string? ProcessingLocation { get; set; }
    public string? RetentionDay { get; set; }
    public string? RetentionMonth { get; set; }
    public string? RetentionYear { get; set; }
    public string? RetentionReason { get; set; }
    public string? Article6 { get; set; }
    public string? Article9 { get; set; }

    public sealed class NamedUserInput
    {
        public string? Name { get; set; }
        public string? Email { get; set; }
        public string? Organisation { get; set; }
        public string? Role { get; set; }
        public bool Accredited { get; set; }
    }

    public sealed class DataItemInput
    {
        public bool Selected { get; set; }
        public string? Justification { get; set; }
        public string? Questions { get; set; }
    }

    /// <summary>The date parts as YYYY-MM-DD, or an error message naming what is wrong.</summary>
    /// <param name="today">When given, a date before it is refused: data cannot be kept until a day that has passed.</param>
    public (string? Value, string? Error) RetentionDate(DateOnly? today = null)
    {
        var (date, error) = DateParts.Parse(
            RetentionDay,
            RetentionMonth,
            RetentionYear,
            "The date data will be destroyed by must be a real date, for example 31 3 2029."
        );
        if (date is { } d && today is { } now && d <= now)
            return (null, "The date data will be destroyed by must be in the future");
        return (date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), error);
    }

    public ApplicationForm ToForm()
    {
        var questions = Lines(ResearchQuestions).Select((text, i) => new ResearchQuestion { Id = $"RQ{i + 1}", Text = text }).ToList();
        return new ApplicationForm
        {
            Applicant = new Applicant
            {
                Name = Clean(ApplicantName),
                Email = Clean(ApplicantEmail),
                JobTitle = Clean(ApplicantJobTitle),
            },
            Organisation = new Organisation
            {
                Name = Clean(OrganisationName),
                Type = Clean(OrganisationType),
                IcoRegistration = Clean(IcoRegistration),
            },
            NamedUsers = NamedUsers
                .Where(u => !string.IsNullOrWhiteSpace(u.Name))
                .Select(u => new NamedUser
                {
                    Name = u.Name!.Trim(),
                    Email = Clean(u.Email),
                    Organisation = Clean(u.Organisation),
                    Role = Clean(u.Role),
                    AccreditedResearcher = u.Accredited,
                })
                .ToList(),
            Project = new ProjectDetails
            {
                Title = Clean(Title),
                LaySummary = Clean(LaySummary),
                ResearchQuestions = questions,
                Activity = Clean(Activity),
                SubjectFocus = SubjectFocus.ToList(),
                Population = new Population
                {
                    PupilsInEngland = YesNo(PupilsInEngland),
                    KeyStages = KeyStages.ToList(),
                    AcademicYears = Split(AcademicYears),
                },
                IntendedOutputs = Lines(IntendedOutputs),
                PublicBenefit = Clean(PublicBenefit),
                Funding = Clean(Funding),
                SolelyCommercial = YesNo(SolelyCommercial),
                Ethics = new Ethics
                {
                    Status = Clean(EthicsStatus),
                    Body = Clean(EthicsBody),
                    Reference = Clean(EthicsReference),
                    NotRequiredReason = Clean(EthicsNotRequiredReason),
                },
                UsedForDecisionsAboutIndividuals = YesNo(UsedForDecisions),
                OutputsCouldIdentifyIndividuals = YesNo(OutputsCouldIdentify),
                DisclosureControl = Clean(DisclosureControl),
            },
            Necessity = new NecessityCase
            {
                WhyAggregateIsNotEnough = Clean(WhyAggregateIsNotEnough),
                LinkageNeeded = YesNo(LinkageNeeded),
                LinkageDescription = Clean(LinkageDescription),
            },
            DataItems = Items
                .Where(i => i.Value.Selected)
                .OrderBy(i => i.Key, StringComparer.Ordinal)
                .Select(i => new RequestedDataItem
                {
                    Item = i.Key,
                    Justification = Clean(i.Value.Justification),
                    ResearchQuestions = Split(i.Value.Questions).Select(q => q.ToUpperInvariant()).ToList(),
                })
                .ToList(),
            Settings = new Settings
            {
                AccessRoute = Clean(AccessRoute),
                SecurityCertifications = SecurityCertifications.ToList(),
                ProcessingInUk = YesNo(ProcessingInUk),
                ProcessingLocation = Clean(ProcessingLocation),
                RetentionEnd = RetentionDate().Value,
                RetentionReason = Clean(RetentionReason),
                LawfulBasis = new LawfulBasis { Article6 = Clean(Article6), Article9 = Clean(Article9) },
            },
        };
    }

    public static ApplicationInput From(ApplicationForm form)
    {
        var p = form.Project;
        var retention = DateOnly.TryParseExact(
            form.Settings?.RetentionEnd,
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var r
        )
            ? r
            : (DateOnly?)null;
        return new ApplicationInput
        {
            ApplicantName = form.Applicant?.Name,
            ApplicantEmail = form.Applicant?.Email,
            ApplicantJobTitle = form.Applicant?.JobTitle,
            OrganisationName = form.Organisation?.Name,
            OrganisationType = form.Organisation?.Type,
            IcoRegistration = form.Organisation?.IcoRegistration,
            NamedUsers = (form.NamedUsers ?? [])
                .Select(u => new NamedUserInput
                {
                    Name = u.Name,
                    Email = u.Email,
                    Organisation = u.Organisation,
                    Role = u.Role,
                    Accredited = u.AccreditedResearcher,
                })
                .ToList(),
            Title = p?.Title,
            LaySummary = p?.LaySummary,
            ResearchQuestions = string.Join("\n", (p?.ResearchQuestions ?? []).Select(q => q.Text)),
            Activity = p?.Activity,
            SubjectFocus = p?.SubjectFocus?.ToList() ?? [],
            PupilsInEngland = YesNo(p?.Population?.PupilsInEngland),
            KeyStages = p?.Population?.KeyStages?.ToList() ?? [],
            AcademicYears = string.Join(", ", p?.Population?.AcademicYears ?? []),
            IntendedOutputs = string.Join("\n", p?.IntendedOutputs ?? []),
            PublicBenefit = p?.PublicBenefit,
            Funding = p?.Funding,
            SolelyCommercial = YesNo(p?.SolelyCommercial),
            EthicsStatus = p?.Ethics?.Status,
            EthicsBody = p?.Ethics?.Body,
            EthicsReference = p?.Ethics?.Reference,
            EthicsNotRequiredReason = p?.Ethics?.NotRequiredReason,
            UsedForDecisions = YesNo(p?.UsedForDecisionsAboutIndividuals),
            OutputsCouldIdentify = YesNo(p?.OutputsCouldIdentifyIndividuals),
            DisclosureControl = p?.DisclosureControl,
            WhyAggregateIsNotEnough = form.Necessity?.WhyAggregateIsNotEnough,
            LinkageNeeded = YesNo(form.Necessity?.LinkageNeeded),
            LinkageDescription = form.Necessity?.LinkageDescription,
            Items = (form.DataItems ?? [])
                .Where(i => i.Item is not null)
                .GroupBy(i => i.Item!)
                .ToDictionary(
                    g => g.Key,
                    g => new DataItemInput
                    {
                        Selected = true,
                        Justification = g.First().Justification,
                        Questions = string.Join(", ", g.First().ResearchQuestions ?? []),
                    }
                ),
            AccessRoute = form.Settings?.AccessRoute,
            SecurityCertifications = form.Settings?.SecurityCertifications?.ToList() ?? [],
            ProcessingInUk = YesNo(form.Settings?.ProcessingInUk),
            ProcessingLocation = form.Settings?.ProcessingLocation,
            RetentionReason = form.Settings?.RetentionReason,
            RetentionDay = retention?.Day.ToString(CultureInfo.InvariantCulture),
            RetentionMonth = retention?.Month.ToString(CultureInfo.InvariantCulture),
            RetentionYear = retention?.Year.ToString(CultureInfo.InvariantCulture),
            Article6 = form.Settings?.LawfulBasis?.Article6,
            Article9 = form.Settings?.LawfulBasis?.Article9,
        };
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool? YesNo(string? value) =>
        value switch
        {
            "yes" => true,
            "no" => false,
            _ => null,
        };

    private static string? YesNo(bool? value) =>
        value switch
        {
            true => "yes",
            false => "no",
            _ => null,
        };

    private static List<string> Lines(string? text) => (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private static List<string> Split(string? text) =>
        (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
