using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Reading;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Templates;
using StaticMap.Core.Validation;

namespace StaticMap.Core.Caching;

/// <summary>
/// The plan rules' diagnostics of the last build, kept in <c>.staticmap/cache/rules.txt</c> under content keys, so that a
/// new process does not run the rules again over a plan whose inputs are the ones they were computed from
/// (docs/architecture.md, "The build cache"). Each plan's entry holds:
/// <list type="bullet">
/// <item>its own key: StaticMap (the Core assembly's MVID, the registry's kinds and rules with what each reads), the options,
/// the data files under input/data/ (a plan as filled in takes values from them), the plan's files (path, length and
/// SHA-256, from <see cref="FileHashes"/>) and which of them have errors;</item>
/// <item>for each set of inputs its rules declare (<see cref="RuleInputs"/>), the key of those inputs: <c>Links</c> the table
/// of pages with their element ids, every plan's files, input/ and the files with errors; <c>Data</c> the data files;
/// <c>Calendar</c> the date and grace; <c>Strings</c> the theme's files. A rule that reads <c>Summaries</c> or <c>Site</c>
/// (or declares nothing: <c>Everything</c>) has no key and always runs;</item>
/// <item>the diagnostics of each rule that has any (code, severity, file, line, column, message).</item>
/// </list>
/// A rule's diagnostics are served when the plan's own key and the key of the rule's inputs are the recorded ones. A record
/// that does not parse, or of another version, is ignored (every rule runs) and written again.
/// </summary>
public sealed class RuleRecord : IKeptRuleResults
{
    private const string Header = "staticmap-rules 2";

    /// <summary>The record's name in the cache folder.</summary>
    public const string FileName = "rules.txt";

    private readonly string _path;
    private readonly Dictionary<string, Entry>? _recorded;
    private IReadOnlyList<IPlanRule> _rules = [];
    private Dictionary<string, string> _own = new(StringComparer.Ordinal);
    // The key of each set of inputs a rule declares, by the set; null when such a rule is never taken from the record.
    private Dictionary<RuleInputs, string?> _inputs = [];
    private string?[] _ruleKeys = [];

    private RuleRecord(string path, Dictionary<string, Entry>? recorded) => (_path, _recorded) = (path, recorded);

    /// <summary>The record in <paramref name="cacheFolder"/>; an empty one when there is none or it does not parse.</summary>
    public static RuleRecord In(string cacheFolder)
    {
        var path = Path.Combine(cacheFolder, FileName);
        return new RuleRecord(path, RecordFile.ReadLines(path) is { } lines ? Parse(lines) : null);
    }

    private sealed record Entry(string Own, Dictionary<RuleInputs, string> Inputs, Dictionary<int, List<Diagnostic>> Diagnostics)
    {
        /// <summary>The hash of the plan's pages with their element ids, as the table of pages declared them under <see cref="Own"/>.</summary>
        public string? Pages { get; set; }
    }

    // Each plan's pages with their ids, hashed (see LinksKey): kept in the record, since a plan's pages are declared from
    // the plan alone, so an unchanged plan's ids are not asked for.
    private Dictionary<string, string> _pages = new(StringComparer.Ordinal);

    /// <summary>
    /// Computes this build's keys: each plan's own key (<paramref name="errors"/>: each plan's files with errors, one string
    /// per plan id) and the key of each set of inputs the rules declare.
    /// </summary>
    public void Prepare(RepositoryLayout layout, SiteInput site, SiteOptions options, LinkResolver links, Theme? theme,
        IReadOnlyList<IPlanRule> rules, IReadOnlySet<string> withErrors, Func<string, string> errors, FileHashes hashes)
    {
        _rules = rules;
        var files = new RepositoryFiles(layout.Root);
        var buffer = new byte[64 * 1024];
        var data = Hash(h =>
        {
            foreach (var path in layout.InputDataFiles.Order(StringComparer.Ordinal)) PlanKeys.File(h, files, hashes, layout.FullPath(path), path, buffer);
        });
        var common = Hash(h =>
        {
            PlanKeys.Text(h, Header);
            PlanKeys.Text(h, typeof(RuleRecord).Assembly.ManifestModule.ModuleVersionId.ToString());
            PlanKeys.Text(h, $"drafts={options.IncludeDrafts} base={options.BaseUrl} noindex={options.NoIndex} admin={options.Admin} backend={options.AdminLocalBackend}");
            var kinds = options.Kinds;
            foreach (var kind in kinds.PageKinds) PlanKeys.Text(h, "page " + PlanKeys.Identity(kind.GetType()));
            foreach (var kind in kinds.FileKinds) PlanKeys.Text(h, "file " + PlanKeys.Identity(kind.GetType()));
            foreach (var descriptor in kinds.Components.Descriptors)
                PlanKeys.Text(h, "component " + descriptor.Kind.Slug + " " + string.Join(" ", descriptor.Parts.Select(p => PlanKeys.Identity(p.GetType()))));
            foreach (var rule in rules) PlanKeys.Text(h, $"rule {PlanKeys.Identity(rule.GetType())} {(int)rule.Reads}");
            h.AppendData(data);
        });

        var layouts = layout.Plans.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var plans = site.Plans;
        var own = new string?[plans.Length];
        Parallel.For(0, plans.Length, () => new byte[64 * 1024], (i, _, threadBuffer) =>
        {
            var plan = plans[i];
            if (!layouts.TryGetValue(plan.Id, out var planFiles)) return threadBuffer;
            own[i] = Convert.ToHexStringLower(Hash(h =>
            {
                h.AppendData(common);
                PlanKeys.Text(h, $"plan {plan.Id} {plan.Folder}");
                foreach (var path in planFiles.AllFiles) PlanKeys.File(h, files, hashes, layout.FullPath(path), path, threadBuffer);
                PlanKeys.Text(h, "errors " + errors(plan.Id));
            }));
            return threadBuffer;
        }, _ => { });
        _own = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < plans.Length; i++)
            if (own[i] is { } key) _own[plans[i].Id] = key;

        // The inputs besides the plan; each computed only when a rule reads it.
        var reads = rules.Select(r => r.Reads).ToList();
        var any = reads.Aggregate(RuleInputs.None, (a, b) => a | b);
        var parts = new Dictionary<RuleInputs, byte[]?>
        {
            [RuleInputs.Data] = data,
            [RuleInputs.Calendar] = Hash(h => PlanKeys.Text(h, $"today={options.Reporting.Today:yyyy-MM-dd} grace={options.Reporting.GraceMonths}")),
            [RuleInputs.Links] = (any & RuleInputs.Links) != 0 ? LinksKey(layout, site, links, withErrors, files, hashes, buffer) : null,
            [RuleInputs.Strings] = (any & RuleInputs.Strings) != 0 && theme is not null ? ThemeKey(theme, hashes, buffer) : null,
            [RuleInputs.Summaries] = null,
            [RuleInputs.Site] = null,
        };
        _inputs = [];
        foreach (var set in reads.Distinct())
        {
            var flags = parts.Keys.Where(flag => (set & flag) != 0).ToList();
            _inputs[set] = flags.Any(flag => parts[flag] is null) ? null : Convert.ToHexStringLower(Hash(h =>
            {
                PlanKeys.Text(h, "reads " + (int)set);
                foreach (var flag in flags) h.AppendData(parts[flag]!);
            }));
        }
        _ruleKeys = rules.Select(r => _inputs[r.Reads]).ToArray();
        Complete = _recorded is not null && _recorded.Count == _own.Count && _own.All(o => _recorded.TryGetValue(o.Key, out var entry)
            && entry.Own == o.Value && entry.Inputs.Count == _inputs.Count(i => i.Value is not null)
            && _inputs.All(i => i.Value is null || (entry.Inputs.TryGetValue(i.Key, out var key) && key == i.Value))
            && (!_pages.TryGetValue(o.Key, out var pages) || entry.Pages == pages));
    }

    /// <summary>Whether the record read holds every plan of this build under this build's keys (so, when no rule ran, it
    /// need not be written again).</summary>
    public bool Complete { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<Diagnostic>? Kept(Plan plan, int rule)
    {
        if (_recorded is null || rule >= _ruleKeys.Length || _ruleKeys[rule] is not { } inputs) return null;
        if (!_own.TryGetValue(plan.Id, out var own) || !_recorded.TryGetValue(plan.Id, out var entry) || entry.Own != own) return null;
        if (!entry.Inputs.TryGetValue(_rules[rule].Reads, out var recorded) || recorded != inputs) return null;
        return entry.Diagnostics.TryGetValue(rule, out var diagnostics) ? diagnostics : [];
    }

    /// <summary>
    /// Writes the record of this build: each plan's keys and its rules' diagnostics as <paramref name="results"/> holds them,
    /// the rules without a key left out. A record that cannot be written is left as it was: true of every key it lists.
    /// </summary>
    public void Save(SiteInput site, RuleResults results)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var plan in site.Plans.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            if (!_own.TryGetValue(plan.Id, out var own) || results.Of(plan.Id) is not { } byRule) continue;
            text.Append("plan\t").Append(plan.Id).Append('\t').Append(own).Append('\n');
            if (_pages.TryGetValue(plan.Id, out var pages)) text.Append("pages\t").Append(pages).Append('\n');
            foreach (var (set, key) in _inputs.OrderBy(i => (int)i.Key))
                if (key is not null) text.Append("reads\t").Append((int)set).Append('\t').Append(key).Append('\n');
            for (var i = 0; i < byRule.Count && i < _ruleKeys.Length; i++)
            {
                if (_ruleKeys[i] is null || byRule[i] is not { } diagnostics) continue;
                foreach (var d in diagnostics)
                    text.Append("diag\t").Append(i).Append('\t').Append(RecordFile.Escape(d.Code)).Append('\t').Append((int)d.Severity).Append('\t')
                        .Append(d.Span.Line).Append('\t').Append(d.Span.Column).Append('\t').Append(RecordFile.Escape(d.Span.Path)).Append('\t')
                        .Append(RecordFile.Escape(d.Message)).Append('\n');
            }
        }
        RecordFile.TryReplace(_path, text.ToString());
    }

    /// <summary>
    /// What the link rules read of the site: every page with its kind, edition, plan, source, original and element ids,
    /// every plan's files, the files of input/ with their bytes, and the files with errors (a link into a narrative with
    /// an error is not checked). A plan's pages are declared from the plan alone (the table of pages keeps them while the
    /// plan is the same object, <c>SiteMapCache</c>), so for a plan whose own key is the recorded one the recorded hash of
    /// its pages is taken, and only the changed plans' ids are asked for.
    /// </summary>
    private byte[] LinksKey(RepositoryLayout layout, SiteInput site, LinkResolver links, IReadOnlySet<string> withErrors, RepositoryFiles files,
        FileHashes hashes, byte[] buffer) => Hash(h =>
    {
        foreach (var path in layout.InputPages.Concat(layout.InputDataFiles).Concat(layout.InputAssets).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            PlanKeys.File(h, files, hashes, layout.FullPath(path), path, buffer);
        var byPlan = new Dictionary<string, List<SitePage>>(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var page in links.Map.Pages)
        {
            if (page.PlanId is { } id)
            {
                if (!byPlan.TryGetValue(id, out var list)) byPlan[id] = list = [];
                list.Add(page);
            }
            else Page(text, links, page);
        }
        var ids = byPlan.Keys.Order(StringComparer.Ordinal).ToList();
        var hashed = new string[ids.Count];
        Parallel.For(0, ids.Count, i =>
        {
            var id = ids[i];
            if (_own.TryGetValue(id, out var own) && _recorded is not null && _recorded.TryGetValue(id, out var entry) && entry.Own == own
                && entry.Pages is { } kept)
            {
                hashed[i] = kept;
                return;
            }
            var pages = new StringBuilder();
            foreach (var page in byPlan[id]) Page(pages, links, page);
            hashed[i] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(pages.ToString())));
        });
        _pages = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            _pages[ids[i]] = hashed[i];
            text.Append("plan pages ").Append(ids[i]).Append(' ').Append(hashed[i]).Append('\n');
        }
        foreach (var plan in layout.Plans)
        {
            text.Append("plan ").Append(plan.Id).Append(' ').Append(plan.Folder).Append(' ').Append(plan.PlanYml).Append('\n');
            foreach (var file in plan.AllFiles) text.Append(file).Append('\n');
        }
        foreach (var path in withErrors.Order(StringComparer.Ordinal)) text.Append("error ").Append(path).Append('\n');
        h.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
    });

    private static void Page(StringBuilder text, LinkResolver links, SitePage page)
    {
        text.Append(page.Url).Append('|').Append(page.Kind).Append('|').Append(page.Edition).Append('|').Append(page.PlanId).Append('|')
            .Append(page.Source).Append('|').Append(page.Original).Append('|').Append(page.IsDraft).Append('|');
        if (links.IdsOf(page.Url) is { } ids)
            foreach (var known in ids.Known.Order(StringComparer.Ordinal)) text.Append(known).Append(' ');
        text.Append('\n');
    }

    /// <summary>The theme's files (its strings among them), path and bytes.</summary>
    private static byte[] ThemeKey(Theme theme, FileHashes hashes, byte[] buffer) => Hash(h =>
    {
        var themeFiles = theme.Files;
        foreach (var file in themeFiles.FilesRecursive(theme.Folder).Order(StringComparer.Ordinal))
            PlanKeys.File(h, themeFiles, hashes, file, Path.GetRelativePath(theme.Folder, file).Replace(Path.DirectorySeparatorChar, '/'), buffer);
    });

    private static byte[] Hash(Action<IncrementalHash> write)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        write(hash);
        return hash.GetHashAndReset();
    }

    private static Dictionary<string, Entry>? Parse(string[] lines) =>
        RecordFile.ReadPlans(lines, Header, key => new Entry(key, [], []), ReadLine);

    /// <summary>A line of a plan in the record: its pages' hash, the key of a set of inputs, or a rule's diagnostic; false when it does not parse.</summary>
    private static bool ReadLine(Entry plan, string line)
    {
        var cells = line.Split('\t');
        switch (cells[0])
        {
            case "pages" when cells.Length == 2 && cells[1].Length == 64:
                plan.Pages = cells[1];
                return true;
            case "reads" when cells.Length == 3 && cells[2].Length == 64
                && int.TryParse(cells[1], NumberStyles.None, CultureInfo.InvariantCulture, out var set):
                plan.Inputs[(RuleInputs)set] = cells[2];
                return true;
            case "diag" when cells.Length == 8
                && int.TryParse(cells[1], NumberStyles.None, CultureInfo.InvariantCulture, out var rule)
                && cells[3] is "0" or "1"
                && int.TryParse(cells[4], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var lineNumber)
                && int.TryParse(cells[5], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var column)
                && RecordFile.Unescape(cells[2]) is { } code && RecordFile.Unescape(cells[6]) is { } path && RecordFile.Unescape(cells[7]) is { } message:
                if (!plan.Diagnostics.TryGetValue(rule, out var list)) plan.Diagnostics[rule] = list = [];
                list.Add(new Diagnostic(code, cells[3] == "1" ? Severity.Error : Severity.Warning, new SourceSpan(path, lineNumber, column), message));
                return true;
            default:
                return false;
        }
    }
}
