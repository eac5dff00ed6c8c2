namespace ResearchRelease.Domain.Screening;

/// <summary>
/// JSON paths into the application (camelCase, as the API spells them). Reasons cite
/// these as their evidence so a reader can find the answer a finding rests on.
/// </summary>
internal static class FormPaths
{
    public const string ApplicantName = "applicant.name";
    public const string ApplicantEmail = "applicant.email";
    public const string OrganisationName = "organisation.name";
    public const string OrganisationType = "organisation.type";
    public const string IcoRegistration = "organisation.icoRegistration";
    public const string NamedUsers = "namedUsers";
    public const string Title = "project.title";
    public const string LaySummary = "project.laySummary";
    public const string ResearchQuestions = "project.researchQuestions";
    public const string Activity = "project.activity";
    public const string SubjectFocus = "project.subjectFocus";
    public const string Population = "project.population";
    public const string PupilsInEngland = "project.population.pupilsInEngland";
    public const string AcademicYears = "project.population.academicYears";
    public const string IntendedOutputs = "project.intendedOutputs";
    public const string PublicBenefit = "project.publicBenefit";
    public const string SolelyCommercial = "project.solelyCommercial";
    public const string EthicsStatus = "project.ethics.status";
    public const string EthicsBody = "project.ethics.body";
    public const string EthicsReference = "project.ethics.reference";
    public const string EthicsNotRequiredReason = "project.ethics.notRequiredReason";
    public const string DecisionsAboutIndividuals = "project.usedForDecisionsAboutIndividuals";
    public const string OutputsCouldIdentify = "project.outputsCouldIdentifyIndividuals";
    public const string DisclosureControl = "project.disclosureControl";
    public const string WhyAggregateIsNotEnough = "necessity.whyAggregateIsNotEnough";
    public const string LinkageNeeded = "necessity.linkageNeeded";
    public const string LinkageDescription = "necessity.linkageDescription";
    public const string DataItems = "dataItems";
    public const string AccessRoute = "settings.accessRoute";
    public const string SecurityCertifications = "settings.securityCertifications";
    public const string ProcessingInUk = "settings.processingInUk";
    public const string ProcessingLocation = "settings.processingLocation";
    public const string RetentionEnd = "settings.retentionEnd";
    public const string RetentionReason = "settings.retentionReason";
    public const string Article6 = "settings.lawfulBasis.article6";
    public const string Article9 = "settings.lawfulBasis.article9";

    public static string Output(int index) => $"{IntendedOutputs}[{index}]";

    public static string NamedUser(int index) => $"{NamedUsers}[{index}]";
}
