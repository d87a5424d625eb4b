// "Image (PNG)" in the "Share or embed this chart" control (partials/chart.sbn-html): makes the chart's PNG in the reader's
// browser, from the chart the page draws (js/charts.js, StaticMapCharts.draw), at twice its size: 1600 pixels wide, on a
// white background, with the chart's title (its caption), the legend, and its source line with the data credit, all in
// the page's language, read from the page. The file is named as the build names the chart's other downloads
// (data-file: "<chart>.png", "<chart>.es.png" on a Spanish page). Without this script, or without Chart.js, the button
// stays hidden: the chart's table, CSV and SVG remain. Nothing is announced: the browser says the file was downloaded.
(function () {
  'use strict';
  if (!window.StaticMapCharts || !window.Chart || !HTMLCanvasElement.prototype.toBlob) return;
  var WIDTH = 800, SCALE = 2, PAD = 24, TITLE = 20, TEXT = 14, PLOT = 340;
  var INK = '#1b1b1b', MUTED = '#4a4a4a';
  var family = (window.Chart.defaults && window.Chart.defaults.font && window.Chart.defaults.font.family) || 'sans-serif';

  function font(bold, size) { return (bold ? 'bold ' : '') + size + 'px ' + family; }

  /* The words of a text broken into lines no wider than width, at most max lines (the last one ends in "…" if cut). */
  function wrap(ctx, text, width, max) {
    var words = String(text).replace(/\s+/g, ' ').trim().split(' '), lines = [], line = '';
    for (var i = 0; i < words.length; i++) {
      var next = line ? line + ' ' + words[i] : words[i];
      if (line && ctx.measureText(next).width > width) { lines.push(line); line = words[i]; }
      else line = next;
    }
    if (line) lines.push(line);
    if (lines.length > max) {
      lines = lines.slice(0, max);
      var last = lines[max - 1];
      while (last.length > 1 && ctx.measureText(last + '…').width > width) last = last.slice(0, -1);
      lines[max - 1] = last.replace(/\s+$/, '') + '…';
    }
    return lines;
  }

  /* The height of the legend Chart.js draws below the plot: rows of samples and names, as wide as the chart. */
  function legendHeight(ctx, figure, width) {
    if (figure.querySelector('.chart-legend') === null) return 0;
    ctx.font = font(false, TEXT);
    var rows = 1, x = 0;
    figure.querySelectorAll('.chart-legend li').forEach(function (item) {
      var w = Math.round(TEXT * 2.6) + 10 + ctx.measureText(item.textContent).width + 16;
      if (x > 0 && x + w > width) { rows++; x = 0; }
      x += w;
    });
    return rows * (TEXT + 16) + 4;
  }

  /* The chart's image as a canvas 1600 pixels wide, or null when its chart cannot be drawn. */
  function image(figure, source) {
    var caption = figure.querySelector('figcaption');
    var title = caption ? caption.textContent : '';
    var inner = WIDTH - 2 * PAD;
    var measure = document.createElement('canvas').getContext('2d');
    measure.font = font(true, TITLE);
    var titleLines = wrap(measure, title, inner, 3);
    measure.font = font(false, TEXT - 1);
    var sourceLines = source ? wrap(measure, source, inner, 2) : [];
    var config = (window.StaticMapCharts && window.StaticMapCharts.config(figure)) || {};
    /* A bar chart is as tall as its bars (one per group, named on the axis), and its note on hollow bars when it has one;
       a line chart has its legend below the plot. */
    var chartHeight = config.kind === 'bar' ? Math.max(160, (config.datasets || []).length * 34 + 60) + legendHeight(measure, figure, inner)
      : PLOT + legendHeight(measure, figure, inner);

    /* Chart.js draws into a canvas in the document (it reads its size from the page), off screen and hidden. */
    var holder = document.createElement('div');
    holder.setAttribute('aria-hidden', 'true');
    holder.style.cssText = 'position:absolute;left:-10000px;top:0;width:' + inner + 'px;height:' + chartHeight + 'px;overflow:hidden';
    var plot = document.createElement('canvas');
    plot.width = inner; plot.height = chartHeight;
    plot.style.width = inner + 'px'; plot.style.height = chartHeight + 'px';
    holder.appendChild(plot);
    document.body.appendChild(holder);
    var chart = null;
    try {
      chart = window.StaticMapCharts.draw(figure, plot, SCALE, TEXT);
      if (!chart) return null;
      var height = PAD + titleLines.length * TITLE * 1.25 + 12 + chartHeight + 12 + sourceLines.length * 19 + PAD;
      var out = document.createElement('canvas');
      out.width = WIDTH * SCALE;
      out.height = Math.ceil(height * SCALE);
      var ctx = out.getContext('2d');
      ctx.scale(SCALE, SCALE);
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, WIDTH, height + 1);
      var y = PAD;
      ctx.fillStyle = INK;
      ctx.font = font(true, TITLE);
      ctx.textBaseline = 'alphabetic';
      titleLines.forEach(function (line) { y += TITLE * 1.25; ctx.fillText(line, PAD, y - 5); });
      y += 12;
      ctx.drawImage(plot, PAD, y, inner, chartHeight);
      y += chartHeight + 12;
      ctx.fillStyle = MUTED;
      ctx.font = font(false, TEXT - 1);
      sourceLines.forEach(function (line) { y += 19; ctx.fillText(line, PAD, y); });
      return out;
    } finally {
      if (chart) chart.destroy();
      holder.remove();
    }
  }

  function save(canvas, name) {
    canvas.toBlob(function (blob) {
      if (!blob) return;
      var url = URL.createObjectURL(blob);
      var link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.hidden = true;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    }, 'image/png');
  }

  function init() {
    document.querySelectorAll('button[data-chart-png]').forEach(setUp);
  }

  function setUp(button) {
    var figure = document.getElementById(button.getAttribute('data-chart-png'));
    /* Only a chart Chart.js drew (charts.js marks it) has an image to make. */
    if (!figure || !figure.classList.contains('chart-drawn')) return;
    var item = button.closest('li');
    if (item) item.hidden = false;
    button.hidden = false;
    button.addEventListener('click', function () {
      var canvas = image(figure, button.getAttribute('data-source'));
      if (canvas) save(canvas, button.getAttribute('data-file'));
    });
  }

  /* After js/charts.js, which draws the charts when the document is parsed. */
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
