using StaticMap.Core.Diagnostics;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Rules;

internal static class RuleAssert
{
    /// <summary>The site reports exactly one diagnostic, with this code, at this position; returns it for message checks.</summary>
    public static Diagnostic Single(TestSite site, string code, SourceSpan at)
    {
        var diagnostics = site.Check();
        var only = Assert.Single(diagnostics);
        Assert.Equal(code, only.Code);
        Assert.Equal(at, only.Span);
        return only;
    }
}
