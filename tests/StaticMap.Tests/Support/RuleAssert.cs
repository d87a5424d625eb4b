using StaticMap.Core.Diagnostics;

namespace StaticMap.Tests.Support;

internal static class RuleAssert
{
    /// <summary>The site reports exactly one diagnostic, with this code, at this position; returns it for message checks.</summary>
    public static Diagnostic Single(TestSite site, string code, SourceSpan at) => Single(site.Check(), code, at);

    /// <summary>Exactly one diagnostic, with this code, at this position (e.g. of a check with options); returns it.</summary>
    public static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code, SourceSpan at)
    {
        var only = Assert.Single(diagnostics);
        Assert.Equal(code, only.Code);
        Assert.Equal(at, only.Span);
        return only;
    }

    /// <summary>The valid site with one edit, <paramref name="from"/> to <paramref name="to"/> in <paramref name="file"/>, reports
    /// exactly one diagnostic, with this code, at the first <paramref name="at"/> of the edited file; returns it.</summary>
    public static Diagnostic AfterEdit(string file, string from, string to, string code, string at)
    {
        using var site = TestSite.Valid();
        site.Replace(file, from, to);
        return Single(site, code, site.PositionOf(file, at));
    }
}
