using System.Net;
using System.Text.Json;
using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Verification;

/// <summary>POST /api/verify: genuine only when the uploaded bytes are exactly an issued letter's.</summary>
public sealed class VerifyApiTests(ApprovedApp approved) : IClassFixture<ApprovedApp>
{
    [Fact]
    public async Task The_issued_letter_is_genuine_and_names_its_application()
    {
        var (status, body) = await PostAsync(approved.Pdf);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("genuine").GetBoolean());
        Assert.Equal(approved.Reference, body.GetProperty("letter").GetProperty("reference").GetString());
        Assert.Equal(approved.Sha256, body.GetProperty("letter").GetProperty("sha256").GetString());
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.99)]
    public async Task A_file_with_one_byte_changed_is_not_genuine(double where)
    {
        var changed = approved.Pdf.ToArray();
        changed[(int)(changed.Length * where)] ^= 0x20;
        var (status, body) = await PostAsync(changed);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.GetProperty("genuine").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("letter").ValueKind);
    }

    [Fact]
    public async Task A_file_with_one_byte_appended_is_not_genuine()
    {
        var (_, body) = await PostAsync([.. approved.Pdf, (byte)'\n']);
        Assert.False(body.GetProperty("genuine").GetBoolean());
    }

    [Fact]
    public async Task Not_a_pdf_empty_or_missing_is_a_400_naming_the_file_field()
    {
        foreach (var file in new byte[][] { "GIF89a not a pdf"u8.ToArray(), [] })
        {
            var (status, body) = await PostAsync(file);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.True(body.GetProperty("errors").TryGetProperty("file", out _));
        }
        using var none = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        var response = await approved.App.ClientFor(null).PostAsync("/api/verify", none);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_without_a_500()
    {
        var big = new byte[6 * 1024 * 1024];
        "%PDF-"u8.CopyTo(big);
        var (status, _) = await PostAsync(big);
        Assert.True(status is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"answered {(int)status}");
    }

    [Fact]
    public async Task A_json_body_is_refused_with_415()
    {
        var response = await approved.App.ClientFor(null).PostAsync("/api/verify", ApiClient.Json("{}"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private async Task<(HttpStatusCode, JsonElement)> PostAsync(byte[] file)
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(file), "file", "letter.pdf" } };
        var response = await approved.App.ClientFor(null).PostAsync("/api/verify", content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
