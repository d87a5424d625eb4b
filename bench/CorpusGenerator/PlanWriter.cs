using System.Globalization;
using System.Text;

namespace StaticMap.Bench.CorpusGenerator;

/// <summary>
/// One synthetic plan: plan.yml, the five components, progress/2024.md, progress/2025.md and one local data file.
/// The logic model has 2 inputs, 3 activities, 3 outputs and 5 outcomes; the measurement plan has one indicator for
/// each input, output and outcome, so the plan passes MAP031/MAP032, and every progress update names an indicator.
/// </summary>
public sealed class PlanWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private static readonly string[] Statuses = ["on-track", "on-track", "on-track", "at-risk", "off-track", "achieved", "not-started"];
    private static readonly string[] Frequencies = ["monthly", "quarterly", "quarterly", "annual", "annual", "biennial"];

    private readonly Random _random;
    private readonly Place _place;
    private readonly string _jurisdiction;
    private readonly List<Strategy> _strategies;
    private readonly List<(string Id, string Text)> _inputs;
    private readonly List<(string Name, string Sector, string Role)> _coalition;
    private readonly Prose _prose;
    private readonly List<Indicator> _indicators = [];
    // Every fourth plan is also published in Spanish (translations: [es]): plan.es.yml and a .es.md beside each
    // component and progress report, with a Spanish narrative of the same length. Its own generator, so the English
    // files are the same whether or not a plan is translated.
    private readonly Random? _esRandom;
    private readonly Prose? _es;

    private sealed record Indicator(string Id, string Name, string Measures, string? Unit, string? Metric);

    public PlanWriter(Random random, int index, int total)
    {
        _random = random;
        Id = $"synthetic-{index.ToString(total >= 10_000 ? "D5" : "D4", CultureInfo.InvariantCulture)}";
        _place = Place.All[(index - 1) % Place.All.Length];
        _jurisdiction = $"{Catalog.CountyNames[random.Next(Catalog.CountyNames.Length)]} County";
        _strategies = _random.PickSome(Catalog.Strategies, 3);
        _inputs = _random.PickSome(Catalog.Inputs, 2);
        _coalition = [Catalog.Partners[0], .. _random.PickSome(Catalog.Partners[1..], random.Next(3, 7))];
        _prose = new Prose(random, _jurisdiction, _strategies, _coalition.Select(c => c.Name).ToList());
        if (index % 4 == 1)
        {
            _esRandom = new Random(unchecked(index * 7919 + 17));
            _es = new Prose(_esRandom, EsJurisdiction, _strategies, _coalition.Select(c => c.Name).ToList(), spanish: true);
        }
    }

    public bool Translated => _es is not null;

    private string EsJurisdiction => "Condado de " + _jurisdiction[..^" County".Length];

    public string Id { get; }

    public void Write(string folder, CorpusStats stats)
    {
        Directory.CreateDirectory(Path.Combine(folder, "progress"));
        Directory.CreateDirectory(Path.Combine(folder, "data"));
        var released = new DateOnly(2024, _random.Next(1, 13), _random.Next(1, 29));

        WriteOther(folder, "plan.yml", PlanYml(released), stats);
        WriteMarkdown(folder, "how-we-got-here.md", HowWeGotHere(released), stats);
        WriteMarkdown(folder, "findings.md", Findings(folder, stats), stats);
        WriteMarkdown(folder, "theory-of-change.md", TheoryOfChange(), stats);
        WriteMarkdown(folder, "measurement-plan.md", MeasurementPlan(), stats);
        WriteMarkdown(folder, "sustainability.md", Sustainability(), stats);
        WriteMarkdown(folder, "progress/2024.md", Progress(2024), stats);
        WriteMarkdown(folder, "progress/2025.md", Progress(2025), stats);
        if (_es is not null) WriteSpanish(folder, stats);
    }

    private void WriteSpanish(string folder, CorpusStats stats)
    {
        var es = _es!;
        var words = () => _esRandom!.Next(280, 680);
        var y = new StringBuilder();
        y.Append($"title: {Q($"Plan de Acción para la Movilidad del {EsJurisdiction} ({Id})")}\n");
        y.Append($"jurisdiction:\n  name: {Q(EsJurisdiction)}\n");
        y.Append($"summary: >-\n  {es.Sentence()} {es.Sentence()} Este plan sintético se generó para la prueba de rendimiento de StaticMap.\n");
        WriteOther(folder, "plan.es.yml", y.ToString(), stats);
        void Component(string slug, string file, params (string, string)[] links) =>
            WriteMarkdown(folder, file, Document($"component: {slug}\n", es.Narrative(words(), links)), stats);
        Component("how-we-got-here", "how-we-got-here.es.md", ("hallazgos", "findings.md"), ("teoría del cambio", "theory-of-change.md"));
        Component("findings", "findings.es.md", ("plan de medición", "measurement-plan.md"), ("cómo llegamos aquí", "how-we-got-here.md"));
        Component("theory-of-change", "theory-of-change.es.md", ("plan de medición", "measurement-plan.md"), ("hallazgos", "findings.md"));
        Component("measurement-plan", "measurement-plan.es.md", ("modelo lógico", "theory-of-change.md"), ("informe de avance de 2025", "progress/2025.md"));
        Component("sustainability", "sustainability.es.md", ("plan de medición", "measurement-plan.md"), ("informe de avance de 2024", "progress/2024.md"));
        foreach (var year in (int[])[2024, 2025])
            WriteMarkdown(folder, $"progress/{year}.es.md",
                Document($"year: {year}\n", es.Narrative(words(), [("hallazgos", "../findings.md"), ("teoría del cambio", "../theory-of-change.md")])), stats);
    }

    private string PlanYml(DateOnly released)
    {
        var y = new StringBuilder();
        y.Append($"title: {Q($"{_jurisdiction} Mobility Action Plan ({Id})")}\n");
        y.Append("example: true\n");
        y.Append($"jurisdiction:\n  name: {Q(_jurisdiction)}\n  type: county\n  state: {_place.State}\n  fips: \"{_place.Fips}\"\n");
        y.Append("status: released\n");
        y.Append($"released: {released:yyyy-MM-dd}\n");
        y.Append($"summary: >-\n  {_prose.Sentence()} {_prose.Sentence()} This synthetic plan was generated for StaticMap's build benchmark.\n");
        y.Append("coalition:\n");
        foreach (var (name, sector, role) in _coalition)
            y.Append($"  - name: {Q(name)}\n    sector: {sector}\n    role: {Q(role)}\n");
        y.Append($"peers: [{string.Join(", ", _place.Peers.Select(p => $"\"{p}\""))}]\n");
        y.Append("language: en\n");
        if (_es is not null) y.Append("translations: [es]\n");
        y.Append($"contact:\n  name: Mobility coordinator\n  email: mobility@{Id}.example.org\n  url: https://{Id}.example.org/mobility\n");
        return y.ToString();
    }

    private string HowWeGotHere(DateOnly released)
    {
        var y = new StringBuilder("component: how-we-got-here\ntimeline:\n");
        var events = new[]
        {
            "A management team forms in the county administrator's office",
            "The mobility coalition launches, with community organizations paid to co-lead engagement",
            "The coalition reviews the Mobility Metrics and chooses its focus",
            "Community conversations take place across the county",
            "A paid resident advisory council is seated",
            "The coalition approves the logic model and measurement plan",
        };
        var year = 2021;
        var month = _random.Next(1, 7);
        foreach (var e in events)
        {
            y.Append($"  - date: \"{year}-{month:D2}\"\n    event: {Q(e)}\n");
            month += _random.Next(2, 6);
            if (month > 12) { month -= 12; year++; }
        }
        y.Append($"  - date: \"{released:yyyy-MM-dd}\"\n    event: The plan is released to the public\n");
        return Document(y.ToString(), _prose.Narrative(Words(), [
            ("findings", "findings.md"), ("theory of change", "theory-of-change.md"),
            ("sustainability commitments", "sustainability.md"), ("2024 progress report", "progress/2024.md"),
        ]));
    }

    private string Findings(string folder, CorpusStats stats)
    {
        var y = new StringBuilder("component: findings\nmetrics:\n");
        foreach (var metric in _random.PickSome(_place.Metrics, _random.Next(3, 6)))
        {
            y.Append($"  - metric: {metric.Name}\n");
            if (metric.Subgroups) y.Append("    subgroups: [race-ethnicity]\n");
            if (metric.ComparePeers) y.Append("    compare: peers\n");
            if (_random.Next(2) == 0) y.Append($"    takeaway: {Q(_prose.Sentence())}\n");
        }
        var local = _strategies[0];
        var csv = new StringBuilder("year,value\n");
        var value = _random.Next(100, 1000);
        for (var year = 2019; year <= 2024; year++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{year},{value}\n");
            value += _random.Next(-20, 200);
        }
        WriteOther(folder, $"data/{local.Output}.csv", csv.ToString(), stats);
        y.Append($"  - file: data/{local.Output}.csv\n    label: {Q(local.OutputText + " (illustrative)")}\n    unit: {local.OutputUnit}\n");
        y.Append($"    takeaway: {Q(_prose.Sentence())}\n");
        return Document(y.ToString(), _prose.Narrative(Words(), [
            ("theory of change", "theory-of-change.md"), ("measurement plan", "measurement-plan.md"),
            ("how we got here", "how-we-got-here.md"),
        ]));
    }

    private string TheoryOfChange()
    {
        var y = new StringBuilder("component: theory-of-change\n");
        y.Append($"vision: >-\n  Every resident of {_jurisdiction} can build a secure future, with a good job, a safe home and a voice in the decisions that shape their neighborhood.\n");
        y.Append("theory_of_change:\n  preconditions:\n");
        y.Append("    - Community organizations are funded to lead, not only to advise.\n");
        y.Append("    - Partners share data and review it together by race and ethnicity.\n");
        y.Append("  outcomes:\n");
        foreach (var s in _strategies) y.Append($"    - {Q(s.IntermediateText)}\n");
        y.Append("  assumptions:\n");
        y.Append("    - Cost, more than preference, keeps families from the services they need.\n");
        y.Append("    - Programs led by trusted community organizations reach more families.\n");

        y.Append("logic_model:\n  inputs:\n");
        foreach (var (id, text) in _inputs)
        {
            y.Append($"    - id: {id}\n      text: {Q(text)}\n");
            _indicators.Add(new Indicator($"{id}-status", $"Progress on: {text}", id, "percent", null));
        }
        y.Append("  activities:\n");
        foreach (var s in _strategies)
            y.Append($"    - id: {s.Activity}\n      text: {Q(s.ActivityText)}\n      pillar: {s.Pillar}\n");
        y.Append("  outputs:\n");
        foreach (var s in _strategies)
        {
            y.Append($"    - id: {s.Output}\n      text: {Q(s.OutputText)}\n");
            _indicators.Add(new Indicator($"{s.Output}-count", s.OutputText, s.Output, s.OutputUnit, null));
        }
        y.Append("  outcomes:\n    short_term:\n");
        foreach (var s in _strategies.Take(2))
        {
            y.Append($"      - id: {s.ShortTerm}\n        text: {Q(s.ShortTermText)}\n");
            _indicators.Add(new Indicator($"{s.ShortTerm}-rate", s.ShortTermText, s.ShortTerm, "percent", null));
        }
        y.Append("    intermediate:\n");
        foreach (var s in _strategies.Skip(1))
        {
            y.Append($"      - id: {s.Intermediate}\n        text: {Q(s.IntermediateText)}\n");
            var metric = s.Metric is not null && _place.Has(s.Metric) ? s.Metric : null;
            _indicators.Add(new Indicator($"{s.Intermediate}-rate", s.IntermediateText, s.Intermediate, "percent", metric));
        }
        y.Append("    long_term:\n      - id: incomes-rise\n        text: Incomes at the bottom of the ladder rise, and gaps between groups close\n");
        _indicators.Add(new Indicator("incomes-rise-measure", "Household income at the 20th percentile", "incomes-rise", "dollars",
            _place.Has("pctl_income_20") ? "pctl_income_20" : null));

        return Document(y.ToString(), _prose.Narrative(Words(), [
            ("measurement plan", "measurement-plan.md"), ("findings", "findings.md"),
        ]));
    }

    private string MeasurementPlan()
    {
        var y = new StringBuilder("component: measurement-plan\nindicators:\n");
        foreach (var indicator in _indicators)
        {
            y.Append($"  - id: {indicator.Id}\n    name: {Q(indicator.Name)}\n    measures: {indicator.Measures}\n");
            if (indicator.Metric is not null)
            {
                y.Append($"    metric: {indicator.Metric}\n    source: Urban Institute, Mobility Metrics\n");
                y.Append("    responsible: County data analyst\n    frequency: annual\n");
            }
            else
            {
                y.Append($"    source: {Q(_random.Pick(Catalog.Sources))}\n    responsible: {Q(_random.Pick(Catalog.Responsible))}\n");
                y.Append($"    frequency: {_random.Pick(Frequencies)}\n");
            }
            if (indicator.Unit is not null) y.Append($"    unit: {indicator.Unit}\n");
            y.Append("    direction: increase\n");
            var baseline = _random.Next(10, 60);
            // An indicator tied to a Mobility Metric takes its baseline from Urban's data (MAP038 otherwise).
            if (indicator.Metric is not null) y.Append($"    baseline: {{year: {(indicator.Metric == "share_transportation_cost" ? 2022 : 2023)}}}\n");
            else y.Append(CultureInfo.InvariantCulture, $"    baseline: {{value: {baseline}, year: 2023}}\n");
            y.Append(CultureInfo.InvariantCulture, $"    target: {{value: {baseline + _random.Next(5, 40)}, year: {_random.Next(2026, 2031)}}}\n");
            if (_random.Next(2) == 0) y.Append("    disaggregate_by: [race-ethnicity]\n");
        }
        return Document(y.ToString(), _prose.Narrative(Words(), [
            ("logic model", "theory-of-change.md"), ("2025 progress report", "progress/2025.md"),
        ]));
    }

    private string Sustainability()
    {
        var y = new StringBuilder("component: sustainability\ncommitments:\n");
        foreach (var s in _strategies)
        {
            var partner = _coalition[_random.Next(_coalition.Count)].Name;
            y.Append($"  - action: {Q($"Move {s.Name} from pilot funding into the base budget if the evaluation shows it works")}\n");
            y.Append($"    responsible: {Q(partner)}\n    resources: {Q("County general fund and a three-year philanthropic match")}\n");
            y.Append($"    timeline: {Q($"By {_random.Next(2026, 2030)}")}\n");
        }
        y.Append("  - action: Publish a progress report every year and present it at a community meeting\n");
        y.Append("    responsible: Mobility coordinator\n    resources: Staff time in the county administrator's office\n");
        return Document(y.ToString(), _prose.Narrative(Words(), [
            ("measurement plan", "measurement-plan.md"), ("2024 progress report", "progress/2024.md"),
        ]));
    }

    private string Progress(int year)
    {
        var y = new StringBuilder($"year: {year}\nupdates:\n");
        foreach (var indicator in _indicators)
        {
            var status = _random.Pick(Statuses);
            y.Append($"  - indicator: {indicator.Id}\n");
            // Values of an indicator tied to a Mobility Metric come from the data (MAP055 otherwise), and a status
            // is computed from a value (MAP036 when a written one disagrees), so only "not started" is written.
            if (status == "not-started") y.Append("    status: not-started\n");
            else if (indicator.Metric is null) y.Append(CultureInfo.InvariantCulture, $"    value: {_random.Next(10, 90)}\n");
            if (_random.Next(3) == 0) y.Append($"    note: {Q(_prose.Sentence())}\n");
        }
        var links = year == 2024
            ? new List<(string, string)> { ("findings", "../findings.md"), ("measurement plan", "../measurement-plan.md"), ("2025 report", "2025.md") }
            : [("theory of change", "../theory-of-change.md"), ("last year's progress report", "2024.md")];
        return Document(y.ToString(), _prose.Narrative(Words(), links));
    }

    /// <summary>Target narrative length; sections overshoot it by up to ~120 words, so bodies land at 300 to 800 words.</summary>
    private int Words() => _random.Next(280, 680);

    private static string Document(string frontMatter, string body) => $"---\n{frontMatter}---\n\n{body}";

    private void WriteMarkdown(string folder, string name, string text, CorpusStats stats)
    {
        var bytes = Utf8.GetBytes(text);
        File.WriteAllBytes(Path.Combine(folder, name), bytes);
        var body = text[(text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
        stats.AddMarkdown(bytes.Length, body.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static void WriteOther(string folder, string name, string text, CorpusStats stats)
    {
        File.WriteAllText(Path.Combine(folder, name), text, Utf8);
        stats.AddOther();
    }



    /// <summary>A double-quoted YAML string.</summary>
    private static string Q(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
