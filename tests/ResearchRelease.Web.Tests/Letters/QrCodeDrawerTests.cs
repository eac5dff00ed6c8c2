using ResearchRelease.Web.Letters.Pdf;

namespace ResearchRelease.Web.Tests.Letters;

public sealed class QrCodeDrawerTests
{
    [Fact]
    public void Produces_a_square_symbol_without_the_quiet_zone()
    {
        var modules = QrCodeDrawer.Modules("https://research-release.education.gov.uk/verify/7KQ2-M9XD");

        // QR versions are 21, 25, 29, … modules wide.
        Assert.Equal(0, (modules.Length - 21) % 4);
        Assert.All(modules, row => Assert.Equal(modules.Length, row.Length));

        // With the quiet zone gone, the top-left corner is the dark outer ring of a finder pattern.
        Assert.All(Enumerable.Range(0, 7), i => Assert.True(modules[0][i] && modules[i][0] && modules[6][i] && modules[i][6]));
        Assert.False(modules[1][1]);
        Assert.True(modules[3][3]);
    }
}
