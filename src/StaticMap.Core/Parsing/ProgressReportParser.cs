using System.Collections.Immutable;
using System.Globalization;
using StaticMap.Core.Localization;
using StaticMap.Core.Model;
using StaticMap.Core.Diagnostics.Codes;
using StaticMap.Core.Numbers;

namespace StaticMap.Core.Parsing;

/// <summary>Binds progress/&lt;year&gt;.md to a <see cref="ProgressReport"/>.</summary>
public static class ProgressReportParser
{
    public static readonly IReadOnlyList<string> KnownFields = ["year", "title", "published", "draft", "updates"];
    public static readonly IReadOnlyList<string> UpdateFields = ["indicator", "value", "status", "note"];

    /// <param name="reportFiles">The plan's progress/&lt;year&gt;.md files (repository paths), so that MAP040 does not say to rename
    /// a file onto one that is there.</param>
    /// <param name="units">The measurement plan's indicators' units by id (null for none), so that MAP042's fix of "$41,000" says to
    /// set 'unit: dollars' only where the indicator has no such unit; null when there is no measurement plan.</param>
    public static ProgressReport? Parse(FrontMatterFile file, IReadOnlyCollection<string>? reportFiles = null,
        IReadOnlyDictionary<string, string?>? units = null)
    {
        var f = file.Fields;
        f.WarnUnknown(KnownFields, "a progress report");
        // A translation (progress/2025.es.md) is named after its original.
        var name = Path.GetFileNameWithoutExtension(
            LanguageTags.TrySplitFileName(Path.GetFileName(file.Path), out var original, out _) ? original : file.Path);
        int? fileYear = name.Length == 4 && int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
        if (fileYear is null) f.Diagnostics.Add(ProgressFileName.Instance.Create(file.Path));

        var year = f.Year("year", true, $"the report's year{(fileYear is null ? "" : $", {fileYear}")}");
        if (year is not null && fileYear is not null && year != fileYear)
        {
            var folder = file.Path[..(file.Path.LastIndexOf('/') + 1)];
            var taken = reportFiles?.Contains($"{folder}{year}.md") ?? false;
            f.Diagnostics.Add(ProgressYearMismatch.Instance.Create(f.ValueSpan("year"), year.Value, fileYear.Value, file.Path, taken));
        }

        var updates = f.ListOfMappings("updates", false, "the year's indicator updates",
                "'- indicator: employment-rate' then 'status: on-track'")
            .Select(u =>
            {
                // The value first: a number split by a comma in braces ({value: 1,5}) must not also be an unknown field.
                var value = u.Value("value", false, "the value reported this year", "leave 'value' out", UnitOf(u, units));
                u.WarnUnknown(UpdateFields, "a progress update");
                var indicator = u.LocatedString("indicator", true, "the id of a measurement-plan indicator")
                    ?? new Model.Located<string>("", u.Span);
                // The status is the coalition's judgement; left out, it is computed from the numbers at build.
                var given = u.Has("status");
                var status = u.Enum("status", Vocabularies.ProgressStatus, false, "the indicator's status") ?? ProgressStatus.NotStarted;
                var note = u.String("note", false, "a note");
                return new ProgressUpdate(indicator, value, status, note, u.Span, given ? u.ValueSpan("status") : null,
                    value is null ? null : u.ValueSpan("value")) { StatusGiven = given };
            })
            .ToImmutableArray();
        var reportYear = year ?? fileYear ?? 0;
        var title = f.String("title", false, "the page title");
        var published = f.Date("published", false, "the date the report was published, YYYY-MM-DD");
        var draft = f.Bool("draft") ?? false;
        return new ProgressReport(reportYear, file.Path, title, file.Body, updates, f.ValueSpan("year")) { Published = published, PublishedSpan = published is null ? default : f.ValueSpan("published"), IsDraft = draft };
    }

    /// <summary>The unit of the indicator an update names, when the measurement plan has that indicator.</summary>
    private static UnitOfValue UnitOf(YamlFields update, IReadOnlyDictionary<string, string?>? units) =>
        update.Node("indicator") is Reading.Yaml.YamlScalar { IsNull: false } id && units is not null
        && units.TryGetValue(id.Value.Trim(), out var unit)
            ? UnitOfValue.Of(unit)
            : UnitOfValue.Unknown;

    /// <summary>The units of a plan's indicators by id, for <see cref="Parse"/>; null without a measurement plan.</summary>
    public static IReadOnlyDictionary<string, string?>? Units(IEnumerable<Component> components) =>
        components.OfType<MeasurementPlan>().FirstOrDefault() is { } plan
            ? plan.Indicators.DistinctBy(i => i.Id).ToDictionary(i => i.Id, i => i.Unit, StringComparer.Ordinal)
            : null;
}
