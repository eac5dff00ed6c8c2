namespace ResearchRelease.Web.Attachments;

/// <summary>The documents an application may carry (docs/domain.md, "What an application holds").</summary>
public static class AttachmentKinds
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static readonly IReadOnlyList<(string Code, string Name, string Hint)> All =
    [
        ("ethics_approval", "Ethics approval letter", "The letter from your ethics committee approving the project."),
        ("security_certificate", "Security certificate", "Your organisation's ISO 27001 or Cyber Essentials Plus certificate."),
        ("data_management_plan", "Data management plan", "How the data will be stored, accessed, checked and destroyed."),
    ];

    public static string? NameOf(string code) => All.FirstOrDefault(k => k.Code == code).Name;
}
