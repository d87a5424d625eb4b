using System.Collections.Frozen;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Files;
using StaticMap.Core.Rendering.Pages;
using StaticMap.Core.Validation;

namespace StaticMap.Core.Rendering;

/// <summary>
/// Everything a build is made of, as one value: the rules, the page kinds (in their declared order), the file kinds,
/// the component kinds and the templates' functions. <c>StaticMapBuilder.Default()</c> registers StaticMap's own in one
/// readable list; code outside StaticMap.Core adds its own with the builder and passes the result in
/// <see cref="SiteOptions.Registry"/>. Nothing is found by reflection and nothing is held per process.
/// </summary>
public sealed class StaticMapRegistry
{
    public StaticMapRegistry(RuleSet rules, IEnumerable<IPageKind> pageKinds, IEnumerable<IFileKind> fileKinds, ComponentRegistry components,
        IReadOnlyDictionary<string, Delegate> templateFunctions)
    {
        Rules = rules;
        // Pages render in the order each kind declares; kinds of the same order keep the order they were registered in.
        PageKinds = pageKinds.OrderBy(k => k.Order).ToList();
        FileKinds = fileKinds.ToList();
        Components = components;
        TemplateFunctions = templateFunctions.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public RuleSet Rules { get; }

    /// <summary>Every page kind, in the order each declares (<see cref="IPageKind.Order"/>).</summary>
    public IReadOnlyList<IPageKind> PageKinds { get; }

    /// <summary>Every kind of generated file (downloads, feed, sitemap), in the order registered.</summary>
    public IReadOnlyList<IFileKind> FileKinds { get; }

    public ComponentRegistry Components { get; }

    /// <summary>Functions the theme's templates can call besides Scriban's own and StaticMap's built-in ones, by name.</summary>
    public IReadOnlyDictionary<string, Delegate> TemplateFunctions { get; }
}
