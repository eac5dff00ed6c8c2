namespace ResearchRelease.Web.Data;

/// <summary>
/// A PDF attached to an application (ethics approval, security certificate, data management plan): the latest one
/// of each kind per application, with its SHA-256 so the copy the Chief Statistician read can be shown later.
/// </summary>
public sealed class StoredAttachment
{
    public Guid Id { get; set; }
    public Guid ApplicationId { get; set; }
    public string Kind { get; set; } = "";
    public string FileName { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public string UploadedBy { get; set; } = "";
    public DateTime UploadedAt { get; set; }
}
