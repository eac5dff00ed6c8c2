using System.Globalization;
using System.Text.Json;

namespace ResearchRelease.Web.Features.Register;

/// <summary>
/// The register as JSON, with the fields of the Data Use Register standard that apply to DfE's disclosures (project id and
/// title, organisation and sector, lay summary, public benefit, data items with sensitivity, legal basis under Articles 6
/// and 9 and the gateway, access route, linkage, approval, start, end and review dates, status, reported outputs). Its
/// shape is fixed by docs/schemas/disclosure-register.schema.json, which a test validates it against.
/// </summary>
public static class PublicRegisterJson
{
    public static async Task WriteAsync(
        Stream stream,
        IAsyncEnumerable<PublicRelease> rows,
        string? next,
        DateTimeOffset now,
        CancellationToken ct,
        DateOnly? asAt = null
    )
    {
        await using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("publisher", "Department for Education");
        json.WriteString("register", "Disclosures of individual pupil information");
        json.WriteString("generatedAt", now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        // A quarterly snapshot says which day's end it shows; the live register is as at the moment it was generated.
        if (asAt is { } day)
            json.WriteString("asAt", Iso(day));
        json.WriteStartArray("entries");
        await foreach (var r in rows.WithCancellation(ct))
        {
            Entry(json, r);
            if (json.BytesPending > 32_768)
                await json.FlushAsync(ct);
        }
        json.WriteEndArray();
        if (next is null)
            json.WriteNull("next");
        else
            json.WriteString("next", next);
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    private static void Entry(Utf8JsonWriter json, PublicRelease r)
    {
        json.WriteStartObject();
        json.WriteString("projectId", r.Reference);
        json.WriteString("kind", r.Kind);
        json.WriteString("projectTitle", r.ProjectTitle);
        json.WriteStartObject("organisation");
        json.WriteString("name", r.Organisation);
        Nullable(json, "sector", r.Sector);
        json.WriteEndObject();
        json.WriteString("laySummary", r.Purpose);
        json.WriteString("publicBenefit", r.PublicBenefit);
        json.WriteStartArray("dataItems");
        foreach (var i in r.Items)
        {
            json.WriteStartObject();
            json.WriteString("code", i.Code);
            json.WriteString("name", i.Name);
            json.WriteString("sensitivity", i.Sensitivity);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("legalBasis");
        json.WriteString("gateway", r.LegalGateway);
        Nullable(json, "article6", r.Article6);
        Nullable(json, "article9", r.Article9);
        json.WriteEndObject();
        Nullable(json, "accessRoute", r.AccessRouteCode);
        json.WriteBoolean("linkage", r.Linkage);
        Nullable(json, "frequency", r.Frequency);
        json.WriteString("approvalDate", Iso(DateOnly.FromDateTime(r.ApprovedAt)));
        json.WriteString("startDate", Iso(r.StartDate));
        Nullable(json, "endDate", r.EndDate is { } e ? Iso(e) : null);
        Nullable(json, "reviewDate", r.ReviewDate is { } v ? Iso(v) : null);
        json.WriteString("status", r.Status);
        json.WriteStartArray("outputs");
        foreach (var o in r.Outputs)
        {
            json.WriteStartObject();
            json.WriteString("title", o.Title);
            json.WriteString("url", o.Link);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Nullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
            json.WriteNull(name);
        else
            json.WriteString(name, value);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
