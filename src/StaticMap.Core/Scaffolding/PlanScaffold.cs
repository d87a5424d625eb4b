using StaticMap.Core.Model;
using StaticMap.Core.Parsing;
using StaticMap.Core.Reading;

namespace StaticMap.Core.Scaffolding;

/// <summary>What `staticmap new` is asked for, as typed; <see cref="PlanScaffold.Validate"/> checks and normalises it.</summary>
public sealed record ScaffoldRequest(string PlanId, string Name, string State, string Fips, string Type = "county")
{
    /// <summary>--translations: the other languages to scaffold translation files for, e.g. ["es"].</summary>
    public IReadOnlyList<string> Translations { get; init; } = [];
}

/// <summary>A checked request: the state in upper case, the type parsed.</summary>
public sealed record NewPlan(string PlanId, string Name, string State, string Fips, JurisdictionType Type)
{
    /// <summary>The languages of plan.yml's 'translations', each with its translation files.</summary>
    public IReadOnlyList<string> Translations { get; init; } = [];

    public string Folder => "plans/" + PlanId;

    /// <summary>"county" or "city", for the placeholders' examples ("the city's planning department" in a city's plan).</summary>
    public string Kind => Type == JurisdictionType.City ? "city" : "county";
}

/// <summary>One file of a new plan; <see cref="Path"/> is relative to the plan folder, with '/'.</summary>
public sealed record ScaffoldFile(string Path, string Content);

/// <summary>What a scaffolding command did; <see cref="Refused"/>: a link on the way (MAP066), nothing written.</summary>
public enum ScaffoldOutcome { Created, InvalidInput, AlreadyExists, WriteFailed, Refused }

/// <param name="Folder">The plan folder, repository-relative, e.g. "plans/oakland".</param>
/// <param name="Files">Repository-relative paths of the files written, when created.</param>
/// <param name="Problems">Why nothing was written, one sentence each.</param>
public sealed record ScaffoldResult(ScaffoldOutcome Outcome, string Folder, IReadOnlyList<string> Files, IReadOnlyList<string> Problems)
{
    /// <summary>What was done to the repository's .gitignore, when anything was: the build cache's folder added to it.</summary>
    public string? GitIgnore { get; init; }
}

/// <summary>
/// Creates plans/&lt;plan-id&gt;/ with plan.yml and the five components, each holding "TODO:" placeholders (MAP090) that say
/// what to write, a minimal logic model and measurement plan, and a local data file, so the new plan checks with warnings only.
/// </summary>
public static class PlanScaffold
{
    /// <summary>Checks the request as plan.yml is checked, reporting every problem at once; null when there is any.</summary>
    public static NewPlan? Validate(ScaffoldRequest request, out IReadOnlyList<string> problems)
    {
        var list = new List<string>();
        var id = request.PlanId.Trim();
        if (!Ids.IsKebabCase(id))
            list.Add($"plan id '{id}' is not lowercase kebab-case (it becomes the plan's web address); use e.g. '{Ids.Suggest(id)}'");
        else if (SiteUrls.Reserved.Contains(id))
            list.Add($"plan id '{id}' is a name the site uses for its own pages; choose another, e.g. '{id}-plan'");

        var name = request.Name.Trim();
        if (name.Length == 0)
            list.Add("--name is empty; give the jurisdiction's name, e.g. --name \"Alameda County\"");
        else if (name.Any(char.IsControl))
            list.Add("--name must be one line of text without control characters");

        var typeWord = request.Type.Trim();
        var typeIsValid = Vocabularies.JurisdictionType.TryParse(typeWord, out var type);
        if (!typeIsValid)
            list.Add($"--type '{typeWord}' is not allowed; use {string.Join(" or ", Vocabularies.JurisdictionType.Words)}");

        var state = request.State.Trim().ToUpperInvariant();
        var stateIsValid = UsStates.IsUspsCode(state);
        if (!stateIsValid)
            list.Add($"--state '{request.State.Trim()}' is not a USPS state code; use the two-letter code, e.g. CA");

        var fips = request.Fips.Trim();
        // With no valid type, the code's own length says what it is meant to be.
        var isCity = typeIsValid ? type == JurisdictionType.City : fips.Length == 7;
        var (digits, kind, example) = isCity ? (7, "city (place)", "0644000") : (5, "county", "06001");
        if (fips.Length != digits || !fips.All(char.IsAsciiDigit))
        {
            var hint = !typeIsValid ? ""
                : !isCity && fips.Length == 7 ? "; for a city, add --type city"
                : isCity && fips.Length == 5 ? "; for a county, leave out --type city"
                : "";
            // Census lists a place by its 5-digit code within the state ("15670"): a city's FIPS code puts the state's 2 digits
            // before it, which --state already gives (review9, 2026-12-07: "write all 7 digits" did not say which 7).
            var fix = isCity && typeIsValid && stateIsValid && fips.Length == 5 && fips.All(char.IsAsciiDigit)
                ? $"a city's code is its state's 2 digits and its place's 5: for place {fips} in {state}, write {UsStates.FipsOf(state)}{fips}"
                : $"write all {digits} digits with leading zeros, e.g. {example}";
            list.Add($"--fips '{fips}' is not a {digits}-digit {kind} FIPS code; {fix}{hint}");
        }
        else if (!PlanFileParser.IsFips(fips, out _))
        {
            list.Add($"--fips '{fips}' begins with {fips[..2]}, which is no state's FIPS code; check the code, e.g. {example}");
        }
        else if (stateIsValid && UsStates.FipsOf(state) != fips[..2])
        {
            list.Add($"--fips '{fips}' is in {UsStates.UspsOfFips(fips[..2])} (state code {fips[..2]}), not in {state} ({UsStates.FipsOf(state)}); check --state and --fips");
        }

        var translations = request.Translations.SelectMany(t => t.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var tag in translations)
        {
            if (!Localization.LanguageTags.IsLanguageSuffix(tag))
                list.Add($"--translations '{tag}' is not a BCP 47 language tag; write e.g. --translations es or --translations es-MX");
            else if (Localization.LanguageTags.Same(tag, "en"))
                list.Add($"--translations '{tag}' is the plan's own language (en); list only the other languages, e.g. --translations es");
        }

        problems = list;
        return list.Count == 0 ? new NewPlan(id, name, state, fips, type) { Translations = translations } : null;
    }

    /// <summary>Checks the request, refuses an existing plan, and writes the plan in a temporary folder that is then moved into place.</summary>
    /// <param name="root">The repository folder (it must exist); plans/ is created when missing.</param>
    /// <param name="components">The component kinds to write a file for (the build's registry's); null for StaticMap's own.</param>
    public static ScaffoldResult Create(string root, ScaffoldRequest request, ComponentRegistry? components = null)
    {
        var plan = Validate(request, out var problems);
        if (plan is null) return new ScaffoldResult(ScaffoldOutcome.InvalidInput, "plans/" + request.PlanId.Trim(), [], problems);

        if (Clash(root, plan) is { } clash) return new ScaffoldResult(ScaffoldOutcome.InvalidInput, plan.Folder, [], [clash]);

        // Every write goes through the repository's writer: a linked plans/ (in or out of the repository) is MAP066.
        var writer = new RepositoryWriter(root);
        var plans = Path.Combine(writer.Root, "plans");
        var target = Path.Combine(plans, plan.PlanId);
        if (writer.Refusal(target) is { } refusal) return Refused(plan.Folder, refusal);
        if (RepositoryWriter.Exists(target)) return AlreadyExists(plan);

        var files = ScaffoldText.Files(plan, components);
        // A dot folder: the build skips it, so a build running meanwhile never sees a half-written plan.
        var temporary = Path.Combine(plans, $".{plan.PlanId}.new-{Guid.NewGuid():N}");
        try
        {
            foreach (var file in files)
                writer.WriteNew(Path.Combine(temporary, file.Path.Replace('/', Path.DirectorySeparatorChar)), file.Content);
            // The move fails when the folder appeared meanwhile, so an existing plan is never overwritten.
            writer.MoveFolder(temporary, target);
        }
        catch (RefusedFileException ex)
        {
            TryDelete(writer, temporary);
            return Refused(plan.Folder, ex.Diagnostic);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(writer, temporary);
            return RepositoryWriter.Exists(target) ? AlreadyExists(plan)
                : new ScaffoldResult(ScaffoldOutcome.WriteFailed, plan.Folder, [], [$"could not write {plan.Folder}: {ex.Message}; nothing was written"]);
        }
        return new ScaffoldResult(ScaffoldOutcome.Created, plan.Folder, files.Select(f => $"{plan.Folder}/{f.Path}").ToList(), [])
        {
            GitIgnore = IgnoreBuildCache(writer),
        };
    }

    /// <summary>The build cache (.staticmap/, docs/cli.md#the-build-cache) is the machine's, not the repository's: its
    /// folder is added to .gitignore when no line there names it yet. A .gitignore that cannot be written is said, not fatal.</summary>
    private static string? IgnoreBuildCache(RepositoryWriter writer)
    {
        try
        {
            return writer.AppendLine(Path.Combine(writer.Root, ".gitignore"), "/.staticmap/", [".staticmap", ".staticmap/", "/.staticmap", "/.staticmap/"])
                ? "Added /.staticmap/ to .gitignore: StaticMap's build cache, which Git does not need to keep."
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"Could not add /.staticmap/ to .gitignore ({ex.Message}); add that line yourself so that Git ignores StaticMap's build cache.";
        }
    }

    /// <summary>
    /// Why the plan's address would clash with one the site already has, as the next build would say (MAP068), or null:
    /// a language the site is published in (its pages are under /es/: a plan's translations, a page's language, the new
    /// plan's own --translations) or a page of input/ (about.md is /about/). The reserved names are checked in
    /// <see cref="Validate"/>.
    /// </summary>
    private static string? Clash(string root, NewPlan plan)
    {
        var layout = RepositoryScanner.Scan(root, new Diagnostics.DiagnosticBag());
        var pageNames = layout.InputPages.Select(p => p[(p.LastIndexOf('/') + 1)..]).ToList();
        var languages = layout.Plans.SelectMany(p => p.Translations.Select(t => t.Language))
            .Concat(pageNames.Select(n => Localization.LanguageTags.TrySplitFileName(n, out _, out var language) ? language : null).OfType<string>())
            .Concat(plan.Translations);
        if (languages.FirstOrDefault(l => string.Equals(l, plan.PlanId, StringComparison.OrdinalIgnoreCase)) is { } same)
            return $"plan id '{plan.PlanId}' is the name of a language the site is published in ({same}, whose pages are under /{same}/), so the two would share one address; choose another, e.g. '{plan.PlanId}-plan'";
        foreach (var (path, name) in layout.InputPages.Zip(pageNames))
        {
            var original = Localization.LanguageTags.TrySplitFileName(name, out var o, out _) ? o : name;
            if (string.Equals(original[..^".md".Length], plan.PlanId, StringComparison.OrdinalIgnoreCase))
                return $"plan id '{plan.PlanId}' is the address of the page {path} (/{plan.PlanId}/), so the two would share one address; choose another, e.g. '{plan.PlanId}-plan'";
        }
        return null;
    }

    /// <summary>MAP066 at the linked part, as the build reports it; nothing was written.</summary>
    internal static ScaffoldResult Refused(string folder, Diagnostics.Diagnostic refusal) =>
        new(ScaffoldOutcome.Refused, folder, [], [refusal.ToString()]);

    private static ScaffoldResult AlreadyExists(NewPlan plan) => new(ScaffoldOutcome.AlreadyExists, plan.Folder, [],
        [$"{plan.Folder} already exists, so nothing was written; choose another plan id, or move that folder away first"]);

    private static void TryDelete(RepositoryWriter writer, string folder)
    {
        try
        {
            writer.DeleteFolder(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left behind only when the disk refuses; the build skips dot folders, so it does no harm.
        }
    }
}
