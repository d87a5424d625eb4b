using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticMap.Core.Diagnostics;
using SourceSpan = StaticMap.Core.Diagnostics.SourceSpan;
using StaticMap.Core.Rendering.Html;
using StaticMap.Core.Writing;

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

    private Theme(string folder, string displayFolder)
    {
        Folder = folder;
        DisplayFolder = displayFolder;
    }

    /// <summary>Absolute path of the theme folder.</summary>
    public string Folder { get; }

    /// <summary>The folder as shown in diagnostics: repository-relative when the theme is the site's own.</summary>
    public string DisplayFolder { get; }

    public string StaticFolder => Path.Combine(Folder, "static");

    /// <summary>Loads the theme and parses every template; syntax errors become diagnostics (MAP080).</summary>
    public static Theme? Load(string folder, string displayFolder, DiagnosticBag diagnostics)
    {
        if (!File.Exists(Path.Combine(folder, "layouts", "base" + TemplateExtension)))
        {
            diagnostics.Add(Validation.Rules.TemplateError.Instance.CreateMissingTheme(displayFolder));
            return null;
        }
        var theme = new Theme(folder, displayFolder);
        var ok = true;
        foreach (var file in Directory.EnumerateFiles(folder, "*" + TemplateExtension, SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            ok &= theme.Compile(name, diagnostics) is not null;
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

    private Template? Compile(string name, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(Folder, name);
        var template = Template.Parse(File.ReadAllText(path), name);
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
        if (!path.StartsWith(Folder, StringComparison.Ordinal) || !File.Exists(path))
            throw new ScriptRuntimeException(callerSpan, $"the theme has no template '{templatePath}'");
        return File.ReadAllText(path);
    }

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        new(((ITemplateLoader)this).Load(context, callerSpan, templatePath));
}
