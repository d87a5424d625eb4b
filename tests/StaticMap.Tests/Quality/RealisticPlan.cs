using System.Globalization;
using System.Text;
using StaticMap.Tests.Conformance;

namespace StaticMap.Tests.Quality;

/// <summary>What the generator knows about one indicator, for the checks.</summary>
public sealed record IndicatorFacts(string Id, string Name, string? NameEs, string? Unit, string? Metric, string? Subgroup,
    int Decimals, IReadOnlyCollection<int> DataYears);

/// <summary>
/// A random, realistic Mobility Action Plan written to the authoring contract (/work/shared/spec/authoring-contract.md):
/// one county or city with Urban's data files as published, all five components, findings charts of catalog metrics
/// (race/ethnicity breakdowns, peers), a logic model, indicators in dollars, percent and people with baselines, targets
/// and directions (some backed by a metric, one following a race/ethnicity `subgroup`), progress reports with and
/// without `status` and `value`, a timeline of machine and free-text dates, and a Spanish translation of part of it
/// (some components left in English). Unlike the conformance generator, the YAML is plain: the variety is in the content.
/// </summary>
public sealed class RealisticPlan
{
    /// <summary>Contract features that today's StaticMap may refuse (plan.es.yml's jurisdiction.name and contact.name, a
    /// translated free-text timeline date). On by default, as the contract says; off to see the rest of the pages.</summary>
    public sealed record Options(bool? City = null, bool TranslateNames = true, bool TranslateFreeTextDates = true, bool IndicatorSubgroups = true,
        bool OmitStatus = true, string? Fips = null)
    {
        /// <summary>Only what StaticMap accepted before issue 21: no translated names or free-text dates, no indicator
        /// `subgroup`, a `status` on every update.</summary>
        public static Options WithoutNewerFields(bool? city = null) => new(city, false, false, false, false);
    }

    private readonly Random _r;
    private readonly Options _o;
    public Options Settings => _o;
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly List<IndicatorFacts> _indicators = [];
    private readonly List<string> _log = [];

    public int Seed { get; }
    public Place Place { get; }
    public string PlanId { get; }
    public string Name { get; }
    public string NameEs { get; }
    public IReadOnlyList<Place> Peers { get; }
    public UrbanFiles Data { get; }
    public IReadOnlyDictionary<string, string> Files => _files;
    public IReadOnlyList<IndicatorFacts> Indicators => _indicators;
    /// <summary>Components and reports left untranslated (published in English on the Spanish site).</summary>
    public List<string> Untranslated { get; } = [];
    /// <summary>Metrics charted on the findings page.</summary>
    public List<string> FindingsMetrics { get; } = [];
    public string Description => $"seed {Seed}: {PlanId} ({Place.Type} {Place.Fips}), peers {string.Join(", ", Peers.Select(p => p.Fips))}; " +
                                 $"untranslated: {(Untranslated.Count == 0 ? "none" : string.Join(", ", Untranslated))}; options {_o}; {string.Join("; ", _log)}";

    private RealisticPlan(int seed, Options options)
    {
        Seed = seed;
        _r = new Random(seed);
        _o = options;
        var city = options.City ?? _r.Next(2) == 0;
        var places = city ? MobilityDataSet.Cities : MobilityDataSet.Counties;
        Place = places[_r.Next(places.Length)];
        if (options.Fips is not null) Place = places.Single(p => p.Fips == options.Fips);
        Data = new UrbanFiles(city);
        if (city)
        {
            var cityOf = _r.Next(2) == 0;
            Name = cityOf ? "City of " + Place.Name : Place.Name;
            NameEs = cityOf ? "Ciudad de " + Place.Name : Place.Name;
        }
        else
        {
            Name = Place.Name;
            NameEs = "Condado de " + Place.Name.Replace(" County", "");
        }
        PlanId = Place.Name.ToLowerInvariant().Replace(".", "").Replace(' ', '-') + (_r.Next(2) == 0 ? "" : "-map");
        Peers = Pick(places.Where(p => p != Place).ToList(), _r.Next(2, 4));
    }

    public static RealisticPlan Generate(int seed, Options? options = null)
    {
        var plan = new RealisticPlan(seed, options ?? new Options());
        plan.Write();
        return plan;
    }

    /// <summary>Writes the repository below <paramref name="root"/>: the plan, Urban's files, the shipped site pages.</summary>
    public void WriteTo(string root)
    {
        foreach (var (path, text) in _files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
        }
    }

    // ---------- helpers ----------

    private bool Chance(int percent) => _r.Next(100) < percent;
    private T One<T>(IReadOnlyList<T> items) => items[_r.Next(items.Count)];
    private List<T> Pick<T>(IReadOnlyList<T> items, int n) => items.OrderBy(_ => _r.Next()).Take(Math.Min(n, items.Count)).ToList();

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Q(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string N(double v) => v.ToString("0.##########", CultureInfo.InvariantCulture);

    private string P(string rel) => $"plans/{PlanId}/{rel}";

    private void Add(string path, string text) => _files[path] = text;

    private static string Md(string frontMatter, string body) => "---\n" + frontMatter + "---\n\n" + body.TrimEnd() + "\n";

    // ---------- content ----------

    private static readonly (string Name, string Sector, string Role, string RoleEs)[] Members =
    [
        ("Mayor's Office of Equity", "government", "Convenes the coalition and staffs the mobility team", "Convoca a la coalición y aporta el personal del equipo de movilidad"),
        ("Workforce Development Board", "government", "Leads the rewarding work strategy", "Dirige la estrategia de trabajo bien remunerado"),
        ("Public Health Department", "government", "Shares birth and health data", "Comparte datos de nacimientos y de salud"),
        ("Community College", "anchor", "Runs paid training classes", "Ofrece las clases de capacitación pagada"),
        ("Regional Community Foundation", "philanthropy", "Manages the pooled mobility fund", "Administra el fondo común para la movilidad"),
        ("Tenants Union", "advocacy", "Holds partners to account", "Vigila que los socios cumplan sus compromisos"),
        ("University Research Center", "research", "Analyzes data and evaluates the pilots", "Analiza los datos y evalúa los programas piloto"),
        ("Resident advisory panel", "community", "Fifteen paid residents who review every decision", "Quince residentes, con pago por su tiempo, que revisan cada decisión"),
        ("Employers' Roundtable", "private", "Recruits employers that pay a living wage", "Recluta empleadores que pagan un salario digno"),
        ("Neighborhood Housing Services", "nonprofit", "Buys and preserves rental homes", "Compra y conserva viviendas de alquiler"),
    ];

    /// <summary>How the Spanish translation names the coalition's members where it translates a `responsible`.</summary>
    private static readonly Dictionary<string, string> SpanishNames = new()
    {
        ["Mayor's Office of Equity"] = "Oficina de Equidad de la Alcaldía",
        ["Workforce Development Board"] = "Junta de Desarrollo Laboral",
        ["Public Health Department"] = "Departamento de Salud Pública",
        ["Community College"] = "Colegio comunitario",
        ["Regional Community Foundation"] = "Fundación Comunitaria Regional",
        ["Tenants Union"] = "Sindicato de Inquilinos",
        ["University Research Center"] = "Centro de investigación universitario",
        ["Resident advisory panel"] = "Consejo asesor de residentes",
        ["Employers' Roundtable"] = "Mesa redonda de empleadores",
        ["Neighborhood Housing Services"] = "Servicios de Vivienda del Vecindario",
    };

    private static readonly (string En, string Es)[] Events =
    [
        ("Local leaders form a management team and commit staff time", "Los líderes locales forman un equipo directivo y dedican tiempo de su personal"),
        ("About 40 organizations join the launch meeting of the coalition", "Unas 40 organizaciones participan en la reunión de lanzamiento de la coalición"),
        ("The coalition reviews the Mobility Metrics in four working groups", "La coalición revisa las Mobility Metrics en cuatro grupos de trabajo"),
        ("Fifteen residents are seated, and paid, as the advisory panel", "Quince residentes, con pago por su tiempo, forman el consejo asesor"),
        ("Twelve listening sessions are held in five languages", "Se realizan doce sesiones para escuchar a la comunidad, en cinco idiomas"),
        ("Draft findings are shared back with residents", "Se comparten los hallazgos preliminares con los residentes"),
        ("The coalition approves the logic model and measurement plan", "La coalición aprueba el modelo lógico y el plan de medición"),
        ("The plan is released to the public", "Se publica el plan"),
    ];

    private static readonly (string En, string Es)[] Seasons = [("Spring", "Primavera"), ("Summer", "Verano"), ("Fall", "Otoño"), ("Winter", "Invierno")];

    private static readonly (string En, string Es)[] Takeaways =
    [
        ("The gap between groups is wide and has not closed.", "La diferencia entre los grupos es amplia y no se ha cerrado."),
        ("This is where the coalition will focus first.", "Aquí es donde la coalición se concentrará primero."),
        ("Progress has been slow, and the pandemic years set it back.", "El avance ha sido lento, y los años de la pandemia lo frenaron."),
        ("Residents told us this matches what they see every day.", "Los residentes nos dijeron que esto coincide con lo que viven cada día."),
    ];

    private static readonly (string En, string Es)[] Notes =
    [
        ("A new partner joined the program this year.", "Este año se sumó un nuevo socio al programa."),
        ("Hiring was slower than planned because of a budget freeze.", "Las contrataciones fueron más lentas de lo previsto por un congelamiento del presupuesto."),
        ("The pooled fund received a second grant from the foundation.", "El fondo común recibió una segunda subvención de la fundación."),
        ("Enrollment grew after classes moved to the evening.", "La inscripción creció cuando las clases pasaron a la tarde."),
    ];

    // ---------- files ----------

    private void Write()
    {
        foreach (var f in Data.Files) Add("input/data/" + f.Name, f.Text);
        CopySitePages();
        PlanYml();
        HowWeGotHere();
        Findings();
        TheoryOfChange();
        MeasurementPlan();
        Sustainability();
        Progress(2024);
        Progress(2025);
    }

    /// <summary>The site pages StaticMap ships in input/ (home, about, accessibility, 404, in English and Spanish), as a
    /// coalition starting from the repository has them.</summary>
    private void CopySitePages()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(Support.Repository.Root, "input"), "*.md"))
            Add("input/" + Path.GetFileName(path), File.ReadAllText(path));
    }

    private bool Translated(string part)
    {
        // Keep at least the findings and the measurement plan translated; leave one or two other parts in English.
        if (part is "findings" or "measurement-plan") return true;
        return !Untranslated.Contains(part);
    }

    private void PlanYml()
    {
        var members = Pick(Members, _r.Next(3, 7));
        var released = new DateOnly(2024, 1, 1).AddDays(_r.Next(200));
        var sb = new StringBuilder();
        sb.Append($"title: {Q(Name + " Mobility Action Plan")}\n");
        sb.Append("jurisdiction:\n");
        sb.Append($"  name: {Q(Name)}\n  type: {Place.Type}\n  state: {Place.State}\n  fips: \"{Place.Fips}\"\n");
        sb.Append("status: released\n");
        sb.Append($"released: {released:yyyy-MM-dd}\n");
        sb.Append($"summary: {Q($"{Name} has strengths to build on, but incomes and jobs are not shared fairly. This plan sets out four strategies, the indicators the coalition will track and who is responsible for each.")}\n");
        sb.Append("coalition:\n");
        foreach (var m in members)
        {
            sb.Append($"  - name: {Q(m.Name)}\n    sector: {m.Sector}\n");
            sb.Append($"    role: {Q(m.Role)}\n");
        }
        sb.Append($"peers: [{string.Join(", ", Peers.Select(p => Q(p.Fips)))}]\n");
        sb.Append("language: en\ntranslations: [es]\n");
        sb.Append("contact:\n  name: \"Mobility team\"\n  email: \"mobility@" + PlanId + ".gov\"\n");
        Add(P("plan.yml"), sb.ToString());

        var es = new StringBuilder();
        es.Append($"title: {Q("Plan de Acción para la Movilidad de " + (NameEs.StartsWith("Condado") || NameEs.StartsWith("Ciudad") ? NameEs : NameEs))}\n");
        if (_o.TranslateNames)
            es.Append($"jurisdiction:\n  name: {Q(NameEs)}\ncontact:\n  name: \"Equipo de movilidad\"\n");
        es.Append($"summary: {Q($"{NameEs} tiene fortalezas sobre las que construir, pero los ingresos y los empleos no se reparten de forma justa. Este plan presenta cuatro estrategias, los indicadores que la coalición va a seguir y quién es responsable de cada uno.")}\n");
        es.Append("coalition:\n");
        foreach (var m in members) es.Append($"  - role: {Q(m.RoleEs)}\n");
        Add(P("plan.es.yml"), es.ToString());

        // One or two parts stay in English on the Spanish site.
        var optional = new[] { "how-we-got-here", "theory-of-change", "sustainability", "progress/2025", "progress/2024" };
        Untranslated.AddRange(Pick(optional, _r.Next(1, 3)));
    }

    private void HowWeGotHere()
    {
        var events = Pick(Events, _r.Next(4, 7));
        var dates = new List<(string En, string? Es)>();
        var year = 2021;
        foreach (var _ in events)
        {
            var month = _r.Next(1, 13);
            dates.Add(_r.Next(5) switch
            {
                0 => ($"{year}", null),
                1 or 2 => ($"{year}-{month:00}", null),
                3 => ($"{year}-{month:00}-{_r.Next(1, 28):00}", null),
                _ => One(Seasons) is var s ? ($"{s.En} {year}", $"{s.Es} de {year}") : default,
            });
            year += _r.Next(0, 2);
        }
        if (dates.All(d => d.Es is null)) dates[^1] = ($"Fall {year}", $"Otoño de {year}");
        var fm = new StringBuilder("component: how-we-got-here\ntimeline:\n");
        for (var i = 0; i < events.Count; i++) fm.Append($"  - date: {Q(dates[i].En)}\n    event: {Q(events[i].En)}\n");
        Add(P("how-we-got-here.md"), Md(fm.ToString(),
            $"## Why we took on this work\n\nBy most averages, {Name} is doing well. But averages hide who is left behind, and the gaps follow race and neighborhood.\n\n" +
            "## Who was involved\n\nThe coalition brought together county agencies, employers, schools, funders and residents. Residents told us that transit and child care come first.\n"));
        if (!Translated("how-we-got-here")) return;
        var es = new StringBuilder("component: how-we-got-here\ntimeline:\n");
        for (var i = 0; i < events.Count; i++)
        {
            es.Append($"  - event: {Q(events[i].Es)}\n");
            if (dates[i].Es is { } d && _o.TranslateFreeTextDates) es.Append($"    date: {Q(d)}\n");
        }
        Add(P("how-we-got-here.es.md"), Md(es.ToString(),
            $"## Por qué emprendimos este trabajo\n\nSegún la mayoría de los promedios, a {NameEs} le va bien. Pero los promedios esconden a quienes se quedan atrás, y las diferencias siguen líneas raciales y de barrio.\n\n" +
            "## Quiénes participaron\n\nLa coalición reunió a agencias públicas, empleadores, escuelas, financiadores y residentes. Los residentes nos dijeron que el transporte y el cuidado infantil son lo primero.\n"));
    }

    /// <summary>Catalog metrics with a value for this place (numbers, not Urban's "a:b" ratios).</summary>
    private List<string> MetricsWithData() =>
        MobilityDataSet.Catalog.Where(m => !m.StartsWith("ratio_", StringComparison.Ordinal) && Data.Values(Place.Fips, m).Count > 0).ToList();

    private bool HasRace(string metric) => Data.Values(Place.Fips, metric, "Black, Non-Hispanic").Count > 0 || Data.Values(Place.Fips, metric, "Hispanic").Count > 0;

    private void Findings()
    {
        var available = MetricsWithData();
        var preferred = new[] { "share_employed", "pctl_income_20", "share_in_preschool", "share_hs_degree" }.Where(available.Contains).ToList();
        var chosen = preferred.Concat(Pick(available, _r.Next(3, 6))).Distinct().Take(8).ToList();
        FindingsMetrics.AddRange(chosen);
        var fm = new StringBuilder("component: findings\nmetrics:\n");
        var es = new StringBuilder("component: findings\nmetrics:\n");
        foreach (var m in chosen)
        {
            var t = One(Takeaways);
            fm.Append($"  - metric: {m}\n");
            if (HasRace(m) && (preferred.Contains(m) || Chance(70))) fm.Append("    subgroups: [race-ethnicity]\n");
            if (Chance(60)) fm.Append("    compare: peers\n");
            var takeaway = Chance(70);
            if (takeaway) fm.Append($"    takeaway: {Q(t.En)}\n");
            es.Append($"  - metric: {m}\n");
            if (takeaway) es.Append($"    takeaway: {Q(t.Es)}\n");
        }
        // Local data: a count, dollars and a percent, with a missing year.
        var locals = new (string File, string Label, string LabelEs, string Unit, string? UnitEs, Func<int, double> Value)[]
        {
            ("training-completions.csv", "Residents completing paid training", "Residentes que completaron una capacitación pagada", "people", "personas", y => 80 + 37 * (y - 2019) + _r.Next(20)),
            ("small-business-loans.csv", "Loans to small businesses owned by residents of color", "Préstamos a pequeñas empresas de residentes de color", "dollars", null, y => 1_250_000 + 310_000 * (y - 2019) + _r.Next(9) * 1000),
            ("summer-jobs.csv", "Share of young people with a summer job", "Porcentaje de jóvenes con un empleo de verano", "percent", null, y => 12.5 + 1.5 * (y - 2019)),
        };
        foreach (var local in Pick(locals, _r.Next(1, 3)))
        {
            var csv = new StringBuilder("year,value\n");
            foreach (var y in Enumerable.Range(2019, 6).Where(y => y != 2020)) csv.Append(y).Append(',').Append(N(local.Value(y))).Append('\n');
            Add(P("data/" + local.File), csv.ToString());
            fm.Append($"  - file: data/{local.File}\n    label: {Q(local.Label)}\n    unit: {local.Unit}\n    takeaway: {Q("Program records show steady growth since 2019.")}\n");
            es.Append($"  - file: data/{local.File}\n    label: {Q(local.LabelEs)}\n");
            if (local.UnitEs is not null) es.Append($"    unit: {local.UnitEs}\n");
            es.Append($"    takeaway: {Q("Los registros del programa muestran un crecimiento constante desde 2019.")}\n");
        }
        Add(P("findings.md"), Md(fm.ToString(),
            "## What the numbers show\n\nIncomes have grown, but the gains have not reached everyone. A household at the 20th percentile earns far less than its peers in nearby places.\n\n" +
            "## What residents told us\n\n- Training programs that are unpaid, so people who need income now cannot take part.\n- Rent increases that keep tenants from asking for repairs.\n"));
        Add(P("findings.es.md"), Md(es.ToString(),
            "## Lo que muestran los números\n\nLos ingresos han crecido, pero no todos se han beneficiado. Un hogar en el percentil 20 gana mucho menos que en lugares cercanos.\n\n" +
            "## Lo que nos dijeron los residentes\n\n- Programas de capacitación sin pago, en los que no pueden participar las personas que necesitan un ingreso ya.\n- Aumentos de alquiler que impiden a los inquilinos pedir reparaciones.\n"));
    }

    private static readonly (string Id, string Kind, string En, string Es, string? Pillar)[] LogicItems =
    [
        ("mobility-fund", "inputs", "A pooled mobility fund", "Un fondo común para la movilidad", null),
        ("mobility-team", "inputs", "A mobility team of four staff", "Un equipo de movilidad de cuatro personas", null),
        ("paid-training", "activities", "Offer paid training for careers in health care and the trades", "Ofrecer capacitación pagada para carreras en salud y oficios", "Rewarding work"),
        ("home-internet", "activities", "Help households sign up for home internet", "Ayudar a los hogares a contratar internet en casa", "high-quality-education"),
        ("participatory-budgeting", "activities", "Run participatory budgeting in three neighborhoods", "Hacer presupuesto participativo en tres barrios", "Responsive and just governance"),
        ("residents-trained", "outputs", "Residents complete paid training", "Los residentes completan una capacitación pagada", null),
        ("households-connected", "outputs", "Households are connected to home internet", "Los hogares se conectan a internet en casa", null),
        ("living-wage-jobs", "short_term", "Graduates find jobs that pay a living wage", "Los graduados consiguen empleos con un salario digno", null),
        ("panel-heard", "short_term", "The advisory panel meets and is heard", "El consejo asesor se reúne y es escuchado", null),
        ("employment-rises", "intermediate", "More adults have a job", "Más adultos tienen empleo", null),
        ("employment-gap-closes", "intermediate", "The employment gap for Black adults closes", "Se cierra la brecha de empleo de los adultos afroamericanos", null),
        ("incomes-rise", "long_term", "Household incomes rise at the bottom", "Suben los ingresos de los hogares con menos recursos", null),
    ];

    private void TheoryOfChange()
    {
        var fm = new StringBuilder("component: theory-of-change\n");
        fm.Append($"vision: {Q($"Every resident of {Name} can find a good job, a stable home and a say in decisions.")}\n");
        fm.Append("logic_model:\n");
        var es = new StringBuilder("component: theory-of-change\n");
        es.Append($"vision: {Q($"Todos los residentes de {NameEs} pueden encontrar un buen empleo, una vivienda estable y tener voz en las decisiones.")}\n");
        es.Append("logic_model:\n");
        foreach (var kind in new[] { "inputs", "activities", "outputs" })
        {
            fm.Append($"  {kind}:\n");
            es.Append($"  {kind}:\n");
            foreach (var i in LogicItems.Where(i => i.Kind == kind))
            {
                fm.Append($"    - id: {i.Id}\n      text: {Q(i.En)}\n");
                if (i.Pillar is not null) fm.Append($"      pillar: {Q(i.Pillar)}\n");
                es.Append($"    - id: {i.Id}\n      text: {Q(i.Es)}\n");
            }
        }
        fm.Append("  outcomes:\n");
        es.Append("  outcomes:\n");
        foreach (var kind in new[] { "short_term", "intermediate", "long_term" })
        {
            fm.Append($"    {kind}:\n");
            es.Append($"    {kind}:\n");
            foreach (var i in LogicItems.Where(i => i.Kind == kind))
            {
                fm.Append($"      - id: {i.Id}\n        text: {Q(i.En)}\n");
                es.Append($"      - id: {i.Id}\n        text: {Q(i.Es)}\n");
            }
        }
        Add(P("theory-of-change.md"), Md(fm.ToString(), "## How change happens\n\nIf residents earn while they train, more of them finish, and employers hire them at a living wage.\n"));
        if (Translated("theory-of-change"))
            Add(P("theory-of-change.es.md"), Md(es.ToString(), "## Cómo ocurre el cambio\n\nSi los residentes reciben un pago mientras se capacitan, más de ellos terminan, y los empleadores los contratan con un salario digno.\n"));
    }

    /// <summary>An indicator as written, and how its values move.</summary>
    private sealed record Ind(string Id, string Measures, string Name, string NameEs, string? Unit, string? UnitEs, string? Direction,
        double? Baseline, int? BaselineYear, double? Target, int? TargetYear, int Decimals, string? Metric = null, string? Subgroup = null,
        bool DataYearsOnly = false);

    private readonly List<Ind> _written = [];

    private void MeasurementPlan()
    {
        var list = new List<Ind>
        {
            new("fund-commitments", "mobility-fund", "Dollars committed to the pooled mobility fund", "Dólares comprometidos con el fondo común para la movilidad",
                "dollars", null, "increase", 1_500_000, 2024, 4_200_000, 2027, 0),
            new("team-staffing", "mobility-team", "Funded positions on the mobility team that are filled", "Puestos financiados del equipo de movilidad que están ocupados",
                "positions", "puestos", "increase", 2, 2024, 4, 2026, 0),
            new("training-completions", "residents-trained", "Residents who complete paid training", "Residentes que completan una capacitación pagada",
                "people", "personas", "increase", 120, 2023, 600, 2027, 0),
            new("internet-signups", "households-connected", "Households helped to sign up for home internet", "Hogares que recibieron ayuda para contratar internet en casa",
                "households", "hogares", Chance(70) ? "increase" : null, 0, 2024, 5000, 2027, 0),
            new("living-wage-placement", "living-wage-jobs", "Share of graduates in a living-wage job six months after finishing", "Porcentaje de graduados con un empleo de salario digno seis meses después de terminar",
                "percent", null, "increase", 48, 2023, 70, 2027, 1),
            new("panel-quorum", "panel-heard", "Share of advisory panel meetings held with a quorum", "Porcentaje de reuniones del consejo asesor con quórum",
                "percent", null, "maintain", Chance(50) ? 1 : 90, 2024, Chance(50) ? 2 : 90, 2026, 0),
        };
        // Metric-backed outcomes: the baseline is a data year's value, the values come from the data.
        list.Add(MetricIndicator("employment-rate", "employment-rises", "Adults ages 25 to 54 with a job", "Adultos de 25 a 54 años con empleo", "share_employed", null));
        list.Add(MetricIndicator("income-20th", "incomes-rise", "Household income at the 20th percentile", "Ingreso de los hogares en el percentil 20", "pctl_income_20", null));
        var group = One(new[] { "Black, Non-Hispanic", "black, non-hispanic", "Black,  Non-Hispanic", "Hispanic" });
        list.Add(_o.IndicatorSubgroups && Data.Values(Place.Fips, "share_employed", group).Count > 0
            ? MetricIndicator("employment-rate-group", "employment-gap-closes", $"Employment rate of {(group.StartsWith("H") ? "Hispanic" : "Black")} adults",
                $"Tasa de empleo de los adultos {(group.StartsWith("H") ? "hispanos" : "afroamericanos")}", "share_employed", group)
            : new("employment-gap", "employment-gap-closes", "Gap in employment rates between white and Black adults", "Brecha en las tasas de empleo entre adultos blancos y afroamericanos",
                "percentage points", "puntos porcentuales", "decrease", 9.2, 2021, 4, 2030, 1));

        var fm = new StringBuilder("component: measurement-plan\nindicators:\n");
        var es = new StringBuilder("component: measurement-plan\nindicators:\n");
        foreach (var i in list)
        {
            // Optional fields come and go, as the contract allows.
            var ind = i;
            if (i.Metric is null && Chance(10)) ind = ind with { Direction = null };
            if (i.Metric is null && i.Id != "panel-quorum" && Chance(10)) ind = ind with { Target = null, TargetYear = null };
            _written.Add(ind);
            fm.Append($"  - id: {ind.Id}\n    name: {Q(ind.Name)}\n    measures: {ind.Measures}\n");
            fm.Append($"    source: {Q(ind.Metric is null ? "Program records" : "Urban Institute, Mobility Metrics")}\n");
            var responsible = One(Members).Name;
            fm.Append($"    responsible: {Q(responsible)}\n    frequency: {One(new[] { "annual", "quarterly", "annual", "biennial" })}\n");
            if (ind.Unit is not null) fm.Append($"    unit: {ind.Unit}\n");
            if (ind.Direction is not null) fm.Append($"    direction: {ind.Direction}\n");
            if (ind.Baseline is { } b) fm.Append($"    baseline: {{value: {N(b)}, year: {ind.BaselineYear}}}\n");
            if (ind.Target is { } t) fm.Append($"    target: {{value: {N(t)}, year: {ind.TargetYear}}}\n");
            if (Chance(40)) fm.Append("    disaggregate_by: [race-ethnicity]\n");
            if (ind.Metric is not null) fm.Append($"    metric: {ind.Metric}\n");
            if (ind.Subgroup is not null) fm.Append($"    subgroup: {Q(ind.Subgroup)}\n");
            es.Append($"  - id: {ind.Id}\n    name: {Q(ind.NameEs)}\n    source: {Q(ind.Metric is null ? "Registros del programa" : "Urban Institute, Mobility Metrics")}\n");
            es.Append($"    responsible: {Q(SpanishNames[responsible])}\n");
            if (ind.UnitEs is not null) es.Append($"    unit: {Q(ind.UnitEs)}\n");
            var years = ind.Metric is null ? (IReadOnlyCollection<int>)[] : Data.Values(Place.Fips, ind.Metric, ind.Subgroup).Keys.ToList();
            _indicators.Add(new IndicatorFacts(ind.Id, ind.Name, ind.NameEs, ind.Unit, ind.Metric, ind.Subgroup, ind.Decimals, years));
        }
        Add(P("measurement-plan.md"), Md(fm.ToString(), "We review every indicator each year with the advisory panel.\n"));
        Add(P("measurement-plan.es.md"), Md(es.ToString(), "Revisamos cada indicador todos los años con el consejo asesor.\n"));
    }

    private Ind MetricIndicator(string id, string measures, string name, string nameEs, string metric, string? group)
    {
        var values = Data.Values(Place.Fips, metric, group);
        var percent = metric.StartsWith("share_", StringComparison.Ordinal);
        double Scale(double v) => percent ? Math.Round(v * 100, 1) : Math.Round(v);
        var baseYear = values.Keys.FirstOrDefault(y => y >= 2018);
        var withBaseline = values.Count > 0 && baseYear > 0 && Chance(80);
        var b = withBaseline ? Scale(values[baseYear]) : (double?)null;
        var target = percent ? Math.Round((b ?? 80) + 4) : Math.Round((b ?? 40000) * 1.2 / 1000) * 1000;
        _log.Add($"{id}: {metric}{(group is null ? "" : $" [{group}]")} data years {string.Join(",", values.Keys)}");
        return new(id, measures, name, nameEs, percent ? "percent" : "dollars", null, "increase", b, withBaseline ? baseYear : null, target, 2030,
            percent ? 1 : 0, metric, group, true);
    }

    private void Sustainability()
    {
        var fm = "component: sustainability\ncommitments:\n" +
                 $"  - action: {Q("Fund the mobility team in the base budget")}\n    responsible: {Q("Mayor's Office of Equity")}\n    resources: {Q("$450,000 a year from the general fund")}\n    timeline: {Q("2025 to 2028")}\n" +
                 $"  - action: {Q("Keep the pooled fund open to new donors")}\n    responsible: {Q("Regional Community Foundation")}\n    resources: {Q("Staff time")}\n";
        var es = "component: sustainability\ncommitments:\n" +
                 $"  - action: {Q("Financiar el equipo de movilidad con el presupuesto base")}\n    responsible: {Q("Oficina de Equidad de la Alcaldía")}\n    resources: {Q("$450,000 al año del fondo general")}\n" +
                 $"  - action: {Q("Mantener el fondo común abierto a nuevos donantes")}\n    responsible: {Q("Fundación Comunitaria Regional")}\n    resources: {Q("Tiempo del personal")}\n";
        Add(P("sustainability.md"), Md(fm, "## Keeping the work going\n\nThe coalition will keep meeting every quarter after the pilots end.\n"));
        if (Translated("sustainability"))
            Add(P("sustainability.es.md"), Md(es, "## Cómo seguimos\n\nLa coalición seguirá reuniéndose cada trimestre cuando terminen los programas piloto.\n"));
    }

    private static readonly string[] StatusWords = ["not-started", "on-track", "at-risk", "off-track", "achieved"];

    private void Progress(int year)
    {
        var fm = new StringBuilder($"year: {year}\nupdates:\n");
        var es = new StringBuilder($"year: {year}\nupdates:\n");
        foreach (var i in _written)
        {
            fm.Append($"  - indicator: {i.Id}\n");
            string? note = null, noteEs = null;
            if (Chance(35)) (note, noteEs) = One(Notes);
            if (i.Metric is not null)
            {
                // No value: it comes from the data, with its data year. The status may be left out where there is a
                // baseline and a target (the value is the data's).
                if (!_o.OmitStatus || i.Baseline is null || i.Target is null || Chance(50)) fm.Append($"    status: {One(StatusWords[1..4])}\n");
            }
            else if (Chance(12))
            {
                fm.Append("    status: not-started\n"); // no value yet
            }
            else
            {
                var value = Value(i, year);
                fm.Append($"    value: {N(value)}\n");
                if (!_o.OmitStatus || i.Baseline is null || i.Target is null || Chance(55)) fm.Append($"    status: {One(StatusWords[1..])}\n");
            }
            if (note is not null)
            {
                fm.Append($"    note: {Q(note)}\n");
                es.Append($"  - indicator: {i.Id}\n    note: {Q(noteEs!)}\n");
            }
        }
        if (!es.ToString().Contains("indicator:")) es.Append($"  - indicator: {_written[0].Id}\n");
        Add(P($"progress/{year}.md"), Md(fm.ToString(),
            $"## The year in brief\n\nIn {year}, the mobility team grew and the first residents finished paid training. Buying buildings for the land trust has been slow.\n"));
        if (Translated($"progress/{year}"))
            Add(P($"progress/{year}.es.md"), Md(es.ToString(),
                $"## El año en breve\n\nEn {year}, el equipo de movilidad creció y los primeros residentes terminaron la capacitación pagada. La compra de edificios para el fideicomiso de tierras ha sido lenta.\n"));
    }

    /// <summary>A value for a report year: ahead of, on or behind the straight path, or moving away from the target.</summary>
    private double Value(Ind i, int year)
    {
        var b = i.Baseline ?? 0;
        var t = i.Target ?? b * 1.5 + 10;
        if (i.Id == "panel-quorum") return year == 2025 ? t : b;
        var share = _r.Next(5) switch { 0 => -0.2, 1 => 0.3, 2 => 0.55, 3 => 0.8, _ => 1.1 };
        if (year == 2024) share /= 2;
        var v = b + (t - b) * share;
        return i.Unit switch
        {
            "dollars" => Math.Round(v / 10000) * 10000,
            "percent" => Math.Round(v * 2) / 2,
            _ => Math.Max(0, Math.Round(v)),
        };
    }
}
