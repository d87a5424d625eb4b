using System.Collections.Concurrent;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Reading;

namespace StaticMap.Core.Metrics;

/// <summary>Reads every plan-local CSV that a findings 'file:' names, once, reporting its problems (MAP074) once.</summary>
public static class LocalData
{
    public static IReadOnlyDictionary<string, IReadOnlyList<Observation>> Load(RepositoryLayout layout, IEnumerable<Plan> plans, DiagnosticBag diagnostics)
    {
        var loaded = new ConcurrentDictionary<string, IReadOnlyList<Observation>>(StringComparer.Ordinal);
        Parallel.ForEach(plans, plan =>
        {
            var fips = PlanMetrics.Fips(plan) ?? "";
            foreach (var reference in plan.Findings?.Metrics ?? [])
            {
                if (reference.File is not { } file || !plan.DataFiles.Contains(file.Value)) continue;
                var path = PlanMetrics.LocalPath(plan, file.Value);
                if (loaded.ContainsKey(path)) continue;
                loaded[path] = LocalMetricReader.Read(layout, path, fips, reference.Key, diagnostics);
            }
        });
        return loaded;
    }
}
