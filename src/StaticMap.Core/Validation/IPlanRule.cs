using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation;

/// <summary>A rule that checks one plan as a whole, after parsing. A new check is one class implementing this.</summary>
public interface IPlanRule
{
    void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics);
}

/// <summary>What plan rules may consult besides the plan: the whole site, its links and the data.</summary>
public sealed record ValidationContext(SiteInput Site, LinkResolver Links, Metrics.MetricsContext Metrics);
