using System.Text.RegularExpressions;
using System.Xml.Linq;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Markdown;

namespace StaticMap.Core.Rendering.Files;

/// <summary>/feed.xml: an Atom feed of the progress reports of every released plan, newest first; /es/feed.xml the same
/// for the plans published in Spanish, linking to their Spanish pages.</summary>
public sealed partial class ProgressFeed : IFileKind, ISiteWide
{
    /// <summary>The two places of a summary sentence (\u0001 the report's paragraph, \u0003 the changes), kept by a split.</summary>
    [GeneratedRegex("([\u0001\u0003])")]
    private static partial Regex SummaryPlaces();

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public IEnumerable<GeneratedFile> Files(RenderContext context)
    {
        string Url(string siteUrl) => context.Urls.Absolute(siteUrl) ?? context.Urls.Href(siteUrl);
        var segment = Editions.Segment(context.Language);
        var feedUrl = SiteUrls.FeedIn(segment);
        var plans = context.IsSiteLanguage ? context.PublishedPlans : context.PlansIn(context.Language);
        var reports = plans.Where(p => p.IsReleased)
            .SelectMany(p => p.Progress.Select(r => (Plan: p, Report: r)))
            .OrderByDescending(x => x.Report.Year).ThenBy(x => x.Plan.Id, StringComparer.Ordinal)
            .ToList();
        // A report's 'published' date, else the first day it can have been published, the build's date at the latest
        // (docs/coalition-workflow.md, "The feed").
        var today = context.Options.Reporting.Today;
        DateTimeOffset Updated(Plan plan, ProgressReport report) =>
            new(report.FeedDate(plan.Metadata.Released, today).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var latest = reports.Count == 0 ? new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero) : reports.Max(x => Updated(x.Plan, x.Report));
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "title", context.Text(context.Language).Text("layout.feed_title", ("site", context.LanguageTitle))),
            new XElement(Atom + "id", Url(feedUrl)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", Url(feedUrl))),
            new XElement(Atom + "link", new XAttribute("href", Url(SiteUrls.Page("", segment)))),
            new XElement(Atom + "updated", latest.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'")),
            new XElement(Atom + "author", new XElement(Atom + "name", context.LanguageTitle)),
            reports.Select(x => new XElement(Atom + "entry",
                new XElement(Atom + "title", $"{x.Plan.Metadata.Title}: {Views.Formatting.ReportTitle(x.Report, context.Text(x.Plan.Metadata.Language))}"),
                new XElement(Atom + "id", Url(SiteUrls.Progress(x.Plan, x.Report.Year))),
                new XElement(Atom + "link", new XAttribute("href", Url(SiteUrls.Progress(x.Plan, x.Report.Year)))),
                new XElement(Atom + "updated", Updated(x.Plan, x.Report).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'")),
                KeptSummary(context.FeedSummaries, x.Plan, x.Report, context.Text(x.Plan.Metadata.Language)))));
        yield return new GeneratedFile(feedUrl.TrimStart('/'), new XDeclaration("1.0", "utf-8", null) + "\n" + feed);
    }

    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>The summary the build cache kept under the plan's key, else made (and kept for the next build). A kept summary
    /// is read back as the element it was written from: its namespace declarations, which the element made here does not
    /// have, are dropped, so the feed is written byte for byte as with a summary made now.</summary>
    private static XElement KeptSummary(IFeedSummaries? kept, Plan plan, ProgressReport report, Localization.UiStrings t)
    {
        if (kept?.Find(plan, report) is { } xml)
        {
            var element = XElement.Parse(xml, LoadOptions.PreserveWhitespace);
            foreach (var node in element.DescendantsAndSelf()) node.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
            return element;
        }
        var summary = Summary(plan, report, t);
        kept?.Keep(plan, report, summary.ToString(SaveOptions.DisableFormatting));
        return summary;
    }

    /// <summary>The report's first paragraph, else a count of its updates, then what changed since the previous report. On a
    /// translated feed, an untranslated report's paragraph is in the original's language and says so (xml:lang="en"): the
    /// whole summary when it is that paragraph alone, else the paragraph's span in an XHTML summary beside the sentences
    /// StaticMap writes in the feed's language (review3, 2026-12-07).</summary>
    private static XElement Summary(Plan plan, ProgressReport report, Localization.UiStrings t)
    {
        var text = PlainText.FirstParagraphWithoutKeeping(report.Body);
        var summary = text.Length > 0 ? text : t.Plural("changes.feed_updates", report.Updates.Length, ("year", report.Year));
        var index = plan.Progress.IndexOf(report);
        var runs = Views.ProgressChanges.DescribeRuns(plan, index > 0 ? plan.Progress[index - 1] : null, report, t.Language, t);
        var changes = runs.Select(r => string.Concat(r.Select(x => x.Text))).ToList();
        var other = text.Length > 0 ? report.TextLanguage : null;
        if (changes.Count == 0)
            return other is null ? new XElement(Atom + "summary", summary)
                : new XElement(Atom + "summary", new XAttribute(XNamespace.Xml + "lang", other), summary);
        var whole = t.Text("changes.since_previous", ("summary", "\u0001"), ("changes", "\u0003"));
        // An indicator's name in another language than the feed's (a measurement plan not translated) is marked too.
        var foreignName = runs.Any(r => r.Any(x => x.Lang is not null));
        if (other is null && !foreignName)
            return new XElement(Atom + "summary", whole.Replace("\u0001", summary, StringComparison.Ordinal).Replace("\u0003", string.Join(" ", changes), StringComparison.Ordinal));
        object Span(string content, string lang) =>
            new XElement(Xhtml + "span", new XAttribute("lang", lang), new XAttribute(XNamespace.Xml + "lang", lang), content);
        var nodes = new List<object>();
        foreach (var piece in SummaryPlaces().Split(whole))
        {
            if (piece == "\u0001") nodes.Add(other is null ? summary : Span(summary, other));
            else if (piece == "\u0003")
                for (var i = 0; i < runs.Count; i++)
                {
                    if (i > 0) nodes.Add(" ");
                    nodes.AddRange(runs[i].Select(x => x.Lang is null ? (object)x.Text : Span(x.Text, x.Lang)));
                }
            else if (piece.Length > 0) nodes.Add(piece);
        }
        return new XElement(Atom + "summary", new XAttribute("type", "xhtml"), new XElement(Xhtml + "div", nodes));
    }
}
