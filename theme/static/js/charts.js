/* StaticMap charts: draws each <figure class="chart"> from its data table and the small JSON the build wrote next to it
   (the chart's options: its kind, number format, axes, each series' colour, point and dash and how many table rows it
   has, the years its lines break at, the target). The points are read from the table: the series (the row's header),
   the year and the number as published (the cell's data-value; "" where the table says "Not available"), and a point
   Urban rates weak (the quality cell's class quality-weak). configOf builds from them the chart's data as the build
   once wrote it in the JSON (docs/theme.md, "The chart's data: the table and the JSON").
   Progressive enhancement: without JavaScript (or if Chart.js fails) the summary and data table remain.

   For every reader:
   - forced colours (Windows high contrast, light or dark): every line, point, axis and legend text is drawn in the
     system colours (CanvasText on Canvas, read from the page), and series are told apart by their dash pattern and
     point style, never by colour; charts are redrawn when forced colours or the colour scheme change;
   - nothing is clipped: points at the first and last year, the minimum and a lone baseline point are drawn whole
     (clip: false, layout padding, scale grace);
   - the legend is not interactive (a click does not hide a series, so the chart's accessible name, which describes
     every series, stays true), and draws each series as it is in the plot: its dash, its point, the dashed target;
   - chart text follows the reader's font size (the root element's computed font size), also after a zoom or a
     change of the browser's text size;
   - printing: each chart is turned into an image sized for the page before printing (and kept ready on the
     whole-plan print view, which headless Chromium prints for `staticmap pdf`).

   When every chart of the page is drawn (or there is none, or Chart.js did not load and the tables stand alone), the
   root element gets data-charts-ready="true": `staticmap pdf` waits for it before printing (docs/theme.md). */
(function () {
  'use strict';
  function ready() { document.documentElement.setAttribute('data-charts-ready', 'true'); }
  if (typeof window.Chart === 'undefined') { ready(); return; }
  var Chart = window.Chart;

  var media = function (query) { return window.matchMedia ? window.matchMedia(query) : { matches: false, addEventListener: function () {} }; };
  var reducedMotion = media('(prefers-reduced-motion: reduce)').matches;
  var forcedColors = media('(forced-colors: active)');
  var darkScheme = media('(prefers-color-scheme: dark)');
  var isPrintView = document.body && document.body.classList.contains('kind-print');
  var charts = [];

  /* Every value a chart writes (ticks, tooltips) goes through here, with the options the build wrote in config.format
     (the same formatter as the tables and sentences: see "The chart JSON's format" in docs/theme.md). */
  /* An axis tick (tick true) drops needless decimals: "90%", not "90.0%"; tooltips keep the table's digits. */
  function formatValue(f, value, tick) {
    if (value === null || value === undefined || isNaN(value)) return 'not available';
    var options = { style: f.style, minimumFractionDigits: tick ? 0 : f.minimumFractionDigits, maximumFractionDigits: f.maximumFractionDigits };
    if (f.currency) options.currency = f.currency;
    var shown = value * (f.scale || 1);
    var suffix = f.unitSuffix || '';
    /* "1 position", "2 positions": the unit's singular where the language's plural rules say "one" for the value as written. */
    if (f.unitSuffixOne !== null && f.unitSuffixOne !== undefined && window.Intl && Intl.PluralRules) {
      var written = Number(shown.toFixed(f.maximumFractionDigits || 0));
      if (new Intl.PluralRules(f.locale || 'en-US').select(written) === 'one') suffix = f.unitSuffixOne;
    }
    return new Intl.NumberFormat(f.locale || 'en-US', options).format(shown) + suffix;
  }

  /* A bar chart's group names on its axis, broken into lines of about 18 characters so they fit beside a narrow plot. */
  function wrapLabel(text) {
    var words = String(text).split(' '), lines = [], line = '';
    words.forEach(function (word) {
      if (line && (line + ' ' + word).length > 18) { lines.push(line); line = word; }
      else line = line ? line + ' ' + word : word;
    });
    if (line) lines.push(line);
    return lines.length > 1 ? lines : lines[0] || '';
  }

  /* One year of several groups or places (config.kind "bar"): one horizontal bar each, in the group's colour, named on the
     axis; groups without an estimate that year have no bar (the table says "Not available"). */
  function barData(config, colours) {
    var bars = config.datasets.map(function (d) { return { label: d.label, point: d.data[0], color: d.color }; })
      .filter(function (b) { return b.point && b.point.y !== null && b.point.y !== undefined; });
    var line = bars.map(function (b) { return colours.forced ? colours.text : b.color; });
    /* A bar of an estimate Urban rates weak is drawn hollow (its outline only), as the SVG download draws it. */
    var fill = bars.map(function (b, i) { return b.point.weak ? colours.background : line[i]; });
    return {
      labels: bars.map(function (b) { return wrapLabel(b.label); }),
      names: bars.map(function (b) { return b.label; }),
      datasets: [{
        label: String(config.years[0]), data: bars.map(function (b) { return b.point.y; }),
        backgroundColor: fill, borderColor: line, borderWidth: bars.map(function (b) { return b.point.weak ? 2 : 0; }),
        clip: false, maxBarThickness: 40,
        /* The legend's one item on a bar chart with a weak bar (the bars are named on the axis): what a hollow bar is. */
        legendNote: config.weakLabel ? {
          label: config.weakLabel, weakNote: true, barNote: true, borderColor: colours.text, backgroundColor: colours.background, borderWidth: 2
        } : null
      }]
    };
  }

  /* The colours to draw with. In forced colours they are the system colours the reader chose, read from an element
     styled with them (getComputedStyle resolves CanvasText and Canvas to the actual colours). */
  function palette() {
    if (!forcedColors.matches) {
      return { forced: false, text: '#1b1b1b', grid: '#d6d6d6', target: '#595959', background: '#ffffff' };
    }
    var probe = document.createElement('span');
    probe.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;color:CanvasText;background-color:Canvas;border-color:GrayText;border-style:solid;border-width:0';
    (document.body || document.documentElement).appendChild(probe);
    var style = window.getComputedStyle(probe);
    var colours = { forced: true, text: style.color, grid: style.borderTopColor || style.color, target: style.color, background: style.backgroundColor };
    probe.remove();
    return colours;
  }

  /* The reader's font size: the root element's computed size, which follows the browser's text size setting. */
  function fontSize() {
    var size = parseFloat(window.getComputedStyle(document.documentElement).fontSize);
    return isFinite(size) && size > 0 ? size : 16;
  }

  /* A legend sample drawn like the plot: a short line in the series' dash and width, with its point in the middle; a series
     drawn as markers only (pointsOnly) has its point without the line. */
  function sampleWidth(size) { return Math.round(size * 2.6); }
  function legendSample(dataset, size) {
    var width = sampleWidth(size), height = Math.round(size);
    var sample = document.createElement('canvas');
    sample.width = width; sample.height = height;
    var ctx = sample.getContext('2d');
    ctx.strokeStyle = dataset.borderColor; ctx.fillStyle = dataset.backgroundColor;
    ctx.lineWidth = dataset.borderWidth;
    ctx.setLineDash(dataset.borderDash || []);
    /* A hollow bar: its outline in the text's colour around the background, as a weak bar is drawn. */
    if (dataset.barNote) {
      ctx.fillRect(2, 2, width - 4, height - 4); ctx.strokeRect(2, 2, width - 4, height - 4);
      return sample;
    }
    if (!dataset.weakNote && !dataset.pointsOnly) { ctx.beginPath(); ctx.moveTo(1, height / 2); ctx.lineTo(width - 1, height / 2); ctx.stroke(); }
    ctx.setLineDash([]);
    if (dataset.pointStyle && dataset.pointStyle !== 'line' && dataset.pointRadius > 0 && Chart.helpers && Chart.helpers.drawPoint) {
      Chart.helpers.drawPoint(ctx, { pointStyle: dataset.pointStyle, radius: Math.min(dataset.pointRadius, height / 2 - 1), borderWidth: 1.5, rotation: 0 }, width / 2, height / 2);
    }
    /* Chart.js draws a canvas point style at its width and height, in CSS pixels. */
    return sample;
  }

  function datasetsFor(config, colours) {
    var years = config.years;
    /* The target spans the whole x axis, so it shows also when the report has a single year of values. */
    var from = config.xAxis && config.xAxis.min !== undefined ? config.xAxis.min : years[0];
    var to = config.xAxis && config.xAxis.max !== undefined ? config.xAxis.max : years[years.length - 1];
    if (config.kind === 'bar') return barData(config, colours).datasets;
    var datasets = config.datasets.map(function (d) {
      var colour = colours.forced ? colours.text : d.color;
      return {
        label: d.label, data: d.data.map(function (p) { return { x: p.x, y: p.y }; }), borderColor: colour, backgroundColor: colour, borderDash: d.dash,
        pointStyle: d.point, pointRadius: 5, pointHoverRadius: 7, borderWidth: 2.5, spanGaps: false, fill: false, clip: false,
        /* No two values are neighbours (2018 and 2021 of an annual metric): the plot draws markers only, and so does the legend. */
        pointsOnly: d.pointsOnly === true,
        /* A point Urban rates weak (p.weak) is hollow: its outline in the series' colour around the page's background. */
        pointBackgroundColor: d.data.map(function (p) { return p.weak ? colours.background : colour; }),
        pointBorderWidth: d.data.map(function (p) { return p.weak ? 2 : 1; })
      };
    });
    /* The legend says what a hollow point is (config.weakLabel, written only when the chart draws one): an item with a
       hollow circle and no line or data, drawn in the HTML legend and in the PNG's canvas legend alike. */
    if (config.weakLabel) {
      datasets.push({
        label: config.weakLabel, data: [], weakNote: true, borderColor: colours.text, backgroundColor: colours.background,
        pointStyle: 'circle', pointRadius: 5, pointHoverRadius: 0, borderWidth: 2, showLine: false, fill: false, clip: false
      });
    }
    if (config.target !== null && config.target !== undefined) {
      datasets.push({
        label: config.targetLabel || 'Target',
        data: [{ x: from, y: config.target }, { x: to, y: config.target }],
        borderColor: colours.target, backgroundColor: colours.target, borderDash: [8, 6], pointStyle: 'line', pointRadius: 0, pointHoverRadius: 0,
        borderWidth: 2, fill: false, clip: false
      });
    }
    return datasets;
  }

  /* Chart options that depend on the colours and the font size: applied at first draw and on every change. */
  function style(options, colours, size) {
    var font = { size: Math.round(size * 0.875) };
    Chart.defaults.font.size = font.size;
    Chart.defaults.color = colours.text;
    options.color = colours.text;
    options.plugins.legend.labels.color = colours.text;
    options.plugins.legend.labels.font = font;
    options.plugins.legend.labels.pointStyleWidth = sampleWidth(font.size);
    options.plugins.tooltip.titleFont = { size: font.size, weight: 'bold' };
    options.plugins.tooltip.bodyFont = { size: font.size };
    if (colours.forced) {
      options.plugins.tooltip.backgroundColor = colours.background;
      options.plugins.tooltip.titleColor = colours.text;
      options.plugins.tooltip.bodyColor = colours.text;
      options.plugins.tooltip.borderColor = colours.text;
      options.plugins.tooltip.borderWidth = 1;
    } else {
      options.plugins.tooltip.backgroundColor = 'rgba(0,0,0,0.85)';
      options.plugins.tooltip.titleColor = '#ffffff';
      options.plugins.tooltip.bodyColor = '#ffffff';
      options.plugins.tooltip.borderWidth = 0;
    }
    ['x', 'y'].forEach(function (axis) {
      options.scales[axis].ticks.color = colours.text;
      options.scales[axis].ticks.font = font;
      options.scales[axis].grid.color = colours.grid;
      options.scales[axis].border = { color: colours.text };
    });
    /* Room at every edge for the largest point (hover radius 7 plus its border). */
    var pad = Math.max(10, Math.round(size * 0.6));
    options.layout.padding = { top: pad, right: pad + 4, bottom: 4, left: 4 };
  }

  /* The legend is written in HTML below the plot (see legendList), so it wraps at any width and a long place name is
     never cut; Chart.js's own legend is not drawn, but keeps the same items (each drawn as in the plot). */
  function legendItems(chart) {
    if (chart.config.type !== 'bar') return chart.data.datasets;
    var note = chart.data.datasets.length ? chart.data.datasets[0].legendNote : null;
    return note ? [note] : [];
  }
  function legendLabels(chart) {
    var size = chart.options.plugins.legend.labels.font.size;
    /* A bar chart's bars are named on its axis: its legend has only the note on hollow (weak) bars, when it draws one. */
    return legendItems(chart).map(function (dataset, index) {
      return {
        text: dataset.label, datasetIndex: index, hidden: false,
        fillStyle: dataset.backgroundColor, strokeStyle: dataset.borderColor, lineWidth: dataset.borderWidth,
        lineDash: dataset.borderDash || [], fontColor: chart.options.plugins.legend.labels.color,
        pointStyle: legendSample(dataset, size)
      };
    });
  }

  /* The legend below the plot: one item per series, its sample drawn as in the plot, its name as text that wraps.
     Hidden from screen readers: the chart's accessible name and the data table already name every series. */
  function legendList(entry) {
    var figure = entry.figure, chart = entry.chart;
    var old = figure.querySelector('.chart-legend');
    if (old) old.remove();
    var items = legendItems(chart);
    if (!items.length) return;
    var list = document.createElement('ul');
    list.className = 'chart-legend';
    list.setAttribute('aria-hidden', 'true');
    var size = chart.options.plugins.legend.labels.font.size;
    items.forEach(function (dataset) {
      var item = document.createElement('li');
      /* An image of the sample, not a canvas: every canvas in a figure is a chart (the tests and print rules rely on it). */
      var drawnSample = legendSample(dataset, size);
      var sample = document.createElement('img');
      sample.className = 'chart-legend-sample';
      sample.alt = '';
      sample.width = drawnSample.width; sample.height = drawnSample.height;
      sample.src = drawnSample.toDataURL('image/png');
      item.appendChild(sample);
      item.appendChild(document.createTextNode(dataset.label));
      list.appendChild(item);
    });
    var area = figure.querySelector('.chart-canvas');
    area.parentNode.insertBefore(list, area.nextSibling);
  }

  /* A figure's chart data: the JSON's options, with the years and every series' points read from the figure's data table,
     and the page's word for the target line when the JSON has none (data-text-target). Each series takes the next `rows`
     rows of the table, in order (rows after the last series are the target's, drawn as its line); its points are every
     year of the chart and every year its lines break at (`gaps`), a year without a row or a value null. A series of no
     rows (its years all left out) is named by the JSON's `label`. */
  function configOf(figure) {
    var data = document.getElementById(figure.getAttribute('data-chart') + '-data');
    if (!data) return null;
    var config = JSON.parse(data.textContent);
    var rows = figure.querySelectorAll('table.chart-table tbody tr');
    var at = 0, seen = {}, years = [];
    var series = (config.series || []).map(function (s) {
      var points = {}, label = s.label;
      for (var end = at + (s.rows || 0); at < end && at < rows.length; at++) {
        var row = rows[at], cells = row.getElementsByTagName('td');
        var year = parseInt(cells[0].textContent, 10);
        var raw = cells[1].getAttribute('data-value');
        var weakCell = row.querySelector('td.quality-weak');
        if (label === undefined) label = row.getElementsByTagName('th')[0].textContent;
        points[year] = { y: raw === '' || raw === null ? null : parseFloat(raw), weak: !!weakCell };
        if (!seen[year]) { seen[year] = true; years.push(year); }
      }
      return { label: label === undefined ? '' : label, points: points, style: s };
    });
    years.sort(function (a, b) { return a - b; });
    var axis = years.concat(config.gaps || []).sort(function (a, b) { return a - b; });
    config.years = years;
    config.datasets = series.map(function (s) {
      var points = axis.map(function (year) {
        var p = s.points[year];
        var point = { x: year, y: p ? p.y : null };
        if (p && p.y !== null && p.weak) point.weak = true;
        return point;
      });
      var dataset = { label: s.label, data: points, color: s.style.color, point: s.style.point, dash: s.style.dash || [] };
      /* No two values are neighbours on the axis: the series is drawn as markers only. */
      var any = points.some(function (p) { return p.y !== null; });
      var joined = points.some(function (p, i) { return i > 0 && p.y !== null && points[i - 1].y !== null; });
      if (any && !joined) dataset.pointsOnly = true;
      return dataset;
    });
    delete config.series; delete config.gaps;
    if (config.target === undefined) config.target = null;
    if (config.weakLabel === undefined) config.weakLabel = null;
    if (!config.targetLabel) config.targetLabel = figure.getAttribute('data-text-target') || 'Target';
    return config;
  }

  /* Chart.js's type, data and options for a chart's JSON in the given colours and font size (not yet styled). */
  function chartFor(config, colours) {
    /* Years sit on a linear axis (config.xAxis), so 2018 → 2021 is drawn three times as long as 2016 → 2017;
       each dataset's points are {x: year, y: value} as the build wrote them. */
    var axis = config.xAxis;
    var bar = config.kind === 'bar';
    /* The value axis starts at zero for every measure that cannot be negative (config.yAxis.min, see docs/theme.md):
       no room is added below it, so it never reads "-50 families". */
    var zero = !!(config.yAxis && config.yAxis.min === 0);
    var valueAxis = {
      min: zero ? 0 : undefined, beginAtZero: zero, grace: zero ? 0 : '8%',
      /* A count axis has whole ticks only: never "2.2 positions". */
      ticks: {
        precision: config.format.integerTicks ? 0 : undefined,
        callback: function (value) { return config.format.integerTicks && !Number.isInteger(value) ? '' : formatValue(config.format, value, true); }
      },
      grid: {}
    };
    var options = {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion || isPrintView ? false : { duration: 300 },
      interaction: { mode: 'nearest', intersect: false },
      layout: {},
      plugins: {
        legend: {
          display: false,
          position: 'bottom',
          /* Not interactive: a click would hide a series that the chart's accessible name still describes. */
          onClick: function () {}, onHover: null, onLeave: null,
          labels: { usePointStyle: true, padding: 16, generateLabels: legendLabels }
        },
        tooltip: {
          callbacks: {
            /* The default title of a linear axis is the number in the locale's format ("2,018"): print the year. */
            title: function (items) { return !items.length ? '' : bar ? String(config.years[0]) : String(items[0].parsed.x); },
            label: function (context) {
              if (bar) return names[context.dataIndex] + ': ' + formatValue(config.format, context.parsed.x);
              return context.dataset.label + ': ' + formatValue(config.format, context.parsed.y);
            }
          }
        }
      },
      scales: bar ? {
        x: Object.assign({ type: 'linear' }, valueAxis, { ticks: Object.assign({ maxRotation: 0, autoSkip: true }, valueAxis.ticks) }),
        y: { type: 'category', ticks: { autoSkip: false }, grid: { display: false } }
      } : {
        x: {
          type: axis.type,
          min: axis.min,
          max: axis.max,
          /* One tick a year (skipped where they would overlap), printed as the year itself: "2018", not "2,018". */
          ticks: {
            /* Level, never slanted: a slanted year takes the plot's height on a narrow screen; autoSkip keeps every other. */
            stepSize: axis.stepSize, precision: 0, autoSkip: true, maxRotation: 0,
            callback: function (value) { return Number.isInteger(value) ? String(value) : ''; }
          },
          grid: {}
        },
        /* Room above and below the values when they go below zero; from zero otherwise (clip: false and the layout's
           padding keep the top point whole). */
        y: valueAxis
      }
    };
    if (bar) options.indexAxis = 'y';
    var names = bar ? barData(config, colours).names : [];
    var drawn = bar ? barData(config, colours) : { datasets: datasetsFor(config, colours) };
    return { type: bar ? 'bar' : 'line', data: { labels: drawn.labels, datasets: drawn.datasets }, options: options };
  }

  function draw(figure) {
    var canvas = document.getElementById(figure.getAttribute('data-chart') + '-canvas');
    var config = configOf(figure);
    if (!config || !canvas) return;
    var colours = palette();
    var size = fontSize();
    var made = chartFor(config, colours);
    style(made.options, colours, size);
    /* The canvas area is shown only once there is a chart to draw in it (see .chart-drawn in site.css). */
    figure.classList.add('chart-drawn');
    var chart = new Chart(canvas, made);
    charts.push({ figure: figure, chart: chart, config: config, size: size, forced: colours.forced });
    legendList(charts[charts.length - 1]);
    /* The print view keeps every table open, on screen and on paper. */
    var details = figure.querySelector('details.chart-data');
    if (details && !isPrintView) details.removeAttribute('open');
    if (isPrintView && !colours.forced) snapshot(charts[charts.length - 1]);
  }

  /* Redraws every chart in the current colours and font size (forced colours or colour scheme changed, text resized). */
  function restyle(force) {
    var colours = palette(), size = fontSize();
    charts.forEach(function (entry) {
      if (!force && entry.size === size && entry.forced === colours.forced) return;
      entry.size = size; entry.forced = colours.forced;
      style(entry.chart.options, colours, size);
      entry.chart.data.datasets = datasetsFor(entry.config, colours);
      entry.chart.update('none');
      legendList(entry);
      if (isPrintView && !colours.forced) snapshot(entry);
    });
  }

  /* An image of the chart for print: a canvas does not resize to the paper, an image scales with its aspect ratio. */
  function snapshot(entry) {
    var canvas = entry.chart.canvas;
    var image = entry.figure.querySelector('img.chart-print-image');
    if (!image) {
      image = document.createElement('img');
      image.className = 'chart-print-image';
      /* The canvas carries the chart's name; the image is its printed picture only. */
      image.alt = '';
      image.setAttribute('aria-hidden', 'true');
      canvas.parentNode.appendChild(image);
    }
    try { image.src = canvas.toDataURL('image/png'); } catch (e) { image.remove(); }
  }

  /* A plan's embed page holds every chart of the plan, and CSS shows the one its fragment names (#sm-chart-…, else all):
     only the charts shown are drawn, and a chart shown later, when the fragment changes, is drawn then. */
  var isEmbed = document.body && document.body.classList.contains('kind-embed');
  function drawAll() {
    var figures = document.querySelectorAll('figure.chart[data-chart]');
    for (var i = 0; i < figures.length; i++) {
      if (isEmbed && (figures[i].classList.contains('chart-drawn') || figures[i].getClientRects().length === 0)) continue;
      try { draw(figures[i]); } catch (e) { figures[i].classList.remove('chart-drawn'); /* the table and summary still tell the story */ }
    }
  }

  function listen(list, handler) {
    if (list.addEventListener) list.addEventListener('change', handler);
    else if (list.addListener) list.addListener(handler);
  }
  listen(forcedColors, function () { restyle(true); });
  listen(darkScheme, function () { restyle(true); });
  var resizeTimer = null;
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () { restyle(false); }, 150);
  });

  /* Printed pages show every data table, and each chart as an image drawn in print colours at the paper's width. */
  window.addEventListener('beforeprint', function () {
    var tables = document.querySelectorAll('details.chart-data');
    for (var i = 0; i < tables.length; i++) tables[i].setAttribute('open', '');
    var forced = forcedColors.matches;
    charts.forEach(function (entry) {
      if (forced) {
        /* Paper is light: print in the chart's own colours, not the screen's forced ones. */
        var light = { forced: false, text: '#1b1b1b', grid: '#d6d6d6', target: '#595959', background: '#ffffff' };
        style(entry.chart.options, light, entry.size);
        entry.chart.data.datasets = datasetsFor(entry.config, light);
        entry.chart.update('none');
        legendList(entry);
      }
      snapshot(entry);
    });
  });
  window.addEventListener('afterprint', function () { if (forcedColors.matches) restyle(true); });

  /* Charts are drawn at once without animation (reduced motion, the print view); otherwise once the animation is over. */
  function drawAllThenSignal() {
    drawAll();
    if (reducedMotion || isPrintView || charts.length === 0) ready();
    else setTimeout(ready, 400);
  }
  /* For js/chart-download.js (a chart's PNG, made in the reader's browser): a new chart of a figure's JSON on the canvas it
     is given, in the light colours the page prints in and at a fixed text size (px), whatever the screen's colours, drawn at
     once (no animation, no events) at the given scale; its legend is drawn in the canvas (an image has no HTML list), except
     a bar chart's, whose bars are named on the axis (but for its note on hollow bars, when it draws one). Chart.js's global
     defaults are left as the page's charts set them. */
  window.StaticMapCharts = {
    /* The chart data of a figure, as charts.js draws it (configOf): for js/chart-download.js and the browser tests. */
    config: configOf,
    draw: function (figure, canvas, scale, textSize) {
      var config = configOf(figure);
      if (!config) return null;
      var light = { forced: false, text: '#1b1b1b', grid: '#d6d6d6', target: '#595959', background: '#ffffff' };
      var made = chartFor(config, light);
      var defaults = { size: Chart.defaults.font.size, color: Chart.defaults.color };
      style(made.options, light, textSize / 0.875);
      made.options.responsive = false;
      made.options.animation = false;
      made.options.devicePixelRatio = scale;
      made.options.events = [];
      made.options.plugins.tooltip.enabled = false;
      made.options.plugins.legend.display = made.type !== 'bar' || !!config.weakLabel;
      try { return new Chart(canvas, made); }
      finally { Chart.defaults.font.size = defaults.size; Chart.defaults.color = defaults.color; }
    }
  };

  if (isEmbed) window.addEventListener('hashchange', drawAll);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', drawAllThenSignal);
  else drawAllThenSignal();
})();
