using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ResearchRelease.Web.Audit;

/// <summary>
/// The key file: <c>{"key": "&lt;base64, 32+ bytes&gt;", "keyedSince": "2026-12-06T00:00:00Z"}</c>. Production makes it once
/// (for example <c>openssl rand -base64 32</c>) and keeps it with the signing certificate. Development makes its own on first
/// start; several processes may start at once, so it is written to a temporary name and moved into place without overwriting.
/// </summary>
public static class AuditKeyFile
{
    public static AuditKey Read(string path)
    {
        JsonNode? json;
        try
        {
            json = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new InvalidOperationException($"The audit chain key file {path} could not be read: {ex.Message}", ex);
        }
        var key = Convert.FromBase64String(
            json?["key"]?.GetValue<string>() ?? throw new InvalidOperationException($"{path} has no \"key\".")
        );
        var since = json?["keyedSince"]?.GetValue<string>() is { Length: > 0 } text
            ? DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)
            : DateTime.MinValue;
        return new AuditKey(key, since, path);
    }

    public static AuditKey LoadOrCreate(string path)
    {
        if (File.Exists(path))
            return Read(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var content = new JsonObject
        {
            ["key"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["keyedSince"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture),
        };
        File.WriteAllText(temporary, content.ToJsonString());
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
        return Read(path);
    }
}
