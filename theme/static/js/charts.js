/* StaticMap charts: draws each <figure class="chart"> from the JSON the build wrote next to it.
   Progressive enhancement: without JavaScript (or if Chart.js fails) the summary and data table remain. */
(function () {
  'use strict';
  if (typeof window.Chart === 'undefined') return;

  var reducedMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  /* Every value a chart writes (ticks, tooltips) goes through here, with the options the build wrote in config.format
     (the same formatter as the tables and sentences: see "The chart JSON's format" in docs/theme.md). */
  function formatValue(f, value) {
    if (value === null || value === undefined || isNaN(value)) return 'not available';
    var options = { style: f.style, minimumFractionDigits: f.minimumFractionDigits, maximumFractionDigits: f.maximumFractionDigits };
    if (f.currency) options.currency = f.currency;
    return new Intl.NumberFormat(f.locale || 'en-US', options).format(value * (f.scale || 1)) + (f.unitSuffix || '');
  }

  function draw(figure) {
    var id = figure.getAttribute('data-chart');
    var data = document.getElementById(id + '-data');
    var canvas = document.getElementById(id + '-canvas');
    if (!data || !canvas) return;
    var config = JSON.parse(data.textContent);
    /* Years sit on a linear axis (config.xAxis), so 2018 → 2021 is drawn three times as long as 2016 → 2017;
       each dataset's points are {x: year, y: value} as the build wrote them. */
    var axis = config.xAxis;
    var years = config.years;
    var datasets = config.datasets.map(function (d) {
      return {
        label: d.label, data: d.data.map(function (p) { return { x: p.x, y: p.y }; }), borderColor: d.color, backgroundColor: d.color, borderDash: d.dash,
        pointStyle: d.point, pointRadius: 5, pointHoverRadius: 7, borderWidth: 2.5, spanGaps: true, fill: false
      };
    });
    if (config.target !== null && config.target !== undefined) {
      datasets.push({
        label: config.targetLabel || 'Target',
        data: [{ x: years[0], y: config.target }, { x: years[years.length - 1], y: config.target }],
        borderColor: '#595959', backgroundColor: '#595959', borderDash: [8, 6], pointStyle: 'line', pointRadius: 0, borderWidth: 2, fill: false
      });
    }
    /* The canvas area is shown only once there is a chart to draw in it (see .chart-drawn in site.css). */
    figure.classList.add('chart-drawn');
    new window.Chart(canvas, {
      type: 'line',
      data: { datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reducedMotion ? false : { duration: 300 },
        interaction: { mode: 'nearest', intersect: false },
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true, color: '#1b1b1b', padding: 16 } },
          tooltip: {
            callbacks: {
              /* The default title of a linear axis is the number in the locale's format ("2,018"): print the year. */
              title: function (items) { return items.length ? String(items[0].parsed.x) : ''; },
              label: function (context) {
                return context.dataset.label + ': ' + formatValue(config.format, context.parsed.y);
              }
            }
          }
        },
        scales: {
          x: {
            type: axis.type,
            min: axis.min,
            max: axis.max,
            /* One tick a year (skipped where they would overlap), printed as the year itself: "2018", not "2,018". */
            ticks: {
              color: '#1b1b1b', stepSize: axis.stepSize, precision: 0, autoSkip: true,
              callback: function (value) { return Number.isInteger(value) ? String(value) : ''; }
            },
            grid: { color: '#d6d6d6' }
          },
          y: {
            /* A count axis has whole ticks only: never "2.2 positions". */
            ticks: {
              color: '#1b1b1b', precision: config.format.integerTicks ? 0 : undefined,
              callback: function (value) { return config.format.integerTicks && !Number.isInteger(value) ? '' : formatValue(config.format, value); }
            },
            grid: { color: '#d6d6d6' }
          }
        }
      }
    });
    var details = figure.querySelector('details.chart-data');
    if (details) details.removeAttribute('open');
  }

  function drawAll() {
    var figures = document.querySelectorAll('figure.chart[data-chart]');
    for (var i = 0; i < figures.length; i++) {
      try { draw(figures[i]); } catch (e) { figures[i].classList.remove('chart-drawn'); /* the table and summary still tell the story */ }
    }
  }

  /* Printed pages show every data table. */
  window.addEventListener('beforeprint', function () {
    var tables = document.querySelectorAll('details.chart-data');
    for (var i = 0; i < tables.length; i++) tables[i].setAttribute('open', '');
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', drawAll);
  else drawAll();
})();
