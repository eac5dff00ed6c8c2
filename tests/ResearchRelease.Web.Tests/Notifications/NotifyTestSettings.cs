using Microsoft.AspNetCore.Hosting;
using ResearchRelease.Web.Notifications;

namespace ResearchRelease.Web.Tests.Notifications;

/// <summary>A complete GOV.UK Notify configuration for tests that start the app outside Development or against a fake Notify.</summary>
public static class NotifyTestSettings
{
    public static readonly Guid ServiceId = Guid.Parse("5d5a3c8e-6a4b-4f3e-9d2a-1b2c3d4e5f60");
    public static readonly Guid Secret = Guid.Parse("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");
    public static string ApiKey => $"rr_test-{ServiceId}-{Secret}";

    /// <summary>A stable template id per template name, so a test can tell which template a request named.</summary>
    public static string TemplateId(string name) =>
        new Guid(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)).AsSpan(0, 16)).ToString();

    public static IWebHostBuilder UseNotify(this IWebHostBuilder b, string baseUrl = "https://notify.invalid/")
    {
        b.UseSetting("Notifications:Sender", "Notify");
        b.UseSetting("Notifications:Notify:ApiKey", ApiKey);
        b.UseSetting("Notifications:Notify:BaseUrl", baseUrl);
        foreach (var name in NotificationTemplates.All.Keys)
            b.UseSetting($"Notifications:Notify:Templates:{name}", TemplateId(name));
        b.UseSetting("Notifications:Mailboxes:ChiefStatistician", Mailbox.ChiefStatistician);
        b.UseSetting("Notifications:Mailboxes:Escalation", "escalation@education.example");
        b.UseSetting("Notifications:Mailboxes:Compliance", "compliance@education.example");
        return b;
    }
}
