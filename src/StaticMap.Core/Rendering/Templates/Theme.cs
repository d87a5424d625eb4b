using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Localization;
using SourceSpan = StaticMap.Core.Diagnostics.SourceSpan;
using StaticMap.Core.Reading;
using StaticMap.Core.Rendering.Html;

namespace StaticMap.Core.Rendering.Templates;

/// <summary>
/// The theme: Scriban templates under layouts/ and partials/, and static files under static/. Every template is
/// parsed once and shared by all pages. Each thread renders with its own context, kept from page to page: a Scriban
/// context is costly to create (its built-in functions are bound by reflection) and its output buffer, once grown to
/// the size of a page, is reused instead of growing again for every page.
/// </summary>
public sealed class Theme : ITemplateLoader
{
    public const string TemplateExtension = ".sbn-html";

    private readonly ConcurrentDictionary<string, Template> _compiled = new(StringComparer.Ordinal);
    private readonly ThreadLocal<HtmlTemplateContext?> _contexts = new(() => null);

    private Theme(string folder, string displayFolder, RepositoryFiles files)
    {
        Folder = folder;
        DisplayFolder = displayFolder;
        Files = files.With(null);
    }

    /// <summary>How the theme's files are read: the repository's root for a theme inside the repository, the theme folder
    /// itself for StaticMap's default theme and a --theme folder outside the repository.</summary>
    public RepositoryFiles Files { get; }

    /// <summary>Absolute path of the theme folder.</summary>
    public string Folder { get; }

    /// <summary>The folder as shown in diagnostics: repository-relative when the theme is the site's own.</summary>
    public string DisplayFolder { get; }

    public string StaticFolder => Path.Combine(Folder, "static");

    /// <summary>The functions the templates can call besides StaticMap's own, from the build's registry.</summary>
    public IReadOnlyDictionary<string, Delegate> Functions { get; private init; } = new Dictionary<string, Delegate>();

    /// <summary>The interface text per language: the theme's strings/&lt;lang&gt;.yml over StaticMap's own (docs/theme.md).</summary>
    public StringCatalog Strings { get; private set; } = new(new Dictionary<string, IReadOnlyDictionary<string, StringEntry>>());

    /// <summary>How share cards and chart images look: the theme's cards/card.yml and fonts over StaticMap's own (docs/theme.md#share-cards).</summary>
    public Cards.CardStyle CardStyle { get; private set; } = Cards.CardStyle.Default;

    private const string StringsResourcePrefix = "StaticMap.Core.strings.";

    /// <summary>theme/strings/*.yml as built into StaticMap.Core: each language's file as bytes, parsed only when asked for.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> BuiltInStringsFiles = new(() =>
    {
        var assembly = typeof(Theme).Assembly;
        var result = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(StringsResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yml", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            result[name[StringsResourcePrefix.Length..^".yml".Length]] = bytes.ToArray();
        }
        return result;
    });

    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, StringEntry>> BuiltInStringsParsed = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>StaticMap's own strings of one language it ships, parsed once a process.</summary>
    private static IReadOnlyDictionary<string, StringEntry> BuiltInStrings(string language) => BuiltInStringsParsed.GetOrAdd(language, l =>
    {
        using var text = new StreamReader(new MemoryStream(BuiltInStringsFiles.Value[l]), System.Text.Encoding.UTF8);
        return StringsFileReader.Parse(text.ReadToEnd(), StringsResourcePrefix + l + ".yml", new DiagnosticBag(), []);
    });

    /// <summary>theme/strings/*.yml as built into StaticMap.Core, by language.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, StringEntry>>> AllBuiltInStrings = new(() =>
        BuiltInStringsFiles.Value.Keys.ToDictionary(language => language, BuiltInStrings, StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<StringCatalog> DefaultCatalog = new(() => new StringCatalog(AllBuiltInStrings.Value));

    /// <summary>StaticMap's own strings, for a render without a theme (a library caller's).</summary>
    public static StringCatalog DefaultStrings => DefaultCatalog.Value;

    /// <summary>Where StaticMap's own theme ships: next to the binary.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "theme");

    /// <summary>Loads the theme and parses every template; syntax errors become diagnostics (MAP080).</summary>
    /// <param name="files">Reads the theme's files (see <see cref="Files"/>); links out of its root are MAP066, special files MAP067.</param>
    /// <param name="strings">The theme's strings when the caller has read them already (<see cref="LoadStrings(string, string, RepositoryFiles, DiagnosticBag, out IReadOnlyDictionary{string, string})"/>),
    /// with the diagnostics reading them gave, so they are read once a run; null reads them here.</param>
    /// <param name="functions">The template functions of the build's registry, besides StaticMap's own.</param>
    public static Theme? Load(string folder, string displayFolder, RepositoryFiles files, DiagnosticBag diagnostics,
        (StringCatalog Catalog, IReadOnlyList<Diagnostic> Diagnostics)? strings = null, IReadOnlyDictionary<string, Delegate>? functions = null)
    {
        folder = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var reader = files.With(diagnostics);
        var before = diagnostics.Count;
        // Templates live in layouts/ and partials/ (docs/theme.md); node_modules/ and static/ are never listed for them.
        var templates = new[] { "layouts", "partials" }
            .SelectMany(sub => reader.FilesRecursive(Path.Combine(folder, sub)))
            .Where(f => f.EndsWith(TemplateExtension, StringComparison.Ordinal))
            .ToList();
        var theme = new Theme(folder, displayFolder, files) { Functions = functions ?? new Dictionary<string, Delegate>() };
        if (!templates.Contains(Path.Combine(folder, "layouts", "base" + TemplateExtension)))
        {
            if (diagnostics.Count == before) diagnostics.Add(Diagnostics.Codes.TemplateError.Instance.CreateMissingTheme(displayFolder));
            return null;
        }
        var ok = diagnostics.Count == before;
        foreach (var file in templates)
        {
            var name = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            ok &= theme.Compile(name, reader) is not null;
        }
        if (strings is { } read) diagnostics.AddRange(read.Diagnostics);
        theme.Strings = strings?.Catalog ?? LoadStrings(folder, displayFolder, reader, diagnostics, new Dictionary<string, string>());
        var cardProblems = new DiagnosticBag();
        theme.CardStyle = Cards.CardStyle.Load(folder, displayFolder, files, cardProblems);
        diagnostics.AddRange(cardProblems.ToSortedList());
        ok &= !cardProblems.HasErrors;
        return ok ? theme : null;
    }

    /// <summary>
    /// Only the strings of the theme in <paramref name="folder"/> (over StaticMap's own), without compiling its templates, for
    /// <c>staticmap check</c>'s MAP085; <paramref name="files"/> gets each language's strings file as shown in diagnostics
    /// (the theme's own when it has one, else StaticMap's).
    /// </summary>
    public static StringCatalog LoadStrings(string folder, string displayFolder, RepositoryFiles reader, DiagnosticBag diagnostics,
        out IReadOnlyDictionary<string, string> files)
    {
        var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var catalog = LoadStrings(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar), displayFolder, reader.With(diagnostics), diagnostics, paths);
        files = paths;
        return catalog;
    }

    /// <summary>
    /// The strings files: StaticMap's own (every key of every language it ships) with the theme's strings/*.yml over
    /// them, key by key, so a theme copied before a key existed still gets it, and a theme can add a language.
    /// </summary>
    private static StringCatalog LoadStrings(string folder, string displayFolder, RepositoryFiles reader, DiagnosticBag diagnostics,
        Dictionary<string, string> paths)
    {
        var files = new Dictionary<string, Dictionary<string, StringEntry>>(StringComparer.OrdinalIgnoreCase);
        // The theme's files, read first: a theme's strings file that is byte for byte StaticMap's own for its language (the
        // default theme, a theme copied and not yet edited) gives every key StaticMap's file has, so StaticMap's own is not
        // parsed for that language; a check of such a theme parses each strings file once instead of twice.
        var themeFiles = new List<(string Language, string DisplayPath, byte[] Bytes)>();
        foreach (var file in reader.FilesRecursive(Path.Combine(folder, "strings")).Order(StringComparer.Ordinal))
        {
            if (!file.EndsWith(".yml", StringComparison.Ordinal)) continue;
            var displayPath = $"{displayFolder}/strings/{Path.GetFileName(file)}";
            using var opened = reader.Open(file);
            if (opened is null) continue;
            themeFiles.Add((Path.GetFileNameWithoutExtension(file), displayPath, opened.ReadAllBytes()));
        }
        // StaticMap's own strings first (built into the assembly, the same files as the default theme's), then the theme's.
        foreach (var (language, bytes) in BuiltInStringsFiles.Value)
            files[language] = themeFiles.Any(f => string.Equals(f.Language, language, StringComparison.OrdinalIgnoreCase) && f.Bytes.AsSpan().SequenceEqual(bytes))
                ? new Dictionary<string, StringEntry>(StringComparer.Ordinal)
                : new Dictionary<string, StringEntry>(BuiltInStrings(language), StringComparer.Ordinal);
        foreach (var (language, displayPath, bytes) in themeFiles)
        {
            var source = TextFileReader.Decode(displayPath, bytes, diagnostics);
            if (source is null) continue;
            var problems = new List<StringsFileReader.Problem>();
            // The same positioned loader as plan files: anchors and aliases are MAP005 at the alias, deep nesting MAP006.
            var entries = StringsFileReader.Parse(source.Text, displayPath, diagnostics, problems);
            foreach (var problem in problems)
                diagnostics.Add(Diagnostics.Codes.TemplateError.Instance.Create(problem.At, problem.Message));
            paths[language] = displayPath;
            if (!files.TryGetValue(language, out var merged)) files[language] = merged = new Dictionary<string, StringEntry>(StringComparer.Ordinal);
            foreach (var (key, entry) in entries) merged[key] = entry;
        }
        return new StringCatalog(files.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, StringEntry>)kv.Value, StringComparer.OrdinalIgnoreCase));
    }

    public bool Has(string name) => _compiled.ContainsKey(name);

    private readonly ConcurrentDictionary<string, TranslateFunction> _translators = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The templates' <c>t</c> function for pages in <paramref name="language"/>.</summary>
    /// <summary>' lang="en"' for an element whose text is in <paramref name="language"/>; nothing for null.</summary>
    public static Html.RawHtml LangAttribute(string? language) =>
        string.IsNullOrEmpty(language) ? Html.RawHtml.Empty : new Html.RawHtml($" lang=\"{Localization.HtmlText.Escape(language)}\"");

    public TranslateFunction Translator(string language) => _translators.GetOrAdd(language, l => new TranslateFunction(Strings.For(l)));

    /// <summary>The layout around every page; it writes the page's own template where it says {{ content }}.</summary>
    public const string BaseLayout = "layouts/base" + TemplateExtension;

    /// <summary>
    /// Renders one page: <see cref="BaseLayout"/> (or the layout the page names, <see cref="Views.PageLayout.Base"/>) with the page's own template <paramref name="name"/> in place of
    /// {{ content }}, and writes it to <paramref name="output"/> as UTF-8 straight from the render buffer, without
    /// making a string of it. Runtime errors become diagnostics and write nothing.
    /// </summary>
    /// <returns>Whether the page was written.</returns>
    /// <param name="fragments">The part's store of the partials' HTML the print view writes again (<c>include_reused</c>); null keeps none.</param>
    public bool RenderPage(string name, IReadOnlyDictionary<string, object?> globals, ISiteOutput output, string path, DiagnosticBag diagnostics,
        PartFragments? fragments = null)
    {
        var baseLayout = globals.TryGetValue("layout", out var named) && named is Views.PageLayout { Base: { } b } ? b : BaseLayout;
        if (!_compiled.TryGetValue(baseLayout, out var layout) || !_compiled.TryGetValue(name, out var template))
        {
            diagnostics.Add(Diagnostics.Codes.TemplateError.Instance.CreateMissingTemplate(DisplayFolder + "/" + (_compiled.ContainsKey(baseLayout) ? name : baseLayout)));
            return false;
        }
        // Includes resolve to the already-parsed templates instead of being read and parsed again per page.
        var context = _contexts.Value ??= new HtmlTemplateContext(this, _compiled, Functions);
        var scriptObject = new ScriptObject(globals.Count + 1);
        foreach (var (key, value) in globals) scriptObject[key] = value;
        var language = globals.TryGetValue("layout", out var layout_) && layout_ is Views.PageLayout pageLayout ? pageLayout.Lang : StringCatalog.DefaultLanguage;
        scriptObject["t"] = Translator(language);
        // An untranslated component or report: the words StaticMap writes stay in the page's language; the author's text is
        // marked with its own language by the partials, which write {{ tl }} (' lang="en"', else nothing) in its elements.
        scriptObject["tl"] = Html.RawHtml.Empty;
        var untranslated = layout_ is Views.PageLayout { Untranslated: { } u } ? u.Lang : null;
        scriptObject["content"] = untranslated is null ? new InPlaceTemplate(template)
            : new InPlaceTemplate(template) { Scope = new ScriptObject { ["tl"] = LangAttribute(untranslated) } };
        context.Fragments = fragments;
        context.PushGlobal(scriptObject);
        try
        {
            context.RenderInPlace(layout);
            context.PopGlobal();
            context.Fragments = null;
            output.WriteBytes(path, context.TakeUtf8Output());
            return true;
        }
        catch (ScriptRuntimeException ex)
        {
            // The context may be left mid-template (scopes, loops): the next page on this thread gets a new one.
            _contexts.Value = null;
            diagnostics.Add(Diagnostics.Codes.TemplateError.Instance.Create(
                new SourceSpan(DisplayPath(ex.Span.FileName ?? name), ex.Span.Start.Line + 1, ex.Span.Start.Column + 1),
                ex.OriginalMessage));
            return false;
        }
    }

    private Template? Compile(string name, RepositoryFiles reader)
    {
        var diagnostics = reader.Diagnostics!;
        using var file = reader.Open(Path.Combine(Folder, name));
        if (file is null) return null;
        var source = TextFileReader.Decode(file.DisplayPath, file.ReadAllBytes(), diagnostics);
        if (source is null) return null;
        var template = Template.Parse(source.Text, name);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages)
                diagnostics.Add(Diagnostics.Codes.TemplateError.Instance.Create(
                    new SourceSpan(DisplayPath(name), message.Span.Start.Line + 1, message.Span.Start.Column + 1), message.Message));
            return null;
        }
        TemplateIndentation.Remove(template.Page!);
        _compiled[name] = template;
        return template;
    }

    private string DisplayPath(string name) => $"{DisplayFolder}/{name}";

    // ITemplateLoader: '{{ include "partials/x.sbn-html" }}' resolves against the theme's compiled templates.
    string ITemplateLoader.GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName) => templateName;

    string ITemplateLoader.Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath)
    {
        var path = Path.GetFullPath(Path.Combine(Folder, templatePath));
        if (!path.StartsWith(Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !Files.IsFile(path))
            throw new ScriptRuntimeException(callerSpan, $"the theme has no template '{templatePath}'");
        try
        {
            return Files.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new ScriptRuntimeException(callerSpan, $"the template '{templatePath}' cannot be read: {ex.Message}");
        }
    }

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        new(((ITemplateLoader)this).Load(context, callerSpan, templatePath));
}
