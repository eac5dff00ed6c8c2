using System.Data.Common;
using System.Net;
using Npgsql;

namespace ResearchRelease.Web.Tests.Infrastructure;

/// <summary>
/// The test server's connection string as the tests use it: on loopback, TLS is off unless the string names an SSL
/// mode. Npgsql prefers TLS whenever the server offers it (Debian's PostgreSQL does, with its snakeoil certificate),
/// and every database a test makes starts pools of its own: one run of the PostgreSQL tests generated about 6,000 TLS
/// keys, with key exchanges and certificate checks on both sides, to protect packets that never leave the machine.
/// </summary>
public static class LoopbackPostgres
{
    public static string WithoutTls(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (NamesSslMode(connectionString) || !OnLoopback(builder.Host))
            return connectionString;
        builder.SslMode = SslMode.Disable;
        return builder.ConnectionString;
    }

    private static bool NamesSslMode(string connectionString) =>
        new DbConnectionStringBuilder { ConnectionString = connectionString }
            .Keys.Cast<string>()
            .Any(k => string.Equals(k.Replace(" ", "", StringComparison.Ordinal), "sslmode", StringComparison.OrdinalIgnoreCase));

    private static bool OnLoopback(string? hosts) =>
        !string.IsNullOrWhiteSpace(hosts) && hosts.Split(',').All(h => OneOnLoopback(h.Trim()));

    // A host may carry its port ("127.0.0.1:5433"); an IPv6 address has colons of its own ("::1").
    private static bool OneOnLoopback(string host) =>
        IsLoopbackName(host) || (host.LastIndexOf(':') is > 0 and var colon && IsLoopbackName(host[..colon]));

    private static bool IsLoopbackName(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
}
