using StaticMap.Core.Model;

namespace StaticMap.Core.Rendering.Components;

public sealed record FindingsPage(IReadOnlyList<MetricView> Metrics);

/// <summary>One metric of the findings: its name, takeaway and (from the data) chart, summary and table.</summary>
public sealed record MetricView(string Key, string Anchor, string Title, string? Takeaway, string? Unit, string? Pillar, bool IsLocal);

public sealed class FindingsView : IComponentView
{
    public ComponentKind Kind => ComponentKind.Findings;

    public object Build(Plan plan, Component component, RenderContext context)
    {
        var findings = (Findings)component;
        return new FindingsPage(findings.Metrics.Select(m =>
        {
            var known = m.Metric is { } v && context.Metrics.Catalog.TryGet(v.Value, out var def) ? def : null;
            return new MetricView(m.Key, "sm-metric-" + m.Key, known?.Name ?? m.Label ?? m.Key, m.Takeaway,
                known?.Unit ?? m.Unit, known?.Pillar, m.IsLocal);
        }).ToList());
    }
}
