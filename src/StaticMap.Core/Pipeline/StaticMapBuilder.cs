using StaticMap.Core.Diagnostics;
using StaticMap.Core.Diagnostics.Codes;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Files;
using StaticMap.Core.Rendering.Pages;
using StaticMap.Core.Scaffolding.Admin;
using StaticMap.Core.Scaffolding.Components;
using StaticMap.Core.Validation;
using StaticMap.Core.Validation.Rules;

namespace StaticMap.Core.Pipeline;

/// <summary>
/// The one place that says what a build is made of: its rules, page kinds, file kinds, component kinds and template
/// functions, each registered by name, in the spirit of Markdig's <c>builder.UseX()</c>. <see cref="Default"/> is
/// StaticMap's own; code outside StaticMap.Core starts from it, adds its own and passes <see cref="Build"/>'s result in
/// <see cref="SiteOptions.Registry"/>:
/// <code>
/// var registry = StaticMapBuilder.Default().AddRule(new MyRule()).AddTemplateFunction("shout", (string s) =&gt; s.ToUpperInvariant()).Build();
/// SiteBuilder.Check(root, new SiteOptions { Registry = registry });
/// </code>
/// A new rule, page kind, file kind or component part of StaticMap is one class and one line here.
/// </summary>
public sealed class StaticMapBuilder
{
    private readonly List<Rule> _rules = [];
    private readonly List<IPageKind> _pageKinds = [];
    private readonly List<IFileKind> _fileKinds = [];
    private readonly List<ComponentDescriptor> _components = [];
    private readonly Dictionary<string, Delegate> _functions = new(StringComparer.Ordinal);

    /// <summary>StaticMap's own rules, pages, files, component kinds (and no extra template functions).</summary>
    public static StaticMapBuilder Default() => new StaticMapBuilder()
        .UseRules()
        .UseComponentKinds()
        .UsePages()
        .UseFiles();

    /// <summary>Every code StaticMap reports, by the stage that reports it (docs/rules.md lists them in code order).</summary>
    public StaticMapBuilder UseRules() => AddRules(
            // Reading the repository (read)
            PlanFileMissing.Instance, FileTooLarge.Instance, InvalidUtf8.Instance, MalformedYaml.Instance,
            YamlAliasNotAllowed.Instance, YamlTooLarge.Instance, FrontMatterMissing.Instance, DuplicateYamlKey.Instance,
            InvalidPlanId.Instance, FolderTooDeep.Instance, SymlinkOutsideRepository.Instance, UnreadableFile.Instance,
            // Parsing plans and pages (parse)
            MissingField.Instance, EmptyField.Instance, WrongType.Instance, InvalidDate.Instance,
            ValueNotAllowed.Instance, UnknownField.Instance, InvalidFips.Instance, InvalidStateCode.Instance,
            InvalidId.Instance, InvalidContact.Instance, ComponentMissing.Instance, ComponentDuplicated.Instance,
            UnknownComponent.Instance, EmptyBody.Instance, TheoryOfChangeMissing.Instance, InvalidLanguage.Instance,
            InvalidMetricEntry.Instance, MarkdownTooDeep.Instance, ProgressYearMismatch.Instance, ProgressFileName.Instance,
            NotAPlainNumber.Instance, InvalidTranslationLanguage.Instance, UnmatchedTranslationEntry.Instance, TranslationFieldDiffers.Instance,
            TranslationListLength.Instance, ReleasedWithoutDate.Instance, TranslationLanguageNotListed.Instance, MissingTranslation.Instance,
            TranslationNotAllowed.Instance, PathOutsidePlan.Instance,
            // Loading the data (metrics)
            ValueOutsideInterval.Instance, LocalDataTooLarge.Instance, MalformedDataFile.Instance, DataFileSkipped.Instance,
            UnknownDataColumn.Instance, DataFilesDisagree.Instance,
            // The checks of the validate stage (validate)
            DuplicateId.Instance, UnknownMeasuresTarget.Instance, ItemWithoutIndicator.Instance, UnknownProgressIndicator.Instance,
            MeasuresActivity.Instance, DuplicateProgressUpdate.Instance, StatusDisagreesWithNumbers.Instance, ProgressReportOverdue.Instance,
            YearNotBegun.Instance, TargetNotAfterBaseline.Instance, ShareWrittenAsPercent.Instance,
            ValueDiffersFromData.Instance, NoDataForValue.Instance, ChartTooLarge.Instance, DirectionControlCharacter.Instance,
            ValueFromOlderData.Instance, ReservedHtmlId.Instance, UnclosedRawHtml.Instance, MixedScriptLinkText.Instance,
            UnknownSubgroup.Instance, ImageWithoutAlt.Instance, FileNotFound.Instance, BrokenLink.Instance,
            UnsafeHtml.Instance, UnsafeLink.Instance, UrlCollision.Instance, ActiveAsset.Instance,
            UnknownMetric.Instance, MetricHasNoData.Instance, WeakData.Instance, InvalidLocalData.Instance,
            PeerHasNoData.Instance, SubgroupNotAvailable.Instance, PlaceholderText.Instance,
            // The theme (theme)
            StringsMissing.Instance, CardLayoutInvalid.Instance,
            // Rendering (render)
            TemplateError.Instance, ShareCardsNeedBaseUrl.Instance,
            // Writing (write)
            VendorLibraryFailed.Instance, OutputNotWritable.Instance, OutputRefused.Instance, CacheNotWritable.Instance, SearchNotIndexed.Instance,
            // The release checklist (release: staticmap check --release only)
            ReleaseWithoutContact.Instance, ReleaseWithoutDate.Instance, ReleaseWithoutBaseUrl.Instance,
            // Any stage (any)
            InternalError.Instance);

    /// <summary>The five components of a Mobility Action Plan, each with its parser, schema, view and scaffold, in the guide's order (<see cref="CoreComponentKinds"/>).</summary>
    public StaticMapBuilder UseComponentKinds()
    {
        foreach (var descriptor in CoreComponentKinds.Descriptors()) AddComponentKind(descriptor);
        return this;
    }

    /// <summary>The kinds of page; they render in the order each declares (<see cref="IPageKind.Order"/>), not this one.</summary>
    public StaticMapBuilder UsePages() =>
        AddPageKind(new ComponentPageKind()).AddPageKind(new HomePageKind()).AddPageKind(new PlanOverviewPageKind())
        .AddPageKind(new PrintPageKind()).AddPageKind(new ProgressPageKind()).AddPageKind(new SearchPageKind())
        .AddPageKind(new SitePageKind()).AddPageKind(new StatusPageKind())
        .AddPageKind(new GlancePageKind()).AddPageKind(new EmbedPageKind());

    /// <summary>The generated files: the browser editor, downloads, plan.json, the feed, robots.txt, the schemas, the sitemap, share cards and chart images.</summary>
    public StaticMapBuilder UseFiles() =>
        AddFileKind(new AdminFiles()).AddFileKind(new ChartDataCsv()).AddFileKind(new MeasurementPlanCsv()).AddFileKind(new PlanJson())
        .AddFileKind(new ProgressFeed()).AddFileKind(new RobotsTxt()).AddFileKind(new SchemaFiles()).AddFileKind(new Sitemap())
        .AddFileKind(new ShareCardImages()).AddFileKind(new ChartImages()).AddFileKind(new NetlifyHeadersFile()).AddFileKind(new NetlifyRedirectsFile());

    /// <summary>A code the build can report, and a check when it is an <see cref="IPlanRule"/> or <see cref="ISiteRule"/>.</summary>
    public StaticMapBuilder AddRule(Rule rule) => AddRules(rule);

    public StaticMapBuilder AddRules(params Rule[] rules)
    {
        _rules.AddRange(rules);
        return this;
    }

    public StaticMapBuilder AddPageKind(IPageKind kind)
    {
        _pageKinds.Add(kind);
        return this;
    }

    public StaticMapBuilder AddFileKind(IFileKind kind)
    {
        _fileKinds.Add(kind);
        return this;
    }

    /// <summary>A component kind and its parts (parser, schema, view, scaffold), each of which names the kind.</summary>
    public StaticMapBuilder AddComponentKind(params IComponentPart[] parts)
    {
        if (parts.Length == 0) throw new ArgumentException("a component kind needs its parts", nameof(parts));
        return AddComponentKind(CoreComponentKinds.Kind(parts));
    }

    public StaticMapBuilder AddComponentKind(ComponentDescriptor descriptor)
    {
        _components.Add(descriptor);
        return this;
    }

    /// <summary>
    /// A function the theme's templates call by <paramref name="name"/>, e.g. <c>{{ shout page.title }}</c>. Its result is
    /// escaped like any value unless it is <see cref="Rendering.Html.RawHtml"/>. StaticMap's own functions (t, link,
    /// time, lang_attr, visually_hidden, include) cannot be replaced.
    /// </summary>
    public StaticMapBuilder AddTemplateFunction(string name, Delegate function)
    {
        if (!IsName(name)) throw new ArgumentException($"'{name}' is not a template name: use lower-case letters, digits and '_'", nameof(name));
        if (Rendering.Html.HtmlTemplateContext.BuiltIn.Contains(name)) throw new ArgumentException($"'{name}' is one of StaticMap's own template functions", nameof(name));
        if (!_functions.TryAdd(name, function)) throw new ArgumentException($"the template function '{name}' is registered twice", nameof(name));
        return this;
    }

    private static bool IsName(string name) =>
        name.Length > 0 && char.IsAsciiLetterLower(name[0]) && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');

    /// <summary>The registry, checked: no code twice, no component slug twice, every component part of its own kind.</summary>
    public StaticMapRegistry Build() =>
        new(new RuleSet(_rules), _pageKinds, _fileKinds, new ComponentRegistry(_components), _functions);
}
