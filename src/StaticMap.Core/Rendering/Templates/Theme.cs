using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticMap.Core.Diagnostics;
using SourceSpan = StaticMap.Core.Diagnostics.SourceSpan;
using StaticMap.Core.Rendering.Html;

namespace StaticMap.Core.Rendering.Templates;

/// <summary>
/// The theme: Scriban templates under layouts/ and partials/, and static files under static/. Every template is
/// parsed once and shared by all pages; rendering is thread-safe because each render gets its own context.
/// </summary>
public sealed class Theme : ITemplateLoader
{
    public const string TemplateExtension = ".sbn-html";

    private readonly ConcurrentDictionary<string, Template> _compiled = new(StringComparer.Ordinal);

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

    /// <summary>Renders a template with the given globals; runtime errors become diagnostics and return null.</summary>
    public string? Render(string name, IReadOnlyDictionary<string, object?> globals, DiagnosticBag diagnostics)
    {
        if (!_compiled.TryGetValue(name, out var template))
        {
            diagnostics.Add(Validation.Rules.TemplateError.Instance.CreateMissingTemplate(DisplayFolder + "/" + name));
            return null;
        }
        var context = new HtmlTemplateContext(this);
        // Includes resolve to the already-parsed templates instead of being read and parsed again per page.
        foreach (var (key, compiled) in _compiled) context.CachedTemplates[key] = compiled;
        var scriptObject = new ScriptObject();
        foreach (var (key, value) in globals) scriptObject[key] = value;
        context.PushGlobal(scriptObject);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            diagnostics.Add(Validation.Rules.TemplateError.Instance.Create(
                new SourceSpan(DisplayPath(ex.Span.FileName ?? name), ex.Span.Start.Line + 1, ex.Span.Start.Column + 1),
                ex.OriginalMessage));
            return null;
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
