using StaticMap.Core.Model;
using StaticMap.Core.Progress;
using StaticMap.Core.Rendering.Charts;
using StaticMap.Core.Rendering.Components;
using StaticMap.Core.Rendering.Html;
using StaticMap.Core.Rendering.Markdown;
using StaticMap.Core.Rendering.Views;

namespace StaticMap.Core.Rendering.Pages;

/// <param name="Charts">Each indicator with numbers, across the reports up to this year, with its target.</param>
/// <param name="Counts">The indicators counted by their one public status.</param>
/// <param name="Changes">What moved since the previous report, in plain sentences (HTML: an indicator name in another language is marked).</param>
/// <param name="HasComputed">Some status was computed from the numbers (the coalition left it out): the page says how.</param>
public sealed record ProgressPage(int Year, RawHtml Body, IReadOnlyList<UpdateRow> Updates, IReadOnlyList<StatusCount> Counts,
    IReadOnlyList<ChartSpec> Charts, NavLink? Previous, NavLink? Next, IReadOnlyList<RawHtml> Changes, bool HasComputed) : IPagePart
{
    /// <summary>In the print view's copy, the report page's own model (its partial's HTML is written again, <c>include_reused</c>).</summary>
    internal ProgressPage? OnItsPage { get; init; }

    IPagePart? IPagePart.Original => OnItsPage;
}

/// <param name="Status">The one public status: the coalition's, or computed from the numbers where it gave none.</param>
/// <param name="StatusSlug">Picks the status icon and style; the status is always written as text too.</param>
/// <param name="Value">The value with its year ("85.6% in 2023"), or "No newer data since 2023"; empty when none.</param>
/// <param name="StatusDetail">For a computed status, where the value stands in plain words; empty for the coalition's.</param>
/// <param name="Progress">Progress toward the target as a neutral figure ("62% of the way from the baseline to the target").</param>
/// <param name="Quality">For a value Urban rates Weak or Marginal: its marker, as on the findings' data tables; null otherwise.</param>
/// <param name="NoStatusReason">Why an update has no status yet, when its value is an estimate Urban rates Weak or the data have
/// no year after the baseline's; empty otherwise.</param>
/// <param name="Group">For an indicator that follows one group's values of a Mobility Metric ('subgroup'), the group as people
/// ("Black, non-Hispanic residents"), so the row, its status and its chart say whose values they are; empty otherwise.</param>
public sealed record UpdateRow(string IndicatorId, string IndicatorName, string IndicatorHref, string Status, string StatusSlug,
    string Value, string Baseline, string Target, string Note, string StatusDetail, string Progress, string ValueSource, bool NoNewerData,
    QualityMark? Quality = null, string NoStatusReason = "", string Group = "")
{
    /// <summary>The language of <see cref="IndicatorName"/> when the measurement plan is not translated into the page's (a link
    /// whose words are English on a Spanish page says so: <c>lang="en"</c>); null when it is in the page's language.</summary>
    public string? IndicatorLang { get; init; }

    /// <summary>The language of <see cref="Note"/> when a translated report leaves it as the original's (it is marked
    /// <c>lang="en"</c> on a Spanish page); null when it is in the page's language.</summary>
    public string? NoteLang { get; init; }

    /// <summary><see cref="Value"/>, <see cref="Baseline"/> and <see cref="Target"/> as HTML, an untranslated unit marked with
    /// its language (<see cref="Formatting.ValueHtml"/>); what templates write.</summary>
    public RawHtml ValueHtml { get; init; } = RawHtml.Empty;

    public RawHtml BaselineHtml { get; init; } = RawHtml.Empty;

    public RawHtml TargetHtml { get; init; } = RawHtml.Empty;

    /// <summary>The sentence under a computed status ("Computed from the numbers: …", with <see cref="Group"/> when there is
    /// one), <see cref="StatusDetail"/>'s units marked as <see cref="ValueHtml"/>'s are; empty for the coalition's status.</summary>
    public RawHtml StatusDetailHtml { get; init; } = RawHtml.Empty;
}

/// <summary>Urban's data-quality rating of a value: <paramref name="Slug"/> weak or marginal, <paramref name="Symbol"/> shown to
/// sighted readers only (the words repeat it), <paramref name="Text"/> the rating in words.</summary>
public sealed record QualityMark(string Slug, string Symbol, string Text);

public sealed record StatusCount(string Status, string StatusSlug, int Count);

public sealed record ProgressIndexPage(IReadOnlyList<ProgressYearLink> Reports, IReadOnlyList<int> Years, IReadOnlyList<ProgressTrackRow> Indicators);

public sealed record ProgressYearLink(int Year, string Title, string Href, IReadOnlyList<StatusCount> Counts)
{
    /// <summary>A draft report ('draft: true'), listed only in previews (serve, build --drafts).</summary>
    public bool IsDraft { get; init; }
}

/// <summary>One indicator's statuses across the years: the plan-level "progress over time".</summary>
/// <param name="Group">As <see cref="UpdateRow"/>'s: the group whose values an indicator with a 'subgroup' follows, or empty.</param>
public sealed record ProgressTrackRow(string IndicatorName, string IndicatorHref, string Baseline, string Target, IReadOnlyList<ProgressCell> Cells,
    string Group = "")
{
    /// <summary>As <see cref="UpdateRow.IndicatorLang"/>.</summary>
    public string? IndicatorLang { get; init; }

    /// <summary>As <see cref="UpdateRow.BaselineHtml"/>.</summary>
    public RawHtml BaselineHtml { get; init; } = RawHtml.Empty;

    public RawHtml TargetHtml { get; init; } = RawHtml.Empty;
}

public sealed record ProgressCell(int Year, string? Status, string? StatusSlug, string Value, QualityMark? Quality = null)
{
    /// <summary>As <see cref="UpdateRow.ValueHtml"/>.</summary>
    public RawHtml ValueHtml { get; init; } = RawHtml.Empty;
}

/// <summary>A page per progress report and an index with the plan's progress over time.</summary>
public sealed class ProgressPageKind : IPageKind
{
    public int Order => 60;

    /// <summary>The progress index of a plan with reports (a draft itself when every report is), and each report's page.</summary>
    public IEnumerable<SitePage> Declare(SiteInput site, ComponentRegistry components)
    {
        foreach (var (main, edition, segment) in Declarations.PlanEditions(site).Where(e => !e.Edition.Progress.IsEmpty))
        {
            yield return Declarations.PlanPage(this, "progress-index", main, segment, SiteUrls.ProgressIndex(edition),
                () => ThemeIds.Page().Add("sm-reports-heading", "sm-over-time-heading", "sm-over-time-caption")) with
            {
                IsDraft = edition.Progress.All(r => r.IsDraft),
                Nav = t => new NavEntry(t.Text("nav.progress")),
            };
            foreach (var r in edition.Progress)
            {
                yield return Declarations.PlanPage(this, "progress", main, segment, SiteUrls.Progress(edition, r.Year), () => ThemeIds.Progress(r)) with
                {
                    Source = segment is null || r.TextLanguage is null ? r.Path : null,
                    IsDraft = r.IsDraft,
                };
            }
        }
    }

    public IEnumerable<Page> Pages(RenderContext context)
    {
        foreach (var plan in context.PlansInScope.Where(p => !p.Progress.IsEmpty))
        {
            var indicators = plan.IndicatorsById;
            var t = context.Text(plan.Metadata.Language);
            var progressTitle = t.Text("views.progress_title");
            var indexUrl = SiteUrls.ProgressIndex(plan);
            var trail = new List<(string, string)> { (plan.Metadata.Title, SiteUrls.Plan(plan)) };
            yield return new Page(indexUrl, "layouts/progress-index.sbn-html",
                context.Layout(indexUrl, progressTitle, t.Text("views.progress_description", ("plan", plan.Metadata.Title)), plan, trail, "progress-index") with
                {
                    // The reports' statuses and values again, each report indexed on its own page: out of the search index (docs/theme.md, "What is indexed").
                    Searchable = false,
                },
                BuildIndex(plan, indicators, context));

            for (var i = 0; i < plan.Progress.Length; i++)
            {
                var report = plan.Progress[i];
                var url = SiteUrls.Progress(plan, report.Year);
                // A report left untranslated is described in the page's words (a meta content cannot be marked lang="en").
                var description = report.TextLanguage is { } textLanguage && textLanguage != plan.Metadata.Language ? "" : PlainText.FirstParagraph(report.Body);
                NavLink? Link(int index) => index < 0 || index >= plan.Progress.Length ? null
                    : new NavLink(Formatting.ReportTitle(plan.Progress[index], t), context.Urls.Href(SiteUrls.Progress(plan, plan.Progress[index].Year)), false);
                var charts = Charts(plan, report, indicators, context);
                yield return new Page(url, "layouts/progress.sbn-html",
                    context.Layout(url, Formatting.ReportTitle(report, t), description.Length > 0 ? description
                            : t.Text("views.progress_report_description", ("year", report.Year), ("plan", plan.Metadata.Title)),
                        plan, [.. trail, (progressTitle, indexUrl)], "progress", showsData: false,
                        scripts: charts.Count > 0 ? ChartScripts.For(context) : null, draftReport: report.IsDraft)
                        with { Untranslated = context.UntranslatedNotice(report.TextLanguage, plan.Metadata.Language, SiteUrls.Progress(context.MainOf(plan), report.Year),
                            Formatting.ReportTitleLang(report)) },
                    new ProgressPage(report.Year, context.Markdown.Render(report.Body), Rows(plan, report, context),
                        Counts(report, t), charts, Link(i - 1), Link(i + 1),
                        ProgressChanges.DescribeHtml(plan, i > 0 ? plan.Progress[i - 1] : null, report, plan.Metadata.Language, t), report.Updates.Any(u => u.StatusComputed)));
            }
        }
    }

    private static IReadOnlyList<UpdateRow> Rows(Plan plan, ProgressReport report, RenderContext context) =>
        ProgressAssessment.Assess(plan, report).Select(a =>
        {
            var t = context.Text(plan.Metadata.Language);
            var (u, indicator, computed) = (a.Update, a.Indicator, a.Computed);
            var group = Group(indicator, t);
            return new UpdateRow(u.Indicator.Value, indicator?.Name ?? u.Indicator.Value, IndicatorHref(plan, u.Indicator.Value, context),
                StatusText(u, t), StatusSlug(u),
                ValueInYear(u, report, indicator, t),
                Baseline(indicator, t), Formatting.Measurement(indicator?.Target, indicator?.Unit, t),
                u.Note ?? "",
                u.StatusComputed && computed is not null && indicator is not null ? Formatting.Explain(computed, indicator, t) : "",
                computed is null ? "" : Formatting.ProgressToward(computed, t),
                u.ValueSource ?? "", u.NoNewerData, Quality(u, t),
                NoStatusReason(u, indicator, report, t), group ?? "")
                {
                    IndicatorLang = indicator is null ? null : indicator.NameLanguage ?? plan.MeasurementPlan?.TextLanguage,
                    NoteLang = u.NoteLanguage,
                    ValueHtml = ValueInYearHtml(u, report, indicator, plan, t),
                    BaselineHtml = BaselineHtml(indicator, plan, t),
                    TargetHtml = Formatting.MeasurementHtml(indicator?.Target, indicator?.Unit, Formatting.UnitLanguage(indicator, plan), t),
                    StatusDetailHtml = u.StatusComputed && computed is not null && indicator is not null
                        ? ComputedDetailHtml(Formatting.ExplainHtml(computed, indicator, Formatting.UnitLanguage(indicator, plan), t), group, t)
                        : RawHtml.Empty,
                };
        }).ToList();

    /// <summary>Why an update has no status yet, said under "No status yet": its value is an estimate Urban rates Weak, or of the
    /// baseline's year in a later report (<see cref="StatusByNumbers.NothingSinceBaseline"/>); empty otherwise.</summary>
    internal static string NoStatusReason(ProgressUpdate update, Indicator? indicator, ProgressReport report, Localization.UiStrings t) =>
        update.HasStatus ? ""
        : update.WeakValue ? t.Text("progress_page.weak_no_status")
        : indicator is { Baseline: { } baseline } && StatusByNumbers.NothingSinceBaseline(indicator, report, update)
            ? t.Text("progress_page.nothing_since_baseline", ("year", baseline.Year))
            : "";

    /// <summary>"Computed from the numbers: …" ("… for Black, non-Hispanic residents: …" with a group) around an explanation
    /// that is already HTML (strings <c>progress_page.computed</c>, <c>progress_page.computed_group</c>).</summary>
    private static RawHtml ComputedDetailHtml(RawHtml explanation, string? group, Localization.UiStrings t) =>
        new(group is { Length: > 0 }
            ? t.Text("progress_page.computed_group", [("explanation", explanation.Value), ("group", Localization.HtmlText.Escape(group))], true)
            : t.Text("progress_page.computed", [("explanation", explanation.Value)], true));

    /// <summary>The group whose values an indicator with a Mobility Metric and a 'subgroup' follows, as people in the page's
    /// language ("Black, non-Hispanic residents", "la población negra o afroamericana no hispana"); null for everyone's.</summary>
    internal static string? Group(Indicator? indicator, Localization.UiStrings t) =>
        indicator is { Metric: not null, Subgroup: { } group } ? Formatting.SubgroupPeople(group.Value, t) : null;

    /// <summary>The update's one public status in words, or "No status yet" when it has none (no value and no coalition status,
    /// or a Weak estimate): never a computed "not started".</summary>
    internal static string StatusText(ProgressUpdate update, Localization.UiStrings t) =>
        update.HasStatus ? Formatting.Status(update.Status, t) : t.Text("status.label.none");

    internal static string StatusSlug(ProgressUpdate update) => update.HasStatus ? Formatting.StatusSlug(update.Status) : NoStatusSlug;

    /// <summary>The slug of an update with no status yet.</summary>
    public const string NoStatusSlug = "none";

    /// <summary>Urban's Weak or Marginal rating of a value from the data, marked as the findings' data tables mark it.</summary>
    internal static QualityMark? Quality(ProgressUpdate update, Localization.UiStrings t) => update.Value is null ? null : update.ValueQuality switch
    {
        3 => new QualityMark("weak", "⚠", t.Text("progress_page.quality_weak")),
        2 => new QualityMark("marginal", "", t.Text("progress_page.quality_marginal")),
        _ => null,
    };

    /// <summary>
    /// An update's value with the year it is the value of ("85.6% in 2023": a value from the data keeps its data year), or,
    /// when the data have nothing newer than the previous report's, "No newer data since 2023"; empty without a value.
    /// </summary>
    internal static string ValueInYear(ProgressUpdate update, ProgressReport report, Indicator? indicator, Localization.UiStrings t)
    {
        if (update.Value is not { } value) return "";
        var year = update.YearOf(report);
        return update.NoNewerData
            ? t.Text("progress_page.no_newer_data", ("year", year))
            : t.Text("progress_page.value_in_year", ("value", Formatting.WithUnit(value.Number, indicator?.Unit, t)), ("year", year));
    }

    /// <summary><see cref="ValueInYear"/> as HTML, the value's unit marked with its language when it is not the page's.</summary>
    internal static RawHtml ValueInYearHtml(ProgressUpdate update, ProgressReport report, Indicator? indicator, Plan plan, Localization.UiStrings t)
    {
        if (update.Value is not { } value || update.NoNewerData) return new RawHtml(Localization.HtmlText.Escape(ValueInYear(update, report, indicator, t)));
        // The sentence with a mark where the value goes, escaped, and the value's own HTML in its place.
        const string mark = "\u0003";
        var sentence = t.Text("progress_page.value_in_year", ("value", mark), ("year", update.YearOf(report)));
        var at = sentence.IndexOf(mark, StringComparison.Ordinal);
        var html = Formatting.ValueHtml(value.Number, indicator?.Unit, Formatting.UnitLanguage(indicator, plan), t).Value;
        return at < 0 ? new RawHtml(Localization.HtmlText.Escape(sentence))
            : new RawHtml(Localization.HtmlText.Escape(sentence[..at]) + html + Localization.HtmlText.Escape(sentence[(at + mark.Length)..]));
    }

    /// <summary><see cref="Baseline"/> as HTML, its unit marked with its language when it is not the page's.</summary>
    internal static RawHtml BaselineHtml(Indicator? indicator, Plan plan, Localization.UiStrings t) =>
        new(Formatting.MeasurementHtml(indicator?.Baseline, indicator?.Unit, Formatting.UnitLanguage(indicator, plan), t).Value
            + Localization.HtmlText.Escape(indicator?.Baseline?.Source is { } source ? $"; {source}" : ""));

    /// <summary>The baseline, with its source when it was filled in from the data.</summary>
    internal static string Baseline(Indicator? indicator, Localization.UiStrings? text = null) =>
        Formatting.Measurement(indicator?.Baseline, indicator?.Unit, text) + (indicator?.Baseline?.Source is { } source ? $"; {source}" : "");

    private static IReadOnlyList<ChartSpec> Charts(Plan plan, ProgressReport report, IReadOnlyDictionary<string, Indicator> indicators, RenderContext context) =>
        context.Charts($"{plan.Id}/progress/{report.Year}", () => report.Updates
            .Select(u => indicators.GetValueOrDefault(u.Indicator.Value))
            .OfType<Indicator>()
            .DistinctBy(i => i.Id)
            .Select(i =>
            {
                var csv = RenderContext.DownloadFolder(plan) + $"progress-{report.Year}-{i.Id}.csv";
                return IndicatorCharts.Build(plan, i, report.Year, $"sm-chart-{report.Year}-{i.Id}", context.Urls.Href(csv),
                    context.Text(plan.Metadata.Language)) is { } chart
                    ? EmbedPageKind.Shared(chart, plan, SiteUrls.Progress(plan, report.Year), context)
                    : null;
            })
            .OfType<ChartSpec>()
            .ToList());

    private static IReadOnlyList<StatusCount> Counts(ProgressReport report, Localization.UiStrings t) =>
        Enum.GetValues<ProgressStatus>()
            .Select(s => new StatusCount(Formatting.Status(s, t), Formatting.StatusSlug(s), report.Updates.Count(u => u.HasStatus && u.Status == s)))
            .Append(new StatusCount(t.Text("status.label.none"), NoStatusSlug, report.Updates.Count(u => !u.HasStatus)))
            .Where(c => c.Count > 0).ToList();

    private static ProgressIndexPage BuildIndex(Plan plan, IReadOnlyDictionary<string, Indicator> indicators, RenderContext context)
    {
        var years = plan.Progress.Select(p => p.Year).ToList();
        var t = context.Text(plan.Metadata.Language);
        var rows = indicators.Values.Select(indicator => new ProgressTrackRow(
            indicator.Name, IndicatorHref(plan, indicator.Id, context),
            Baseline(indicator, t), Formatting.Measurement(indicator.Target, indicator.Unit, t),
            plan.Progress.Select(report =>
            {
                var update = report.Updates.FirstOrDefault(u => u.Indicator.Value == indicator.Id);
                return new ProgressCell(report.Year, update is null ? null : StatusText(update, t),
                    update is null ? null : StatusSlug(update),
                    update is null ? "" : ValueInYear(update, report, indicator, t), update is null ? null : Quality(update, t))
                    { ValueHtml = update is null ? RawHtml.Empty : ValueInYearHtml(update, report, indicator, plan, t) };
            }).ToList(), Group(indicator, t) ?? "")
            {
                IndicatorLang = indicator.NameLanguage ?? plan.MeasurementPlan?.TextLanguage,
                BaselineHtml = BaselineHtml(indicator, plan, t),
                TargetHtml = Formatting.MeasurementHtml(indicator.Target, indicator.Unit, Formatting.UnitLanguage(indicator, plan), t),
            }).ToList();
        return new ProgressIndexPage(
            plan.Progress.Reverse().Select(r => new ProgressYearLink(r.Year, Formatting.ReportTitle(r, t), context.Urls.Href(SiteUrls.Progress(plan, r.Year)), Counts(r, t)) { IsDraft = r.IsDraft }).ToList(),
            years, rows);
    }

    private static string IndicatorHref(Plan plan, string id, RenderContext context) =>
        context.Urls.Href(SiteUrls.Component(plan, ComponentKind.MeasurementPlan)) + "#" + MeasurementPlanView.RowAnchor(id);
}
