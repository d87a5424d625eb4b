using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticMap.Core.Diagnostics;
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

    /// <summary>Loads the theme and parses every template; syntax errors become diagnostics (MAP080).</summary>
    /// <param name="files">Reads the theme's files (see <see cref="Files"/>); links out of its root are MAP066, special files MAP067.</param>
    public static Theme? Load(string folder, string displayFolder, RepositoryFiles files, DiagnosticBag diagnostics)
    {
        folder = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var reader = files.With(diagnostics);
        var before = diagnostics.Count;
        // Templates live in layouts/ and partials/ (docs/theme.md); node_modules/ and static/ are never listed for them.
        var templates = new[] { "layouts", "partials" }
            .SelectMany(sub => reader.FilesRecursive(Path.Combine(folder, sub)))
            .Where(f => f.EndsWith(TemplateExtension, StringComparison.Ordinal))
            .ToList();
        var theme = new Theme(folder, displayFolder, files);
        if (!templates.Contains(Path.Combine(folder, "layouts", "base" + TemplateExtension)))
        {
            if (diagnostics.Count == before) diagnostics.Add(Validation.Rules.TemplateError.Instance.CreateMissingTheme(displayFolder));
            return null;
        }
        var ok = diagnostics.Count == before;
        foreach (var file in templates)
        {
            var name = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            ok &= theme.Compile(name, reader) is not null;
        }
        return ok ? theme : null;
    }

    public bool Has(string name) => _compiled.ContainsKey(name);

    /// <summary>The layout around every page; it writes the page's own template where it says {{ content }}.</summary>
    public const string BaseLayout = "layouts/base" + TemplateExtension;

    /// <summary>
    /// Renders one page: <see cref="BaseLayout"/> with the page's own template <paramref name="name"/> in place of
    /// {{ content }}, and writes it to <paramref name="output"/> as UTF-8 straight from the render buffer, without
    /// making a string of it. Runtime errors become diagnostics and write nothing.
    /// </summary>
    /// <returns>Whether the page was written.</returns>
    public bool RenderPage(string name, IReadOnlyDictionary<string, object?> globals, ISiteOutput output, string path, DiagnosticBag diagnostics)
    {
        if (!_compiled.TryGetValue(BaseLayout, out var layout) || !_compiled.TryGetValue(name, out var template))
        {
            diagnostics.Add(Validation.Rules.TemplateError.Instance.CreateMissingTemplate(DisplayFolder + "/" + (_compiled.ContainsKey(BaseLayout) ? name : BaseLayout)));
            return false;
        }
        // Includes resolve to the already-parsed templates instead of being read and parsed again per page.
        var context = _contexts.Value ??= new HtmlTemplateContext(this, _compiled);
        var scriptObject = new ScriptObject(globals.Count + 1);
        foreach (var (key, value) in globals) scriptObject[key] = value;
        scriptObject["content"] = new InPlaceTemplate(template);
        context.PushGlobal(scriptObject);
        try
        {
            context.RenderInPlace(layout);
            context.PopGlobal();
            output.WriteBytes(path, context.TakeUtf8Output());
            return true;
        }
        catch (ScriptRuntimeException ex)
        {
            // The context may be left mid-template (scopes, loops): the next page on this thread gets a new one.
            _contexts.Value = null;
            diagnostics.Add(Validation.Rules.TemplateError.Instance.Create(
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
                diagnostics.Add(Validation.Rules.TemplateError.Instance.Create(
                    new SourceSpan(DisplayPath(name), message.Span.Start.Line + 1, message.Span.Start.Column + 1), message.Message));
            return null;
        }
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
