using System.Collections.Immutable;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Reading;
using StaticMap.Core.Validation;

namespace StaticMap.Tests.Metrics;

/// <summary>Builds small plans in memory for the metric rules, with known positions to assert on.</summary>
internal static class PlanFactory
{
    public const string Folder = "plans/test-plan";
    public const string PlanYml = Folder + "/plan.yml";
    public const string FindingsPath = Folder + "/findings.md";
    public const string MeasurementPath = Folder + "/measurement-plan.md";

    /// <summary>Where the plan.yml 'fips' value is written.</summary>
    public static readonly SourceSpan FipsSpan = new(PlanYml, 5, 9);

    /// <summary>A findings entry for an Urban metric whose 'metric' value is at <paramref name="line"/>, column 13.</summary>
    public static MetricReference Urban(string metric, int line, string[]? subgroups = null, bool comparePeers = false) =>
        new(new Located<string>(metric, new SourceSpan(FindingsPath, line, 13)), null, null, null,
            (subgroups ?? []).ToImmutableArray(), comparePeers, null, new SourceSpan(FindingsPath, line, 5));

    /// <summary>A findings entry for a local CSV, 'file' value at <paramref name="line"/>, column 11.</summary>
    public static MetricReference Local(string file, int line, string[]? subgroups = null) =>
        new(null, new Located<string>(file, new SourceSpan(FindingsPath, line, 11)), "Local metric", "people",
            (subgroups ?? []).ToImmutableArray(), false, null, new SourceSpan(FindingsPath, line, 5));

    public static Located<string> Peer(string fips, int column) => new(fips, new SourceSpan(PlanYml, 12, column));

    public static Indicator IndicatorWithMetric(string metric, int line) => new(
        "jobs", "Jobs", new Located<string>("outcome-jobs", new SourceSpan(MeasurementPath, line - 1, 14)),
        "Urban", "County", Frequency.Annual, null, null, null, null, [],
        new Located<string>(metric, new SourceSpan(MeasurementPath, line, 13)),
        new SourceSpan(MeasurementPath, line - 3, 5), new SourceSpan(MeasurementPath, line - 3, 9));

    public static Plan Plan(
        string fips,
        IEnumerable<MetricReference> metrics,
        IEnumerable<Located<string>>? peers = null,
        IEnumerable<Indicator>? indicators = null,
        IEnumerable<string>? dataFiles = null)
    {
        var metadata = new PlanMetadata("Test plan",
            new Jurisdiction("Test County", JurisdictionType.County, "CA", fips, FipsSpan),
            PlanStatus.Draft, null, "A test plan.", [], (peers ?? []).ToImmutableArray(), "en", null, false,
            SourceSpan.File(PlanYml), new SourceSpan(PlanYml, 7, 9));
        var components = new List<Component>
        {
            new Findings(FindingsPath, "Findings", Body(FindingsPath), new SourceSpan(FindingsPath, 2, 12), metrics.ToImmutableArray()),
        };
        if (indicators is not null)
            components.Add(new MeasurementPlan(MeasurementPath, "Measurement plan", Body(MeasurementPath),
                new SourceSpan(MeasurementPath, 2, 12), indicators.ToImmutableArray()));
        return new Plan("test-plan", Folder, metadata, components.ToImmutableArray(), [], [],
            (dataFiles ?? []).ToImmutableArray());
    }

    private static MarkdownBody Body(string path) => StaticMap.Core.Parsing.MarkdownParser.Parse(path, "Text.", 10);

    public static ValidationContext Context(MobilityData data, string root = "/nonexistent-root")
    {
        var site = new SiteInput(root, [], [], []);
        return new ValidationContext(site, new LinkResolver(site, StaticMap.Core.Rendering.SiteRenderer.Map(site, StaticMap.Tests.Support.TestRegistry.Default)), new MetricsContext(MetricCatalog.Embedded, data));
    }

    /// <summary>A context with the plan's local CSVs loaded as the build loads them; their problems go to <paramref name="loading"/>.</summary>
    public static ValidationContext Context(MobilityData data, string root, Plan plan, DiagnosticBag loading)
    {
        var site = new SiteInput(root, [plan], [], []);
        var local = LocalData.Load(new RepositoryLayout(root, [], [], [], []), [plan], loading);
        return new ValidationContext(site, new LinkResolver(site, StaticMap.Core.Rendering.SiteRenderer.Map(site, StaticMap.Tests.Support.TestRegistry.Default)), new MetricsContext(MetricCatalog.Embedded, data, local));
    }

    /// <summary>Runs one rule over one plan and returns its diagnostics, sorted.</summary>
    public static IReadOnlyList<Diagnostic> Run(IPlanRule rule, Plan plan, ValidationContext context)
    {
        var bag = new DiagnosticBag();
        rule.Check(plan, context, bag);
        return bag.ToSortedList();
    }

    public static Observation Obs(string geoid, string metric, int year, double? value,
        DataQuality quality = DataQuality.Strong, string type = "all", string subgroup = "All") =>
        new(geoid, metric, year, type, subgroup, value, null, null, null, quality, "input/data/test.csv");
}
