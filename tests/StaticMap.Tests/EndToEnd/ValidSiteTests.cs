using StaticMap.Tests.Support;

namespace StaticMap.Tests.EndToEnd;

public class ValidSiteTests
{
    [Fact]
    public void The_fixture_plan_checks_clean()
    {
        using var site = TestSite.Valid();
        Assert.Empty(site.Check());
    }
}
