using StaticMap.Core.Rendering.Templates;
using StaticMap.Core.Writing;
using StaticMap.Core.Rendering;

namespace StaticMap.Core.Pipeline;

/// <summary>Where a <see cref="BuildPipeline"/> writes the site: the output folder of a build, or the preview's memory.</summary>
public interface ISiteTarget
{
    /// <summary>How diagnostics name the output.</summary>
    string Display { get; }

    /// <summary>
    /// The output of one run: empty when <paramref name="replacing"/> is null (the whole site is written), else the current
    /// site without the folders in <paramref name="replacing"/>, which are written again: the changed plans' own
    /// ("alameda-county") and their translations' ("es/alameda-county").
    /// </summary>
    ISiteOutput Open(IReadOnlySet<string>? replacing);

    /// <summary>
    /// Whether the run restores the theme's client-side libraries (Chart.js, from the npm registry or the download cache)
    /// into the output. False for a target that only compares pages (<c>staticmap diff</c>): a diff needs no download.
    /// </summary>
    bool TakesLibraries => true;

    /// <summary>Makes what was written the site; called only when the run had no error.</summary>
    void Commit(ISiteOutput output, Theme theme);
}
