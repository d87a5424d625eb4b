using StaticMap.Core.Reading;

namespace StaticMap.Core.Pipeline.Stages;

/// <summary>
/// What a run's <see cref="Changes"/> touch, sorted once before the stages run: each stage reads it to decide what of its
/// cache is still good (<see cref="IStage.Invalidate"/>).
/// </summary>
/// <param name="Everything">A full run (a build, or the first run of the preview): every cache starts again from the files.</param>
/// <param name="PlanSetChanged">A plan folder appeared, disappeared or was renamed: plans/ is listed again.</param>
/// <param name="Input">Something under input/ changed: the site pages are parsed again, and everything is written again.</param>
/// <param name="Data">Something under input/data/ changed: Urban's files are read again.</param>
/// <param name="Theme">Something under theme/ changed: templates and strings are loaded again.</param>
/// <param name="Plans">The plans a changed file belongs to.</param>
/// <param name="PlanListing">Whether a changed file is one the site-wide pages show (plan.yml, a progress report).</param>
internal sealed record Change(bool Everything, bool PlanSetChanged, bool Input, bool Data, bool Theme, IReadOnlySet<string> Plans, bool PlanListing)
{
    public static Change All { get; } = new(true, false, false, false, false, new HashSet<string>(), true);

    /// <summary>Sorts changed paths into what they affect; <paramref name="layout"/> is the repository as the last run read it (null before the first run).</summary>
    public static Change Of(Changes changes, string root, RepositoryLayout? layout)
    {
        if (changes.Paths is not { } changed || layout is null) return All;
        var plans = new HashSet<string>(StringComparer.Ordinal);
        bool input = false, data = false, theme = false, planSet = false, listing = false;
        foreach (var raw in changed)
        {
            var path = raw.Replace('\\', '/').TrimStart('/');
            var parts = path.Split('/');
            switch (parts[0])
            {
                case "plans" when parts.Length >= 2:
                    if (parts.Length == 2 || !layout.Plans.Any(p => p.Id == parts[1]) || !new RepositoryFiles(root).IsFolder(Path.Combine(root, "plans", parts[1])))
                        planSet = true;
                    plans.Add(parts[1]);
                    // What the site-wide pages show of a plan: its plan.yml (and translations of it, plan.es.yml, which the
                    // /es/ home lists) and its progress reports. A translation file is a change of its plan: the plan is
                    // parsed again with its translations, and its pages are written again in every language.
                    listing |= parts.Length == 2 || parts[2] is "plan.yml" or "progress" || IsPlanTranslation(parts[2]);
                    break;
                case "input":
                    input = true;
                    data |= parts.Length > 1 && parts[1] == "data";
                    break;
                case "theme":
                    theme = true;
                    break;
            }
        }
        return new Change(false, planSet, input, data, theme, plans, listing || planSet);
    }

    private static bool IsPlanTranslation(string name) =>
        name.StartsWith("plan.", StringComparison.Ordinal) && name.EndsWith(".yml", StringComparison.Ordinal) && name.Count(c => c == '.') == 2;
}
