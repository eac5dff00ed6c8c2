using Npgsql;

namespace ResearchRelease.Web.Tests.Infrastructure;

/// <summary>The test server's TLS is switched off only where nothing could read the packets, and never against a named mode.</summary>
public sealed class LoopbackPostgresTests
{
    [Theory]
    [InlineData("Host=127.0.0.1;Port=5432;Username=rr_ci;Password=rr_ci;Database=rr_ci")]
    [InlineData("Host=localhost;Username=rr")]
    [InlineData("Host=::1;Username=rr")]
    [InlineData("Host=127.0.0.1:5433,localhost;Username=rr")]
    public void On_loopback_tls_is_off(string server) =>
        Assert.Equal(SslMode.Disable, new NpgsqlConnectionStringBuilder(LoopbackPostgres.WithoutTls(server)).SslMode);

    [Theory]
    [InlineData("Host=db.example.test;Username=rr")]
    [InlineData("Host=127.0.0.1,db.example.test;Username=rr")]
    [InlineData("Host=127.0.0.1;Username=rr;SSL Mode=Require")]
    [InlineData("Host=127.0.0.1;Username=rr;sslmode=prefer")]
    public void Elsewhere_or_when_named_the_string_is_kept(string server) => Assert.Equal(server, LoopbackPostgres.WithoutTls(server));
}
