using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace ResearchRelease.Web.Features.Screening;

/// <summary>
/// Where the questionnaire keeps its answers between pages: in the visitor's own browser, in an encrypted cookie
/// that ends with the browser session. Nothing is written on the server, so "we do not keep your answers" stays
/// true, and any instance of the service can read it (the key ring is shared). Works without JavaScript.
/// </summary>
public sealed class CheckAnswerStore(IDataProtectionProvider protection)
{
    public const string CookieName = "rr-check";

    private readonly IDataProtector _protector = protection.CreateProtector("ResearchRelease.Web.Features.Screening.CheckAnswerStore.v1");
    private readonly ChunkingCookieManager _cookies = new();

    public CheckInput Read(HttpContext http)
    {
        var value = _cookies.GetRequestCookie(http, CookieName);
        if (string.IsNullOrEmpty(value))
            return new CheckInput();
        try
        {
            return JsonSerializer.Deserialize<CheckInput>(_protector.Unprotect(value)) ?? new CheckInput();
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            // A cookie from an old key or tampered with: start again rather than fail.
            return new CheckInput();
        }
    }

    public void Write(HttpContext http, CheckInput input) =>
        _cookies.AppendResponseCookie(http, CookieName, _protector.Protect(JsonSerializer.Serialize(input)), Options(http));

    private static CookieOptions Options(HttpContext http) =>
        new()
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/check",
            IsEssential = true,
        };
}
