using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace StaticMap.Tests.Quality;

/// <summary>One thing a comms reviewer would stop the release for: the page, the element, the rule and the text.</summary>
public sealed record Finding(string Rule, string Page, string Where, string Text)
{
    public override string ToString() => $"{Page} | {Where} | {Rule}: {Text}";
}

/// <summary>What the checks know about the plans of a site beyond its pages: read from each plan's plan.json (any built
/// site), or given by the generator (which also knows the data years of Urban's files).</summary>
public sealed class SiteFacts
{
    /// <summary>FIPS codes a page may show as they are (the plans' and their peers').</summary>
    public HashSet<string> Fips { get; } = [];
    /// <summary>By plan id, its indicators.</summary>
    public Dictionary<string, List<IndicatorFacts>> Indicators { get; } = [];
    /// <summary>Author text in English a Spanish page may show unmarked (e.g. a jurisdiction name with no translation).</summary>
    public HashSet<string> AllowedEnglish { get; } = new(StringComparer.Ordinal);
    /// <summary>Names of places that no plan of the site is about: text naming them is left over from the samples.</summary>
    public List<string> ForeignNames { get; } = [];

    /// <summary>The facts of a built site, from its plans' plan.json.</summary>
    public static SiteFacts FromSite(string site)
    {
        var facts = new SiteFacts();
        foreach (var file in Directory.GetFiles(site, "plan.json", SearchOption.AllDirectories))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var root = doc.RootElement;
            if (!root.TryGetProperty("id", out var id)) continue;
            if (root.TryGetProperty("jurisdiction", out var j) && j.TryGetProperty("fips", out var f)) facts.Fips.Add(f.GetString()!);
            // The coalition's members are named as they name themselves (plan.<lang>.yml translates only their role).
            if (root.TryGetProperty("coalition", out var coalition) && coalition.ValueKind == JsonValueKind.Array)
                foreach (var m in coalition.EnumerateArray())
                    if (m.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String) facts.AllowedEnglish.Add(n.GetString()!);
            if (root.TryGetProperty("peers", out var peers) && peers.ValueKind == JsonValueKind.Array)
                foreach (var p in peers.EnumerateArray()) facts.Fips.Add(p.GetString()!);
            var list = new List<IndicatorFacts>();
            var decimals = new Dictionary<string, int>();
            if (root.TryGetProperty("progress", out var progress))
                foreach (var report in progress.EnumerateArray())
                    if (report.TryGetProperty("updates", out var updates))
                        foreach (var u in updates.EnumerateArray())
                            if (u.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number && u.TryGetProperty("value_source", out var src) && src.ValueKind == JsonValueKind.Null)
                                decimals[u.GetProperty("indicator").GetString()!] = Math.Max(decimals.GetValueOrDefault(u.GetProperty("indicator").GetString()!), Decimals(v.GetDouble()));
            if (root.GetProperty("components").TryGetProperty("measurement-plan", out var mp) && mp.TryGetProperty("indicators", out var inds))
            {
                foreach (var i in inds.EnumerateArray())
                {
                    var iid = i.GetProperty("id").GetString()!;
                    string? S(string name) => i.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
                    var d = decimals.GetValueOrDefault(iid);
                    foreach (var point in new[] { "baseline", "target" })
                        if (i.TryGetProperty(point, out var pt) && pt.ValueKind == JsonValueKind.Object && pt.GetProperty("value").ValueKind == JsonValueKind.Number)
                            d = Math.Max(d, Decimals(pt.GetProperty("value").GetDouble()));
                    var metric = S("metric");
                    if (metric is not null && S("unit") == "percent") d = Math.Max(d, 1);
                    list.Add(new IndicatorFacts(iid, S("name")!, null, S("unit"), metric, S("subgroup"), d, []));
                }
            }
            facts.Indicators[id.GetString()!] = list;
        }
        return facts;
    }

    private static int Decimals(double v)
    {
        var s = v.ToString("0.##########", CultureInfo.InvariantCulture);
        return s.Contains('.') ? s.Length - s.IndexOf('.') - 1 : 0;
    }
}

/// <summary>
/// The release-quality checks over the visible text of every page of a built site (docs/release-quality.md): numbers
/// formatted, in the indicator's precision and unit; every word the site writes in the page's language and marked with
/// the right lang; no generated sentence citing a Weak estimate; charts of data showing the data's years; no template
/// leftovers, doubled words or labels run into a sentence.
/// </summary>
public static partial class QualityChecker
{
    public static List<Finding> Check(string site, SiteFacts facts)
    {
        var pages = BuiltPage.All(site);
        var findings = new List<Finding>();
        foreach (var page in pages)
        {
            foreach (var run in page.Runs)
            {
                Numbers(run, facts, findings);
                Leftovers(run, findings);
                Words(run, facts, findings);
                Sentences(run, findings);
                Foreign(run, facts, findings);
            }
            IndicatorNumbers(page, facts, findings);
            Charts(site, page, facts, findings);
            Links(page, findings);
        }
        return findings;
    }

    /// <summary>A failure message: every finding, grouped by rule, at most <paramref name="perRule"/> of each.</summary>
    public static string Report(IReadOnlyCollection<Finding> findings, int perRule = 25)
    {
        var sb = new StringBuilder();
        foreach (var group in findings.GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.Append($"== {group.Key}: {group.Count()} finding(s)\n");
            foreach (var f in group.Take(perRule)) sb.Append("  ").Append(f).Append('\n');
            if (group.Count() > perRule) sb.Append($"  … and {group.Count() - perRule} more\n");
        }
        return sb.ToString();
    }

    private static void Add(List<Finding> findings, string rule, TextRun run, string text) =>
        findings.Add(new Finding(rule, run.Page.Path, run.Where, text));

    private static string Excerpt(string text, int index, int length)
    {
        var start = Math.Max(0, index - 40);
        var end = Math.Min(text.Length, index + length + 40);
        return (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
    }

    // ---------- numbers ----------

    [GeneratedRegex(@"(?<![\w.,/:#@=?&-])\$?\d{5,}(?![\w/@=-]|,\d)")]
    private static partial Regex LongNumber();

    /// <summary>"in 2,024": a year-like number after a preposition, not followed by a unit ("from 2,000 households" is a count)
    /// nor by decimals ("to 2,036.4 in 2023" is a rate: no year has decimals).</summary>
    [GeneratedRegex(@"(?:\bin|\bfrom|\bto|\bby|\bsince|\bde|\ben|\bdesde|\bhasta|\()\s(2,0[0-4]\d)(?!\d|,\d|\.\d)(?!\s+(?!(?:and|to|or|through|y|a|o|e|hasta)\b)\p{L})")]
    private static partial Regex YearWithSeparator();

    [GeneratedRegex(@"(?<![\d.,:])\d[\d,]*\.\d{3,}(?![\d.:])")]
    private static partial Regex ManyDecimals();

    private static void Numbers(TextRun run, SiteFacts facts, List<Finding> findings)
    {
        var text = run.Text;
        foreach (Match m in LongNumber().Matches(text))
        {
            var digits = m.Value.TrimStart('$');
            if (facts.Fips.Contains(digits)) continue;
            if (run.Attribute is null && IsInsideUrl(text, m.Index)) continue;
            Add(findings, "number-without-separators", run, $"'{m.Value}' in \"{Excerpt(text, m.Index, m.Length)}\"");
        }
        foreach (Match m in YearWithSeparator().Matches(text))
            Add(findings, "year-with-separator", run, $"'{m.Groups[1].Value}' in \"{Excerpt(text, m.Index, m.Length)}\"");
        foreach (Match m in NegativeShare().Matches(text))
            Add(findings, "negative-share-of-change", run, $"'{m.Value}' in \"{Excerpt(text, m.Index, m.Length)}\"");
        foreach (Match m in ManyDecimals().Matches(text))
            Add(findings, "number-too-precise", run, $"'{m.Value}' in \"{Excerpt(text, m.Index, m.Length)}\"");
    }

    private static bool IsInsideUrl(string text, int index)
    {
        var start = text.LastIndexOf(' ', Math.Max(0, index - 1)) + 1;
        var word = text[start..Math.Min(text.Length, text.IndexOf(' ', index) is var e and >= 0 ? e : text.Length)];
        return word.Contains("://") || word.Contains('@') || word.StartsWith('/') || word.Contains(".csv") || word.Contains(".json");
    }

    [GeneratedRegex(@"(?<![\d.,])\d+(?:,\d{3})*(?:\.\d+)?")]
    private static partial Regex AnyNumber();

    [GeneratedRegex(@"^(?:19|20)\d\d$")]
    private static partial Regex Year();

    /// <summary>Numbers about one indicator (its rows in the measurement plan and progress tables, its "what changed" line,
    /// its chart summary): in the indicator's unit ("%" for percent) and no more precise than its values.</summary>
    private static void IndicatorNumbers(BuiltPage page, SiteFacts facts, List<Finding> findings)
    {
        var planId = PlanOf(page);
        if (planId is null || !facts.Indicators.TryGetValue(planId, out var indicators)) return;
        foreach (var ind in indicators)
        {
            var places = new List<(IElement Element, string Text)>();
            var names = new List<string> { ind.Name };
            if (ind.NameEs is not null) names.Add(ind.NameEs);
            foreach (var tr in page.Document.QuerySelectorAll("tr"))
            {
                var isRow = tr.Id == "sm-indicator-" + ind.Id ||
                            tr.QuerySelector("th a[href$='#sm-indicator-" + ind.Id + "']") is not null;
                if (!isRow) continue;
                if (tr.QuerySelector("th") is { } th) names.Add(PageText.Normalize(OwnText(th)));
                var noteColumn = NoteColumn(tr);
                var cells = tr.Children.Where(c => c.LocalName == "td").ToList();
                for (var i = 0; i < cells.Count; i++)
                {
                    if (i + 1 == noteColumn) continue;
                    places.Add((cells[i], GeneratedText(cells[i])));
                }
            }
            foreach (var li in page.Document.QuerySelectorAll("section.changes li"))
            {
                var t = PageText.Normalize(li.TextContent);
                if (names.Any(n => n.Length > 0 && t.StartsWith(n, StringComparison.Ordinal))) places.Add((li, t));
            }
            foreach (var fig in page.Document.QuerySelectorAll("figure.chart"))
            {
                if (!Regex.IsMatch(fig.Id ?? "", "^sm-chart-\\d{4}-" + Regex.Escape(ind.Id) + "$")) continue;
                if (fig.QuerySelector(".chart-summary") is { } s) places.Add((s, PageText.Normalize(s.TextContent)));
                foreach (var td in fig.QuerySelectorAll("td.number")) places.Add((td, PageText.Normalize(td.TextContent)));
            }
            foreach (var (element, raw) in places)
            {
                var text = raw;
                foreach (var n in names.Where(n => n.Length > 0).OrderByDescending(n => n.Length)) text = text.Replace(n, " ");
                foreach (Match m in AnyNumber().Matches(text))
                {
                    if (Year().IsMatch(m.Value)) continue;
                    var after = text[(m.Index + m.Length)..].TrimStart(' ', '\u00a0', '\u202f');
                    if (Regex.IsMatch(after, "^(million|billion|millones|mil millones|mil)\\b")) continue;
                    var decimals = m.Value.Contains('.') ? m.Value.Length - m.Value.IndexOf('.') - 1 : 0;
                    var allowed = Math.Max(ind.Decimals, ind.Unit is "percent" or "percentage points" ? 1 : 0);
                    if (decimals > allowed && !after.StartsWith("% of", StringComparison.Ordinal) && !after.StartsWith("% del", StringComparison.Ordinal))
                        findings.Add(new Finding("indicator-precision", page.Path, PageText.Describe(element),
                            $"'{m.Value}' has {decimals} decimal(s); {ind.Id} ({ind.Unit ?? "no unit"}) is written with {allowed}: \"{Excerpt(raw, Math.Max(0, raw.IndexOf(m.Value, StringComparison.Ordinal)), m.Length)}\""));
                    if (ind.Unit == "percent" && !after.StartsWith('%') && !Regex.IsMatch(after, "^(percentage point|puntos? porcentual|por ciento|percent)"))
                        findings.Add(new Finding("percent-without-sign", page.Path, PageText.Describe(element),
                            $"'{m.Value}' of {ind.Id} (unit percent) has no '%': \"{Excerpt(raw, Math.Max(0, raw.IndexOf(m.Value, StringComparison.Ordinal)), m.Length)}\""));
                }
            }
        }
    }

    /// <summary>A cell's text without the author's text in it (logic-model links, notes under a name, the details list).</summary>
    private static string GeneratedText(IElement cell)
    {
        var clone = (IElement)cell.Clone();
        foreach (var e in clone.QuerySelectorAll("a, .cell-note, dl, .note").ToList()) e.Remove();
        return PageText.Normalize(clone.TextContent);
    }

    private static string OwnText(IElement th)
    {
        var clone = (IElement)th.Clone();
        foreach (var e in clone.QuerySelectorAll(".cell-note, .visually-hidden").ToList()) e.Remove();
        return clone.TextContent;
    }

    /// <summary>The 1-based column of the table's "Note" header, or 0.</summary>
    private static int NoteColumn(IElement tr)
    {
        var table = tr.Closest("table");
        var headers = table?.QuerySelectorAll("thead th").Select(h => PageText.Normalize(h.TextContent).ToLowerInvariant()).ToList() ?? [];
        var i = headers.FindIndex(h => h is "note" or "notes" or "nota" or "notas");
        // The row's first cell is a th: td number i (0-based over tds) is header i+1.
        return i <= 0 ? 0 : i;
    }

    private static string? PlanOf(BuiltPage page)
    {
        var parts = page.Path.Trim('/').Split('/');
        if (parts.Length > 0 && parts[0] == "es") parts = parts[1..];
        return parts.Length >= 2 ? parts[0] : null;
    }

    // ---------- leftovers, words, sentences ----------

    [GeneratedRegex(@"\b(NaN|undefined|null|Infinity)\b|\{\{|\}\}|\[object|&amp;|&lt;|&#\d|\\u00")]
    private static partial Regex Leftover();

    private static void Leftovers(TextRun run, List<Finding> findings)
    {
        foreach (Match m in Leftover().Matches(run.Text))
            Add(findings, "template-leftover", run, $"'{m.Value}' in \"{Excerpt(run.Text, m.Index, m.Length)}\"");
    }

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}|\b(January|February|March|April|June|July|August|September|October|November|December|Spring|Summer|Fall|Autumn|Winter)\s+(of\s+)?\d{4}\b")]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"\S+@\S+|\w+://\S+|www\.\S+|[\w/.-]+\.(?:csv|json|pdf|svg|png|md|yml)\b")]
    private static partial Regex Address();

    [GeneratedRegex(@"-\d+(?:\.\d+)?\s?%\s(?:of the change|del cambio)")]
    private static partial Regex NegativeShare();

    private static void Words(TextRun run, SiteFacts facts, List<Finding> findings)
    {
        if (run.Page.Lang == "es")
        {
            // StaticMap's English labels on a Spanish page, marked lang="en" or not (e.g. "Measured by:" in an untranslated part).
            foreach (var seg in run.Segments)
            {
                var t = PageText.Normalize(seg.Text);
                if (t.Length == 0) continue;
                var label = InterfaceWords.EnglishLabels.FirstOrDefault(l => l.Prefix ? t.StartsWith(l.Text, StringComparison.Ordinal) : t == l.Text);
                if (label.Text is not null)
                    Add(findings, "english-label-on-spanish-page", run, $"'{label.Text}' in \"{t}\"{(seg.Lang == "en" ? " (inside lang=\"en\")" : "")}");
            }
        }
        if (run.Page.Lang == "es")
        {
            // English the site wrote on a Spanish page: outside anything marked lang="en".
            // lang="zxx" marks text of no language (the share control's link and embed code): not read as Spanish.
            var spanish = string.Concat(run.Segments.Select(s => s.Lang == "en" ? " ‹en› " : s.Lang == "zxx" ? " " : s.Text));
            foreach (var allowed in facts.AllowedEnglish.OrderByDescending(a => a.Length)) spanish = spanish.Replace(allowed, " ");
            spanish = PageText.Normalize(Address().Replace(spanish, " "));
            var english = InterfaceWords.Words(spanish).Where(w => InterfaceWords.English.Contains(w.Word)).ToList();
            if (english.Count > 0)
                Add(findings, "english-on-spanish-page", run,
                    $"{string.Join(", ", english.Select(w => $"'{w.Word}'").Distinct())} in \"{Excerpt(spanish, english[0].Index, english[0].Word.Length)}\"");
            foreach (Match m in EnglishDate().Matches(spanish))
                Add(findings, "english-date-on-spanish-page", run, $"'{m.Value}' in \"{Excerpt(spanish, m.Index, m.Length)}\"");
        }
        // Spanish marked as English (on any page).
        var marked = PageText.Normalize(string.Concat(run.Segments.Select(s => s.Lang == "en" ? s.Text : " ")));
        if (marked.Length == 0) return;
        var words = InterfaceWords.Words(marked).Where(w => InterfaceWords.Spanish.Contains(w.Word)).ToList();
        if (words.Count > 0)
            Add(findings, "spanish-under-lang-en", run,
                $"{string.Join(", ", words.Select(w => $"'{w.Word}'").Distinct())} in \"{Excerpt(marked, words[0].Index, words[0].Word.Length)}\" (lang=\"en\")");
    }

    [GeneratedRegex(@"\b(\p{L}{2,})\s+\1\b", RegexOptions.IgnoreCase)]
    private static partial Regex Doubled();

    [GeneratedRegex(@"^\s*\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,3}:")]
    private static partial Regex LabelStart();

    private static void Sentences(TextRun run, List<Finding> findings)
    {
        foreach (Match m in Doubled().Matches(run.Text))
            Add(findings, "doubled-word", run, $"'{m.Value}' in \"{Excerpt(run.Text, m.Index, m.Length)}\"");
        if (run.Attribute is not null) return;
        // A sentence that runs into a label ("… households) Pillar: Rewarding work"), or two words glued across elements.
        var before = new StringBuilder();
        for (var i = 0; i < run.Segments.Count; i++)
        {
            var seg = run.Segments[i].Text;
            var prev = before.ToString();
            var prevTrim = prev.TrimEnd();
            var prose = run.Element.LocalName == "p" || prevTrim.EndsWith(')');
            if (prose && prevTrim.Length >= 20 && (char.IsLetterOrDigit(prevTrim[^1]) || prevTrim[^1] == ')') && LabelStart().IsMatch(seg))
                Add(findings, "sentence-runs-into-label", run, $"\"…{prevTrim[Math.Max(0, prevTrim.Length - 50)..]}\" + \"{PageText.Normalize(seg)}\" (no full stop before the label)");
            if (prev.Length > 0 && seg.Length > 0 && char.IsLower(prev[^1]) && char.IsUpper(seg[0]))
                Add(findings, "glued-words", run, $"\"…{PageText.Normalize(prev[Math.Max(0, prev.Length - 30)..])}{PageText.Normalize(seg).Split(' ')[0]}…\"");
            before.Append(seg);
        }
    }

    private static void Foreign(TextRun run, SiteFacts facts, List<Finding> findings)
    {
        foreach (var name in facts.ForeignNames)
        {
            var i = run.Text.IndexOf(name, StringComparison.Ordinal);
            if (i >= 0) Add(findings, "sample-text-left", run, $"'{name}' (no plan of this site is about it) in \"{Excerpt(run.Text, i, name.Length)}\"");
        }
        var e = run.Text.IndexOf("example.org", StringComparison.Ordinal);
        if (e >= 0) Add(findings, "placeholder-address", run, $"\"{Excerpt(run.Text, e, 11)}\"");
    }

    // ---------- links ----------

    /// <summary>Links with the same name lead to the same place; a print view draws its charts.</summary>
    private static void Links(BuiltPage page, List<Finding> findings)
    {
        var byName = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in page.Document.QuerySelectorAll("a[href]"))
        {
            var href = a.GetAttribute("href")!;
            if (href.StartsWith('#') || a.Closest("[hidden]") is not null) continue;
            var name = PageText.Normalize(a.GetAttribute("aria-label") ?? a.TextContent);
            if (name.Length == 0) continue;
            (byName.TryGetValue(name, out var set) ? set : byName[name] = []).Add(href.Split('#')[0]);
        }
        foreach (var (name, targets) in byName.Where(kv => kv.Value.Count > 1))
            findings.Add(new Finding("same-link-name-different-targets", page.Path, "a", $"'{name}' leads to {string.Join(", ", targets.Order(StringComparer.Ordinal))}"));
        if (page.Path.Contains("/print/", StringComparison.Ordinal) &&
            page.Document.QuerySelector("canvas, svg[role='img']") is null && page.Document.QuerySelector("figure.chart") is not null)
            findings.Add(new Finding("print-view-without-charts", page.Path, "main", "the print view has chart figures but draws none"));
    }

    // ---------- charts ----------

    [GeneratedRegex(@"\b((?:19|20)\d\d)\s*(?:to|a|–|-|hasta)\s*((?:19|20)\d\d)\b")]
    private static partial Regex YearRange();

    private static void Charts(string site, BuiltPage page, SiteFacts facts, List<Finding> findings)
    {
        var planId = PlanOf(page);
        var indicators = planId is not null && facts.Indicators.TryGetValue(planId, out var list) ? list : [];
        // Data years of each metric as the findings charts of this page show them (site mode) or the generator knows them.
        foreach (var fig in page.Document.QuerySelectorAll("figure.chart"))
        {
            var id = fig.Id ?? "";
            var json = page.Document.GetElementById(id + "-data")?.TextContent;
            JsonElement? data = null;
            if (json is not null)
            {
                try { data = JsonDocument.Parse(json).RootElement; }
                catch (JsonException) { findings.Add(new Finding("chart-data", page.Path, $"script#{id}-data", "not JSON")); }
            }
            WeakValues(page, fig, findings);
            if (data is not { } d) continue;
            // The years plotted: the table's rows with a value (charts.js draws its points from them), the target's aside.
            var xs = new SortedSet<int>(TableYears(fig, withValue: true));
            // The title's years match the axis.
            var caption = PageText.Normalize(fig.QuerySelector("figcaption")?.TextContent ?? "");
            if (YearRange().Match(caption) is { Success: true } range && d.TryGetProperty("xAxis", out var axis) &&
                axis.TryGetProperty("min", out var min) && axis.TryGetProperty("max", out var max) && min.ValueKind == JsonValueKind.Number)
            {
                int a = int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture), b = int.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture);
                if (min.GetDouble() > a || max.GetDouble() < b)
                    findings.Add(new Finding("chart-title-years", page.Path, PageText.Describe(fig),
                        $"the title says {a} to {b}, the axis runs {min.GetDouble()} to {max.GetDouble()}: \"{caption}\""));
            }
            // A metric-backed indicator's chart plots the data's years only.
            var m = Regex.Match(id, @"^sm-chart-(\d{4})-(.+)$");
            if (!m.Success) continue;
            var ind = indicators.FirstOrDefault(i => i.Id == m.Groups[2].Value);
            if (ind?.Metric is null) continue;
            var dataYears = ind.DataYears.Count > 0 ? ind.DataYears.ToHashSet() : FindingsYears(site, page, ind.Metric);
            if (dataYears.Count == 0) continue;
            var baseline = BaselineYears(fig);
            var wrong = xs.Where(x => !dataYears.Contains(x) && !baseline.Contains(x)).ToList();
            if (wrong.Count > 0)
                findings.Add(new Finding("chart-year-not-in-data", page.Path, $"script#{id}-data",
                    $"{ind.Id} ({ind.Metric}{(ind.Subgroup is null ? "" : ", " + ind.Subgroup)}) is plotted at {string.Join(", ", wrong)}; Urban's data has {string.Join(", ", dataYears.Order())}"));
        }
    }

    /// <summary>The years of a chart's data table (the chart's points: charts.js reads them from it), the target's row aside;
    /// with <paramref name="withValue"/>, only the rows with a value (data-value not empty).</summary>
    private static IEnumerable<int> TableYears(IElement fig, bool withValue) =>
        fig.QuerySelectorAll("tbody tr")
            .Where(tr => PageText.Normalize(tr.QuerySelector("th")?.TextContent ?? "") is not ("Target" or "Meta"))
            .Where(tr => !withValue || tr.QuerySelector("td[data-value]")?.GetAttribute("data-value") is { Length: > 0 })
            .Select(tr => int.TryParse(tr.QuerySelector("td")?.TextContent.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) ? y : 0)
            .Where(y => y > 0);

    /// <summary>Years of the chart table's Baseline rows (a value the author wrote for a year).</summary>
    private static HashSet<int> BaselineYears(IElement fig) =>
        fig.QuerySelectorAll("tbody tr").Where(tr => PageText.Normalize(tr.QuerySelector("th")?.TextContent ?? "") is "Baseline" or "Línea de base" or "Valor de referencia")
            .Select(tr => int.TryParse(tr.QuerySelector("td")?.TextContent.Trim(), out var y) ? y : 0).ToHashSet();

    /// <summary>The years the findings page's charts of a metric show (site mode, when the generator's data are not known).</summary>
    private static HashSet<int> FindingsYears(string siteRoot, BuiltPage page, string metric)
    {
        var years = new HashSet<int>();
        // The plan's findings page.
        var planRoot = page.Path.Contains("/progress/") ? page.Path[..page.Path.IndexOf("/progress/", StringComparison.Ordinal)] : null;
        if (planRoot is null) return years;
        var file = Path.Combine(siteRoot, planRoot.TrimStart('/'), "findings", "index.html");
        if (!File.Exists(file)) return years;
        var findings = new BuiltPage(siteRoot, file);
        foreach (var fig in findings.Document.QuerySelectorAll("figure.chart"))
            if ((fig.Id ?? "").StartsWith("sm-chart-" + metric + "-", StringComparison.Ordinal))
                years.UnionWith(TableYears(fig, withValue: false));
        return years;
    }

    /// <summary>A chart's summary sentences do not cite a value its table flags Weak.</summary>
    private static void WeakValues(BuiltPage page, IElement fig, List<Finding> findings)
    {
        var rows = fig.QuerySelectorAll("tbody tr").Select(tr => (
            Series: PageText.Normalize(tr.QuerySelector("th")?.TextContent ?? ""),
            Cells: tr.QuerySelectorAll("td").ToList())).ToList();
        var weak = rows.Where(r => r.Cells.Any(c => c.ClassList.Contains("quality-weak"))).ToList();
        if (weak.Count == 0) return;
        var strongValues = rows.Except(weak).SelectMany(r => r.Cells.Where(c => c.ClassList.Contains("number")).Select(c => PageText.Normalize(c.TextContent))).ToHashSet();
        var summaries = fig.QuerySelectorAll(".chart-summary").Select(s => (Where: PageText.Describe(s), Text: PageText.Normalize(s.TextContent)))
            .Concat(fig.QuerySelectorAll("canvas[aria-label]").Select(c => (Where: PageText.Describe(c) + " [aria-label]", Text: c.GetAttribute("aria-label")!)))
            .ToList();
        foreach (var (series, cells) in weak)
        {
            var value = cells.FirstOrDefault(c => c.ClassList.Contains("number")) is { } v ? PageText.Normalize(v.TextContent) : null;
            var year = cells.FirstOrDefault()?.TextContent.Trim();
            if (string.IsNullOrEmpty(value) || strongValues.Contains(value)) continue;
            foreach (var (where, text) in summaries)
            {
                // The value as a whole number: "1.6 per 100,000" is not cited by "2,061.6 per 100,000".
                var i = -1;
                for (var from = 0; (from = text.IndexOf(value, from, StringComparison.Ordinal)) >= 0; from++)
                {
                    var before = from > 0 ? text[from - 1] : ' ';
                    var after = from + value.Length < text.Length ? text[from + value.Length] : ' ';
                    if (char.IsDigit(before) || before is ',' or '.' || char.IsDigit(after)) continue;
                    i = from;
                    break;
                }
                if (i < 0) continue;
                findings.Add(new Finding("sentence-cites-weak-value", page.Path, where,
                    $"{series}, {year}: {value} is Weak (Urban data quality 3), cited in \"{Excerpt(text, i, value.Length)}\""));
            }
        }
    }
}
