using System.Text.Json;
using System.Text.Json.Nodes;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing;
using StaticMap.Core.Progress;
using StaticMap.Core.Validation;
using StaticMap.Core.Rendering.Components;

namespace StaticMap.Core.Rendering.Files;

/// <summary>
/// /&lt;plan&gt;/plan.json: the whole plan as one document, so others can aggregate MAPs. The shape is documented in
/// docs/plan-json.md and versioned by "format"; keys follow the authoring contract's names.
/// </summary>
public sealed class PlanJson : IFileKind
{
    public const string Format = "staticmap-plan/1";

    /// <summary>Served as application/json, never inside HTML, so apostrophes and accents stay readable.</summary>
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public IEnumerable<GeneratedFile> Files(RenderContext context)
    {
        foreach (var plan in context.PlansInScope)
            // The node writes itself (the same bytes as JsonSerializer's): JsonSerializer would first set up its reflection-based
            // resolver and every built-in converter, a short build's start-up cost (docs/performance.md, "Start-up", startup2).
            yield return new GeneratedFile(SiteUrls.PlanJson(plan.Id).TrimStart('/'), Utf8(Build(plan, context)));
    }

    private static readonly JsonWriterOptions IndentedWriter = new() { Indented = true, Encoder = Indented.Encoder };

    private static byte[] Utf8(JsonObject json)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, IndentedWriter)) json.WriteTo(writer, Indented);
        return buffer.WrittenSpan.ToArray();
    }

    public static JsonObject Build(Plan plan, RenderContext context)
    {
        var m = plan.Metadata;
        string Url(string siteUrl) => context.Urls.Absolute(siteUrl) ?? context.Urls.Href(siteUrl);
        var components = new JsonObject();
        // Titles as the pages show them: the author's, else the default in the plan's language (the theme's strings).
        var text = context.Text(m.Language);
        foreach (var c in plan.Components)
        {
            var node = new JsonObject
            {
                ["title"] = Views.Formatting.ComponentTitle(c, text),
                ["url"] = Url(SiteUrls.Component(plan, c.Kind)),
                ["narrative"] = c.Body.Markdown.Trim(),
            };
            foreach (var (key, value) in context.Components.Part<IComponentView>(c.Kind).Data(c)) node[key] = value;
            components[c.Kind.Slug] = node;
        }
        var status = ReportingStatus.Compute(plan, context.Components);
        var indicators = plan.IndicatorsById;
        var json = new JsonObject
        {
            ["format"] = Format,
            ["id"] = plan.Id,
            ["url"] = Url(SiteUrls.Plan(plan)),
            ["title"] = m.Title,
            ["status"] = Vocabularies.Status.WordOf[m.Status],
            ["released"] = m.Released?.ToString("yyyy-MM-dd"),
            ["summary"] = m.Summary,
            ["language"] = m.Language,
            ["example"] = m.IsExample,
            ["jurisdiction"] = new JsonObject
            {
                ["name"] = m.Jurisdiction.Name,
                ["type"] = Vocabularies.JurisdictionType.WordOf[m.Jurisdiction.Type],
                ["state"] = m.Jurisdiction.State,
                ["fips"] = m.Jurisdiction.Fips,
            },
            ["coalition"] = Array(m.Coalition.Select(c => new JsonObject
            {
                ["name"] = c.Name, ["sector"] = Vocabularies.Sector.WordOf[c.Sector], ["role"] = c.Role,
            })),
            ["peers"] = Array(m.Peers.Select(p => JsonValue.Create(p.Value))),
            ["contact"] = m.Contact is null ? null : new JsonObject { ["name"] = m.Contact.Name, ["email"] = m.Contact.Email, ["url"] = m.Contact.Url },
            ["components"] = components,
            ["progress"] = Array(plan.Progress.Select(r => new JsonObject
            {
                ["year"] = r.Year,
                ["title"] = Views.Formatting.ReportTitle(r, text),
                ["url"] = Url(SiteUrls.Progress(plan, r.Year)),
                ["narrative"] = r.Body.Markdown.Trim(),
                ["updates"] = Array(r.Updates.Select(u => new JsonObject
                {
                    ["indicator"] = u.Indicator.Value,
                    ["value"] = Value(u.Value),
                    ["value_source"] = u.ValueSource,
                    ["value_year"] = u.Value is null ? null : u.YearOf(r),
                    // No status yet (no value and no coalition status, or a Weak estimate) is null, never a computed "not-started".
                    ["status"] = u.HasStatus ? Vocabularies.ProgressStatus.WordOf[u.Status] : null,
                    // Who set the public status: the coalition, or the build from the numbers when the coalition left it out.
                    ["status_set_by"] = u.StatusGiven ? "coalition" : u.StatusComputed ? "numbers" : null,
                    ["no_newer_data"] = u.NoNewerData,
                    ["value_quality"] = u.ValueQuality,
                    ["status_by_numbers"] = u.Value is not null && !u.WeakValue && indicators.TryGetValue(u.Indicator.Value, out var indicator)
                                            && StatusByNumbers.Compute(indicator, r, u) is { } computed
                        ? Vocabularies.ProgressStatus.WordOf[computed.Status]
                        : null,
                    ["note"] = u.Note,
                })),
            })),
            ["reporting_status"] = new JsonObject
            {
                ["components_complete"] = status.ComponentsComplete,
                ["logic_model_items"] = status.LogicModelItems,
                ["logic_model_items_with_indicator"] = status.LogicModelItemsWithIndicator,
                ["indicators"] = status.Indicators,
                ["indicators_with_baseline"] = status.IndicatorsWithBaseline,
                ["indicators_with_target"] = status.IndicatorsWithTarget,
                ["latest_progress_year"] = status.LatestYear,
                ["indicators_reported_in_latest_year"] = status.IndicatorsReportedInLatestYear,
            },
        };
        // One plan.json per plan, in every language: the data above are language-neutral, the text of each translation
        // (and the URLs of its pages) below. Left out for a plan in one language.
        if (!plan.Translations.IsEmpty) json["translations"] = Array(plan.Translations.Select(t => Translation(t, Url, context.Text(t.Plan.Metadata.Language))));
        return json;
    }

    /// <summary>A translation's text and pages: title, summary, each component's title and URL, indicator labels, report titles.</summary>
    /// <param name="text">The interface text of the translation's language: the default titles of its components and reports.</param>
    private static JsonObject Translation(PlanTranslation translation, Func<string, string> url, Localization.UiStrings text)
    {
        var edition = translation.Plan;
        var components = new JsonObject();
        foreach (var c in edition.Components)
            components[c.Kind.Slug] = new JsonObject
            {
                ["title"] = Views.Formatting.ComponentTitle(c, text),
                ["url"] = url(SiteUrls.Component(edition, c.Kind)),
                // false: not translated yet; its page shows the original's text.
                ["translated"] = c.TextLanguage is null,
            };
        return new JsonObject
        {
            ["language"] = translation.Language,
            ["url"] = url(SiteUrls.Plan(edition)),
            ["title"] = edition.Metadata.Title,
            ["summary"] = edition.Metadata.Summary,
            ["components"] = components,
            ["indicators"] = Array((edition.MeasurementPlan?.Indicators ?? []).Select(i => new JsonObject
            {
                ["id"] = i.Id, ["name"] = i.Name, ["unit"] = i.Unit,
            })),
            ["progress"] = Array(edition.Progress.Select(r => new JsonObject
            {
                ["year"] = r.Year, ["title"] = Views.Formatting.ReportTitle(r, text), ["url"] = url(SiteUrls.Progress(edition, r.Year)), ["translated"] = r.TextLanguage is null,
            })),
        };
    }

    internal static JsonArray Items(IEnumerable<LogicModelItem> items) => Array(items.Select(i =>
    {
        var node = new JsonObject { ["id"] = i.Id, ["text"] = i.Text };
        if (i.Pillar is { } p) node["pillar"] = Vocabularies.Pillar.WordOf[p];
        return node;
    }));

    internal static JsonObject? Measurement(Measurement? m) =>
        m is null ? null : new JsonObject { ["value"] = Value(m.Value), ["year"] = m.Year, ["source"] = m.Source };

    /// <summary>The parsed number (MAP042 lets nothing else through).</summary>
    internal static JsonNode? Value(MeasuredValue? value) => value is null ? null : JsonValue.Create(value.Number);

    internal static JsonArray Strings(IEnumerable<string> values) => Array(values.Select(v => JsonValue.Create(v)));

    internal static JsonArray Array(IEnumerable<JsonNode?> nodes) => new(nodes.ToArray());
}
