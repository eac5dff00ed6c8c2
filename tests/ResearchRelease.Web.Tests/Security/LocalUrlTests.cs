using ResearchRelease.Web.Auth;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>The one rule every return URL goes through (<see cref="LocalUrl"/>).</summary>
public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/", true)]
    [InlineData("/applications?x=1", true)]
    [InlineData("/a/b//c", true)]
    [InlineData("", false)]
    [InlineData("//evil.com", false)]
    [InlineData("/\\evil.com", false)]
    [InlineData("/\t/evil.com", false)]
    [InlineData("/x\r\nSet-Cookie: a=b", false)]
    [InlineData("/\u0085/evil.com", false)]
    [InlineData("~/x", false)]
    [InlineData("https://evil.com/", false)]
    [InlineData("\\\\evil.com", false)]
    public void The_rule_is_url_is_local_url_for_paths(string url, bool local) => Assert.Equal(local, LocalUrl.IsLocal(url));

    [Fact]
    public void Half_a_surrogate_pair_is_not_local() => Assert.False(LocalUrl.IsLocal("/x" + '\ud800' + "y"));

    [Fact]
    public void Characters_a_header_cannot_carry_are_percent_encoded()
    {
        Assert.Equal("/register?q=%C5%81%C3%B3d%C5%BA%20x", LocalUrl.OrHome("/register?q=Łódź x"));
        Assert.Equal("/a%E2%80%AEb", LocalUrl.OrHome("/a\u202eb"));
        Assert.Equal("/", LocalUrl.OrHome("/\t/evil.com"));
    }
}
