using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>One part of a generated multipart body; a file part has a <see cref="FileName"/> (possibly empty).</summary>
public sealed record UploadPart(string Name, string? FileName, string? ContentType, FuzzFile File)
{
    public override string ToString() =>
        $"{HostileText.Show(Name)}{(FileName is null ? "" : $" filename={HostileText.Show(FileName)}")}{(ContentType is null ? "" : $" [{HostileText.Show(ContentType)}]")}: {File}";
}

/// <summary>
/// A multipart/form-data body written byte by byte (not through MultipartFormDataContent, which would refuse or
/// re-encode the hostile names): file names are UTF-8 with quotes and line breaks percent-encoded as browsers do;
/// other control characters go through raw. <see cref="Envelope"/> breaks the body as a whole: <c>truncated</c>
/// (cut before the closing boundary), <c>wrong-boundary</c> (the header names another boundary), <c>no-boundary</c>.
/// </summary>
public sealed record MultipartBody(IReadOnlyList<UploadPart> Parts, string Envelope = "ok")
{
    private const string Boundary = "----rrfuzzBoundary7MA4YWxkTrZu0gW";

    /// <summary>
    /// Whether the app may refuse the form unread: a broken envelope, a raw control character in a header, a part's
    /// headers longer than the multipart reader allows, or a part name with an unclosed bracket (which MVC cannot read,
    /// <see cref="Web.Security.ReadableUploads.UnclosedBracket"/>).
    /// </summary>
    public bool MayBeUnreadable =>
        Envelope != "ok"
        || Parts.Any(p => HeaderLength(p) > MultipartReader.DefaultHeadersLengthLimit)
        || Parts.Any(p =>
            HasControl(p.Name)
            || HasControl(p.FileName)
            || HasControl(p.ContentType)
            || Web.Security.ReadableUploads.UnclosedBracket(p.Name)
            // A backslash in a quoted header value escapes the next character (a closing quote, say), as browsers leave it.
            || p.Name.Contains('\\', StringComparison.Ordinal)
            || p.FileName?.Contains('\\', StringComparison.Ordinal) == true
        );

    /// <summary>The first file sent under <paramref name="name"/> (form names match in any case): the one a page or endpoint reads.</summary>
    public UploadPart? FirstFile(string name) => Files(name).FirstOrDefault();

    /// <summary>The parts ASP.NET Core reads as files: a part with an empty file name is a plain form value.</summary>
    public IEnumerable<UploadPart> Files(string name) =>
        Parts.Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(p.FileName));

    public HttpContent Build(string? antiforgeryToken)
    {
        using var body = new MemoryStream();
        var parts = antiforgeryToken is null
            ? Parts
            : [new UploadPart("__RequestVerificationToken", null, null, FuzzFile.Text(antiforgeryToken)), .. Parts];
        foreach (var part in parts)
        {
            var header = new StringBuilder($"--{Boundary}\r\nContent-Disposition: form-data; name=\"{Escape(part.Name)}\"");
            if (part.FileName is not null)
                header.Append($"; filename=\"{Escape(part.FileName)}\"");
            header.Append("\r\n");
            if (part.ContentType is not null)
                header.Append($"Content-Type: {Escape(part.ContentType)}\r\n");
            body.Write(Encoding.UTF8.GetBytes(header.Append("\r\n").ToString()));
            body.Write(part.File.Bytes);
            body.Write("\r\n"u8);
        }
        body.Write(Encoding.ASCII.GetBytes($"--{Boundary}--\r\n"));
        var bytes = body.ToArray();
        if (Envelope == "truncated")
            bytes = bytes[..Math.Max(0, bytes.Length - Boundary.Length - 8)];
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(
            Envelope switch
            {
                "wrong-boundary" => "multipart/form-data; boundary=another",
                "no-boundary" => "multipart/form-data",
                _ => $"multipart/form-data; boundary={Boundary}",
            }
        );
        return content;
    }

    private static string Escape(string value) =>
        value
            .Replace("\"", "%22", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    private static int HeaderLength(UploadPart part) =>
        Encoding.UTF8.GetByteCount(part.Name)
        + Encoding.UTF8.GetByteCount(part.FileName ?? "")
        + Encoding.UTF8.GetByteCount(part.ContentType ?? "");

    private static bool HasControl(string? value) => value is not null && value.Any(c => char.IsControl(c) && c is not '\r' and not '\n');

    public override string ToString() =>
        $"{(Envelope == "ok" ? "" : $"[{Envelope}] ")}{(Parts.Count == 0 ? "no parts" : string.Join("; ", Parts))}";
}
