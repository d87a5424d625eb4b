using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using StaticMap.BrowserTests.Infrastructure;
using StaticMap.Core.Metrics;
using StaticMap.Core.Rendering.Charts;

namespace StaticMap.BrowserTests;

/// <summary>
/// Every chart draws in Chromium, is an image with an accessible name, and shows exactly the numbers of its data
/// table; without JavaScript the summary and the table are there instead (the details element open).
/// </summary>
[Collection(SiteCollection.Name)]
[Trait("Category", "Slow")]
public class ChartTests(SiteFixture site)
{
    private IReadOnlyList<SitePage> ChartPages => site.Pages.Where(p => File.ReadAllText(p.File).Contains("data-chart=\"", StringComparison.Ordinal)).ToList();

    [SkippableFact]
    public async Task Every_chart_draws_has_an_accessible_name_and_matches_its_data_table()
    {
        // The print page has no scripts: its figures are summary and table only (checked without JavaScript below).
        var pages = ChartPages.Where(p => File.ReadAllText(p.File).Contains("<canvas", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 5, $"expected drawn charts on the findings and progress pages; found them on {pages.Count} pages");
        await using var session = await site.OpenAsync();
        var problems = new List<string>();
        var charts = 0;
        foreach (var page in pages)
        {
            await session.GotoAsync(page.Path);
            var expected = await session.Page.Locator("figure.chart[data-chart]:has(canvas)").CountAsync();
            await session.Page.WaitForFunctionAsync(
                "n => document.querySelectorAll('figure.chart.chart-drawn').length === n && [...document.querySelectorAll('figure.chart canvas')].every(c => !!(window.Chart && window.Chart.getChart(c)))",
                expected, new PageWaitForFunctionOptions { Timeout = 30_000 });
            await session.Page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            var report = await session.Page.EvaluateAsync<JsonElement>(InspectChartsScript);
            foreach (var chart in report.EnumerateArray())
            {
                charts++;
                foreach (var problem in chart.GetProperty("problems").EnumerateArray())
                    problems.Add($"{page.Path} #{chart.GetProperty("id").GetString()}: {problem.GetString()}");
            }
            problems.AddRange(session.TakeProblems().Select(p => $"{page.Path}: {p}"));
        }
        Assert.True(charts >= 20, $"expected many charts in the sample site, found {charts}");
        Assert.True(problems.Count == 0, $"{problems.Count} chart problems in {charts} charts:\n" + string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task Without_JavaScript_every_chart_shows_its_summary_and_open_data_table()
    {
        var options = SiteFixture.Desktop();
        options.JavaScriptEnabled = false;
        await using var session = await site.OpenAsync(options);
        var problems = new List<string>();
        var figures = 0;
        foreach (var page in ChartPages)
        {
            await session.GotoAsync(page.Path);
            var found = await session.Page.EvaluateAsync<string[]>(
                """
                () => {
                  const shown = el => !!el && el.checkVisibility() && el.getBoundingClientRect().height > 0;
                  return [...document.querySelectorAll('figure.chart')].flatMap(figure => {
                    const problems = [], details = figure.querySelector('details.chart-data'), canvas = figure.querySelector('.chart-canvas');
                    if (!details || !details.open) problems.push("the data table's <details> is closed");
                    if (!shown(figure.querySelector('table'))) problems.push('the data table is not visible');
                    if (!shown(figure.querySelector('p.chart-summary'))) problems.push('the summary is not visible');
                    if (canvas && shown(canvas)) problems.push('an empty chart area is shown although no chart can be drawn');
                    return problems.map(p => '#' + figure.id + ': ' + p);
                  });
                }
                """);
            problems.AddRange(found.Select(p => $"{page.Path} {p}"));
            figures += await session.Page.Locator("figure.chart").CountAsync();
        }
        Assert.True(figures >= 20, $"expected many charts in the sample site, found {figures}");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// Windows "High contrast black": the charts draw their text, lines and points in the system colours (text ≥ 4.5:1
    /// against the chart's background), tell series apart by dash and point rather than colour, draw the target dashed
    /// in the legend as in the plot, keep the legend from hiding series, and go back to their colours when forced colours end.
    /// </summary>
    [SkippableFact]
    public async Task In_dark_forced_colours_chart_text_and_lines_contrast_with_the_background()
    {
        var pages = new[]
        {
            ChartPages.First(p => p.Path.EndsWith("/findings/", StringComparison.Ordinal)),
            ChartPages.First(p => p.Path.Contains("/progress/20", StringComparison.Ordinal)),
        };
        Assert.NotEmpty(pages);
        await using var session = await site.OpenAsync(SiteFixture.ForcedColorsDarkMode());
        var problems = new List<string>();
        foreach (var page in pages)
        {
            await session.GotoAsync(page.Path);
            await session.Page.WaitForFunctionAsync(
                "() => [...document.querySelectorAll('figure.chart canvas')].every(c => !!(window.Chart && window.Chart.getChart(c)))",
                null, new PageWaitForFunctionOptions { Timeout = 30_000 });
            var found = await session.Page.EvaluateAsync<string[]>(ForcedColoursScript, true);
            problems.AddRange(found.Select(p => $"{page.Path} {p}"));
            // Forced colours end: the charts are redrawn in their own colours.
            const string axes = "() => [...document.querySelectorAll('figure.chart canvas')].map(c => Chart.getChart(c).options.scales.x.ticks.color)";
            var forcedAxes = await session.Page.EvaluateAsync<string[]>(axes);
            await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ForcedColors = ForcedColors.None, ColorScheme = ColorScheme.Light });
            // The media listeners redraw the charts when the browser gets to them: a fixed 200 ms was too short on a busy
            // machine (every axis still in the forced colour). Wait until every axis changed colour (or 10 s), then check.
            await WaitOrGoOn(session.Page, $"forced => ({axes})().every((colour, i) => colour !== forced[i])", forcedAxes);
            var after = await session.Page.EvaluateAsync<string[]>(ForcedColoursScript, false);
            problems.AddRange(after.Select(p => $"{page.Path} (forced colours off) {p}"));
            await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ForcedColors = ForcedColors.Active, ColorScheme = ColorScheme.Dark });
            problems.AddRange(session.TakeProblems().Select(p => $"{page.Path}: {p}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// A bar chart (one year of several groups) with a bar Urban rates weak: the page's legend below the plot has one item, the
    /// note on hollow bars, and so does the PNG a reader downloads (its canvas legend). The sample plans have no such chart, so
    /// the findings page's first chart is served with a bar chart's JSON and table rows as the build writes them (MetricCharts.Spec).
    /// </summary>
    [SkippableFact]
    public async Task A_bar_chart_with_a_weak_bar_says_what_a_hollow_bar_is_on_the_page_and_in_its_PNG()
    {
        var findings = ChartPages.First(p => p.Path.EndsWith("/findings/", StringComparison.Ordinal) && !p.Path.StartsWith("/es/", StringComparison.Ordinal));
        var bar = MetricCharts.Spec("c", "Preschool by race, 2021.", "In 2021 …", "Group",
            [new ChartSeries("Black", [new ChartPoint(2021, 0.45, null, null, DataQuality.Weak)], ChartPalette.For(0)),
             new ChartSeries("White", [new ChartPoint(2021, 0.62, null, null, DataQuality.Strong)], ChartPalette.For(1))],
            new ChartFormat("proportion"), "/c.csv");
        await using var session = await site.OpenAsync();
        await session.Page.RouteAsync("**" + findings.Path, async route =>
        {
            var response = await route.FetchAsync();
            var html = await response.TextAsync();
            // The first chart's JSON and its table's rows (charts.js reads the points from them) are the bar chart's.
            var first = new System.Text.RegularExpressions.Regex("(<script type=\"application/json\" id=\"[^\"]+-data\">)[^<]*(</script>[\\s\\S]*?<tbody>)[\\s\\S]*?(</tbody>)");
            await route.FulfillAsync(new RouteFulfillOptions { Response = response,
                Body = first.Replace(html, m => m.Groups[1].Value + bar.Config.Value + m.Groups[2].Value + "\n" + bar.TableRows.Value + "\n" + m.Groups[3].Value, 1) });
        });
        await session.GotoAsync(findings.Path);
        await session.Page.WaitForFunctionAsync("() => document.querySelectorAll('figure.chart.chart-drawn').length > 0", null,
            new PageWaitForFunctionOptions { Timeout = 30_000 });
        var drawn = await session.Page.EvaluateAsync<JsonElement>(
            """
            () => {
              const figure = document.querySelector('figure.chart.chart-drawn');
              const chart = Chart.getChart(figure.querySelector('canvas'));
              const png = document.createElement('canvas');
              png.width = 800; png.height = 400;
              document.body.appendChild(png);
              const image = window.StaticMapCharts.draw(figure, png, 1, 14);
              const result = {
                type: chart.config.type,
                fills: chart.data.datasets[0].backgroundColor,
                legend: [...figure.querySelectorAll('.chart-legend li')].map(li => li.textContent.trim()),
                pngLegend: image.options.plugins.legend.display ? image.legend.legendItems.map(i => i.text) : []
              };
              image.destroy(); png.remove();
              return result;
            }
            """);
        Assert.Equal("bar", drawn.GetProperty("type").GetString());
        Assert.Equal("#ffffff", drawn.GetProperty("fills")[0].GetString());
        Assert.NotEqual("#ffffff", drawn.GetProperty("fills")[1].GetString());
        Assert.Equal(["Hollow: weak estimate, do not use for decisions"], drawn.GetProperty("legend").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["Hollow: weak estimate, do not use for decisions"], drawn.GetProperty("pngLegend").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(session.TakeProblems());
    }

    /// <summary>Waits up to 10 s for <paramref name="condition"/>; the assertions after it say what is wrong if it never holds.</summary>
    private static async Task WaitOrGoOn(IPage page, string condition, object? argument)
    {
        try { await page.WaitForFunctionAsync(condition, argument, new PageWaitForFunctionOptions { Timeout = 10_000 }); }
        catch (TimeoutException) { }
    }

    private const string ForcedColoursScript =
        """
        forced => {
          // Colours as Chart.js holds them: "#1b1b1b" or "rgb(…)" (a probe element would be recoloured by forced colours itself).
          const rgb = c => {
            if (c.startsWith('#')) { const h = c.length === 4 ? [...c.slice(1)].map(x => x + x).join('') : c.slice(1); return [0, 2, 4].map(i => parseInt(h.slice(i, i + 2), 16)); }
            return c.match(/[\d.]+/g).map(Number);
          };
          const canvasColour = () => { const x = document.createElement('span'); x.style.backgroundColor = 'Canvas'; document.body.appendChild(x);
            const c = getComputedStyle(x).backgroundColor; x.remove(); return c; };
          const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
            .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
          const ratio = (a, b) => { const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
          const background = el => { for (; el; el = el.parentElement) { const c = getComputedStyle(el).backgroundColor; const m = rgb(c); if (m.length < 4 || m[3] > 0) return c; } return canvasColour(); };
          const problems = [];
          for (const canvas of document.querySelectorAll('figure.chart canvas')) {
            const chart = Chart.getChart(canvas), id = canvas.id, bg = background(canvas);
            const texts = { 'x axis text': chart.options.scales.x.ticks.color, 'y axis text': chart.options.scales.y.ticks.color, 'legend text': chart.options.plugins.legend.labels.color };
            for (const [what, colour] of Object.entries(texts)) {
              const r = ratio(colour, bg);
              if (r < 4.5) problems.push(`#${id}: ${what} ${colour} on ${bg} is ${r.toFixed(2)}:1, below 4.5:1`);
            }
            const sets = chart.data.datasets;
            if (forced) {
              sets.forEach(d => { const r = ratio(d.borderColor, bg); if (r < 3) problems.push(`#${id}: series "${d.label}" drawn ${d.borderColor} on ${bg} is ${r.toFixed(2)}:1, below 3:1`); });
              const looks = sets.map(d => JSON.stringify([d.borderDash || [], d.pointStyle, d.pointRadius > 0]));
              if (new Set(looks).size !== looks.length) problems.push(`#${id}: two series look the same (dash and point): ${looks}`);
            } else if (chart.options.scales.x.ticks.color !== '#1b1b1b') problems.push(`#${id}: axis text is ${chart.options.scales.x.ticks.color}, not the theme's #1b1b1b`);
            // The legend: not interactive, and it draws each series as the plot does (the target dashed in both).
            const items = chart.legend.legendItems;
            items.forEach(item => {
              const d = sets[item.datasetIndex];
              if (JSON.stringify(item.lineDash || []) !== JSON.stringify(d.borderDash || [])) problems.push(`#${id}: legend "${item.text}" dash ${JSON.stringify(item.lineDash)} differs from the plot's ${JSON.stringify(d.borderDash)}`);
            });
            chart.options.plugins.legend.onClick({ native: null }, items[0], chart.legend);
            if (chart.getDatasetMeta(0).hidden || !chart.isDatasetVisible(0)) problems.push(`#${id}: a click on the legend hid a series`);
            // Nothing cut at the edges: the datasets are drawn unclipped, with room around the plot.
            if (sets.some(d => d.clip !== false)) problems.push(`#${id}: a dataset is clipped at the plot's edges`);
          }
          return problems;
        }
        """;

    /// <summary>For each chart: drawn pixels, name, and the JSON data, Chart.js's data and the table compared.</summary>
    private const string InspectChartsScript =
        """
        () => [...document.querySelectorAll('figure.chart[data-chart]:has(canvas)')].map(figure => {
          const id = figure.getAttribute('data-chart');
          const problems = [];
          const canvas = document.getElementById(id + '-canvas');
          const json = document.getElementById(id + '-data');
          if (!canvas) return { id, problems: ['no canvas'] };
          if (!json) return { id, problems: ['no JSON data'] };
          // The page writes the points once, in the table: the JSON holds the options (js/charts.js reads the rest from the table).
          const written = JSON.parse(json.textContent);
          if (written.datasets || written.years) problems.push('the JSON holds the points again: ' + Object.keys(written).join(', '));
          const config = window.StaticMapCharts.config(figure);

          // Drawn: a visible canvas with a real size and enough painted pixels.
          const box = canvas.getBoundingClientRect();
          if (box.width < 100 || box.height < 100 || canvas.width === 0 || canvas.height === 0)
            problems.push(`canvas is ${Math.round(box.width)}×${Math.round(box.height)} px on screen (${canvas.width}×${canvas.height} backing)`);
          else {
            const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let painted = 0; const colours = new Set();
            for (let i = 3; i < pixels.length; i += 4 * 7) if (pixels[i] > 0) { painted++; colours.add(pixels[i - 3] + ',' + pixels[i - 2] + ',' + pixels[i - 1]); }
            const share = painted / (pixels.length / (4 * 7));
            if (share < 0.005) problems.push(`canvas is (almost) empty: ${(share * 100).toFixed(2)}% painted`);
            if (colours.size < 3) problems.push(`canvas has only ${colours.size} colours`);
            if (canvas.toDataURL().length < 2000) problems.push('canvas.toDataURL() is tiny');
          }

          // Named: an image with an accessible name that says what the chart shows.
          if (canvas.getAttribute('role') !== 'img') problems.push(`canvas role is ${canvas.getAttribute('role')}, not img`);
          const label = (canvas.getAttribute('aria-label') || '').trim();
          if (label.length < 20) problems.push(`canvas aria-label is too short: "${label}"`);
          // A caption, or (the embed page) the heading above the figure naming it with what the caption adds, if anything.
          const caption = figure.querySelector('figcaption');
          const namedBy = (figure.getAttribute('aria-labelledby') || '').split(' ').filter(Boolean).map(id => document.getElementById(id));
          if (namedBy.some(e => !e || !e.textContent.trim())) problems.push(`aria-labelledby names a missing or empty element: ${figure.getAttribute('aria-labelledby')}`);
          if ((!caption || !caption.textContent.trim()) && namedBy.length === 0) problems.push('figure has no caption');
          if (!(canvas.textContent || '').trim()) problems.push('canvas has no fallback content');

          // The numbers: the chart's data (what charts.js read) = Chart.js (what was drawn) = table (what is read).
          const key = (series, year, value) => series + ' | ' + year + ' | ' + (value === null ? 'n/a' : Number(value).toPrecision(12));
          const fromJson = new Set(), missingInJson = new Set();
          // The build writes each point as {x: year, y: value or null} for a linear x axis of years.
          if (!config.xAxis || config.xAxis.type !== 'linear') problems.push(`the JSON's x axis is ${JSON.stringify(config.xAxis)}, not linear`);
          config.datasets.forEach(d => d.data.forEach(p => {
            if (typeof p.x !== 'number') problems.push(`${d.label}: x ${JSON.stringify(p.x)} is not a number`);
            if (p.y === null || p.y === undefined) missingInJson.add(d.label + ' | ' + p.x);
            else fromJson.add(key(d.label, p.x, p.y));
          }));
          const chart = window.Chart && window.Chart.getChart(canvas);
          // A point or bar Urban rates weak (p.weak in the JSON) is hollow: filled with the background, every other one with its
          // series' colour; the legend below the plot names the hollow points (bars) when, and only when, the chart has one: a
          // line chart's as its last item before the target, a bar chart's (its bars named on the axis) as its only item.
          const hollow = (config, chart, figure) => {
            const found = [], bar = config.kind === 'bar';
            let drawnBar = 0;
            config.datasets.forEach((d, i) => d.data.forEach((p, j) => {
              if (p.y === null || p.y === undefined) return;
              const fill = bar ? chart.data.datasets[0].backgroundColor : chart.data.datasets[i].pointBackgroundColor;
              const drawnFill = Array.isArray(fill) ? fill[bar ? drawnBar++ : j] : fill;
              if ((drawnFill === '#ffffff') !== !!p.weak) found.push(`${d.label} ${p.x}: weak ${!!p.weak}, drawn with ${drawnFill}`);
            }));
            const hasWeak = config.datasets.some(d => d.data.some(p => p.weak));
            const legend = [...figure.querySelectorAll('.chart-legend li')].map(li => li.textContent.trim());
            if (hasWeak !== !!config.weakLabel || hasWeak !== legend.includes(config.weakLabel))
              found.push(`weak points ${hasWeak}, legend note ${JSON.stringify(config.weakLabel)}, legend [${legend}]`);
            if (bar && JSON.stringify(legend) !== JSON.stringify(hasWeak ? [config.weakLabel] : []))
              found.push(`the bar chart's legend reads [${legend}], not only its note on hollow bars`);
            return found;
          };
          if (!chart) problems.push('Chart.js has no chart on this canvas');
          else if (config.kind === 'bar') {
            // One year of several groups: one bar per group with a value, named on the category axis, from zero.
            if (config.years.length !== 1) problems.push(`a bar chart of ${config.years.length} years`);
            if (chart.config.type !== 'bar' || chart.options.indexAxis !== 'y') problems.push(`drawn as ${chart.config.type} along ${chart.options.indexAxis}, not horizontal bars`);
            if (chart.scales.x.min > 0) problems.push(`the bars' value axis starts at ${chart.scales.x.min}, not zero`);
            const names = chart.data.labels.map(l => Array.isArray(l) ? l.join(' ') : l);
            const drawn = new Set(chart.data.datasets[0].data.map((v, i) => key(names[i], config.years[0], v)));
            problems.push(...hollow(config, chart, figure));
            const onlyDrawn = [...drawn].filter(k => !fromJson.has(k)), notDrawn = [...fromJson].filter(k => !drawn.has(k));
            if (onlyDrawn.length || notDrawn.length) problems.push(`Chart.js bars differ from the JSON: drawn only [${onlyDrawn.slice(0, 5)}], not drawn [${notDrawn.slice(0, 5)}]`);
          }
          else {
            if (chart.options.scales.x.type !== 'linear') problems.push(`Chart.js drew the x axis as ${chart.options.scales.x.type}, not linear`);
            // A value axis of numbers that cannot be negative starts at zero and never goes below it.
            if (config.yAxis && config.yAxis.min === 0 && chart.scales.y.min !== 0) problems.push(`the y axis starts at ${chart.scales.y.min}, not zero`);
            if (chart.scales.x.max < config.xAxis.max) problems.push(`the x axis ends at ${chart.scales.x.max} before the JSON's ${config.xAxis.max}`);
            // The legend is HTML below the plot (it wraps at 320 px, never cut): one item per series, named as the series.
            const legend = [...figure.querySelectorAll('.chart-legend li')].map(li => li.textContent.trim());
            const labels = chart.data.datasets.map(d => d.label);
            if (JSON.stringify(legend) !== JSON.stringify(labels)) problems.push(`the legend below the plot reads [${legend}], the series are [${labels}]`);
            const ticks = chart.scales.x.ticks.map(t => String(t.label ?? '')).filter(l => l !== '');
            const badTicks = ticks.filter(l => !/^\d{4}$/.test(l));
            if (badTicks.length) problems.push(`x axis ticks are not plain years: ${badTicks.slice(0, 5)}`);
            // Value ticks drop needless decimals ("90%", not "90.0%") and write percent as the page's text does ("90 %" in es-US).
            const yTicks = chart.scales.y.ticks.map(t => String(t.label ?? '')).filter(l => l !== '');
            const needless = yTicks.filter(l => /\.0+(?!\d)/.test(l));
            if (needless.length) problems.push(`y axis ticks with needless decimals: ${needless.slice(0, 5)}`);
            const sign = document.documentElement.lang === 'es' ? /\d\u00A0%/ : /\d%/;
            const badPercent = yTicks.filter(l => l.includes('%') && !sign.test(l));
            if (badPercent.length) problems.push(`y axis ticks not in the page's percent format: ${badPercent.slice(0, 5)}`);
            const drawn = new Set();
            chart.data.datasets.filter(d => !(config.target !== null && d.label === (config.targetLabel || 'Target')))
              .forEach(d => d.data.forEach(p => { if (p.y !== null && p.y !== undefined) drawn.add(key(d.label, p.x, p.y)); }));
            problems.push(...hollow(config, chart, figure));
            const onlyDrawn = [...drawn].filter(k => !fromJson.has(k)), notDrawn = [...fromJson].filter(k => !drawn.has(k));
            if (onlyDrawn.length || notDrawn.length) problems.push(`Chart.js data differ from the JSON: drawn only [${onlyDrawn.slice(0, 5)}], not drawn [${notDrawn.slice(0, 5)}]`);
          }
          const fromTable = new Set(), unavailableInTable = [];
          // The target's row is named in the page's language ("Target", "Meta"), as the figure tells the script.
          const targetName = figure.getAttribute('data-text-target') || 'Target';
          let targetRows = 0;
          for (const row of figure.querySelectorAll('table tbody tr')) {
            const series = row.querySelector('th').textContent.trim();
            const year = row.querySelectorAll('td')[0].textContent.trim();
            const cell = row.querySelector('td[data-value]');
            if (!cell) { problems.push(`table row ${series} ${year} has no data-value cell`); continue; }
            const raw = cell.getAttribute('data-value');
            // The target is drawn as a dashed line labelled "Target for <year>: <value>"; the table gives it a row.
            if (config.target !== null && config.target !== undefined && series === targetName) {
              targetRows++;
              if (Number(raw) !== Number(config.target)) problems.push(`table target ${raw} differs from the chart's target line ${config.target}`);
              const labelYear = /\b(\d{4})\b/.exec(config.targetLabel || '');
              if (labelYear && labelYear[1] !== year) problems.push(`table target year ${year} differs from the chart's "${config.targetLabel}"`);
              continue;
            }
            if (raw === '' || isNaN(Number(raw))) unavailableInTable.push(series + ' | ' + year);
            else fromTable.add(key(series, Number(year), Number(raw)));
          }
          const onlyTable = [...fromTable].filter(k => !fromJson.has(k)), onlyJson = [...fromJson].filter(k => !fromTable.has(k));
          if (onlyTable.length) problems.push(`table values not in the chart: ${onlyTable.slice(0, 5).join('; ')}`);
          if (onlyJson.length) problems.push(`chart values not in the table: ${onlyJson.slice(0, 5).join('; ')}`);
          const badGaps = unavailableInTable.filter(k => !missingInJson.has(k));
          if (badGaps.length) problems.push(`table says not available but the chart has a value: ${badGaps.slice(0, 5).join('; ')}`);
          if (config.target !== null && config.target !== undefined && targetRows !== 1) problems.push(`the chart draws a target line but the table has ${targetRows} target rows`);
          if (fromJson.size === 0) problems.push('the chart has no data');
          return { id, problems };
        })
        """;
}
