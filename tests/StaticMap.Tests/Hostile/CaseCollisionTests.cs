using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// Two published files whose names differ only in case are one file on Windows and macOS (and to deploy clients that
/// run there): MAP068 at the second, naming both; nothing is written.
/// </summary>
public class CaseCollisionTests
{
    [Fact]
    public void Two_plan_assets_that_differ_only_in_case_are_an_error_naming_both()
    {
        using var site = Valid();
        site.Write(Plan + "/assets/Coalition.svg", site.Read(Plan + "/assets/coalition.svg"));
        var d = HostileAssert.FailsWith(site, "MAP068", new(Plan + "/assets/coalition.svg", 1, 1));
        Assert.Equal($"{Plan}/assets/coalition.svg and {Plan}/assets/Coalition.svg differ only in upper and lower case, so on Windows and macOS (and for deploy tools run there) they are one file and one would replace the other; rename or remove one of the two", d.Message);
    }

    [Fact]
    public void Data_files_and_site_assets_are_checked_too()
    {
        using var site = Valid();
        site.Write(Plan + "/data/JOBS-program.csv", site.Read(Plan + "/data/jobs-program.csv"));
        site.Write("input/assets/Logo.png", "x").Write("input/assets/logo.png", "y");
        var diagnostics = HostileAssert.BuildFails(site);
        HostileAssert.Has(diagnostics, "MAP068", new(Plan + "/data/jobs-program.csv", 1, 1));
        HostileAssert.Has(diagnostics, "MAP068", new("input/assets/logo.png", 1, 1));
    }
}
