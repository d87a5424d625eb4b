namespace StaticMap.Core.Validation;

/// <summary>
/// What a rule reads besides the plan it checks: its declared scope. The validate stage keeps each plan's diagnostics per
/// rule and runs a plan rule again for a plan only when the plan changed or one of these did (docs/architecture.md,
/// "Validation, plan by plan"). A rule that declares nothing reads <see cref="Everything"/>, which is always correct:
/// it runs over every plan on every run.
/// </summary>
[Flags]
public enum RuleInputs
{
    /// <summary>The plan alone (and which of its own files have errors): run again only when the plan changed.</summary>
    None = 0,

    /// <summary>The table of the site's pages, files and element ids (<see cref="ValidationContext.Links"/>), and which
    /// narratives of the site have errors: what a link into another plan leads to.</summary>
    Links = 1,

    /// <summary>Urban's data and the metric catalogue (<see cref="ValidationContext.Metrics"/>).</summary>
    Data = 2,

    /// <summary>The build's date and report grace (<see cref="ValidationContext.Calendar"/>).</summary>
    Calendar = 4,

    /// <summary>The theme's interface text (<see cref="ValidationContext.Strings"/>).</summary>
    Strings = 8,

    /// <summary>The compact summary of every plan (<see cref="ValidationContext.Summaries"/>): ids, folders, languages,
    /// published files. For the rules that look across plans (<see cref="ISiteRule"/>).</summary>
    Summaries = 16,

    /// <summary>Anything else of the site (<see cref="ValidationContext.Site"/>: other plans as parsed): the rule runs on every run.</summary>
    Site = 32,

    Everything = Links | Data | Calendar | Strings | Summaries | Site,
}
