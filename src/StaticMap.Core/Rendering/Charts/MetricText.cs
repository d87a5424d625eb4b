using StaticMap.Core.Localization;
using StaticMap.Core.Metrics;

namespace StaticMap.Core.Rendering.Charts;

/// <summary>
/// A Mobility Metrics variable's name and unit in the page's language. The metric catalog (metric-catalog.csv) is the
/// English source; a strings file translates them with <c>metrics.&lt;variable&gt;.name</c> and
/// <c>metrics.&lt;variable&gt;.unit</c> (theme/strings/es.yml), and a repository's own strings file may rename them in
/// English too. A key no strings file has shows the catalog's English, and <c>check</c> does not ask for these keys.
/// </summary>
public static class MetricText
{
    public static string Name(MetricDefinition metric, UiStrings? strings) =>
        strings?.TextOrNull($"metrics.{metric.Variable}.name") is { Length: > 0 } name ? name : metric.Name;

    public static string Unit(MetricDefinition metric, UiStrings? strings) =>
        strings?.TextOrNull($"metrics.{metric.Variable}.unit") is { Length: > 0 } unit ? unit : metric.Unit;

    /// <summary>What the metric measures (<c>metrics.&lt;variable&gt;.description</c>), shown under its name on the findings page.</summary>
    public static string Description(MetricDefinition metric, UiStrings? strings) =>
        strings?.TextOrNull($"metrics.{metric.Variable}.description") is { Length: > 0 } text ? text : metric.Description;

    /// <summary>A pillar as the guide names it ("Rewarding work") in the page's language: <c>pillars.&lt;kebab-case name&gt;</c>.</summary>
    public static string Pillar(string name, UiStrings? strings) =>
        strings?.TextOrNull("pillars." + name.Trim().ToLowerInvariant().Replace(' ', '-')) is { Length: > 0 } text ? text : name;
}
