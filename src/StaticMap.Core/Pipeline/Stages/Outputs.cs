using StaticMap.Core.Diagnostics;
using StaticMap.Core.Localization;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Reading;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Templates;

namespace StaticMap.Core.Pipeline.Stages;

// What each stage hands the next: its own output and, by reference, what the stages before it produced.

/// <summary>The read stage's input: nothing but the run (<see cref="RunContext.Change"/>).</summary>
internal sealed record RunStart;

/// <param name="Touched">The plans whose files were read again (every plan on a full run).</param>
/// <param name="Diagnostics">What listing the repository found (MAP028, MAP066, MAP067 …).</param>
internal sealed record ReadOutput(RepositoryLayout Layout, IReadOnlyList<string> Touched, IReadOnlyList<Diagnostic> Diagnostics);

/// <param name="Changed">The plans parsed again in this run; the others are as parsed before.</param>
/// <param name="Diagnostics">The site pages' and every plan's parse diagnostics (kept per plan between runs).</param>
internal sealed record ParseOutput(ReadOutput Read, SiteInput Site, IReadOnlyList<string> Changed, IReadOnlyList<Diagnostic> Diagnostics);

/// <param name="Diagnostics">Urban's files' and every plan's own CSVs' diagnostics.</param>
internal sealed record MetricsOutput(ParseOutput Parsed, MetricsContext Metrics, IReadOnlyList<Diagnostic> Diagnostics);

/// <param name="Site">The site with the values the authors left out filled in from the data.</param>
internal sealed record DataValuesOutput(MetricsOutput Measured, SiteInput Site);

internal sealed record LinksOutput(DataValuesOutput Filled, LinkResolver Links);

/// <param name="Theme">Null when the theme has an error (reported in <paramref name="Diagnostics"/>).</param>
/// <param name="Strings">The interface text, read once a run (its files once per theme change), for the rules and the pages.</param>
internal sealed record ThemeOutput(LinksOutput Linked, Theme? Theme, ThemeStrings Strings, IReadOnlyList<Diagnostic> Diagnostics);

internal sealed record ValidateOutput(ThemeOutput Themed, ValidatedSite Validated);

// Not the validated site: the commit needs only what was written, so a build can let go of the site before Pagefind runs.
internal sealed record RenderOutput(Theme Theme, ISiteOutput Output);

internal sealed record CommitOutput(RenderOutput Rendered);
