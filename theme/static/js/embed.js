// A plan's embed page (layouts/embed.sbn-html), which holds every chart of the plan.
// 1. Shows the chart the address's fragment names (#sm-chart-…) and hides the others, now and when the fragment changes:
//    CSS :target does this without JavaScript, but Chromium sets no :target in a frame from another origin (a partner's
//    page), so the chosen chart's section gets .embed-chosen (site.css). A fragment that names no chart leaves the list.
//    This script runs before js/charts.js, which then draws only the charts shown.
// 2. Tells the page that frames it how tall it is, now and whenever its height changes (the chart drawn, the data table
//    opened, another chart chosen), so the host's iframe fits it without a scroll bar. The host page's snippet (the embed
//    code) listens for {type: "staticmap-embed-height", height}, from the site's origin only.
(function () {
  "use strict";
  var main = document.querySelector("main.embed");
  function choose() {
    var id = "";
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { id = ""; }
    var figure = id ? document.getElementById(id) : null;
    var chosen = figure && figure.matches("section.embed-chart > figure.chart") ? figure.parentNode : null;
    document.querySelectorAll("section.embed-chart").forEach(function (section) {
      section.classList.toggle("embed-chosen", section === chosen);
    });
    if (main) main.classList.toggle("has-chosen", !!chosen);
  }
  choose();
  window.addEventListener("hashchange", choose);
  if (window.parent === window) return;
  var last = 0;
  function post() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "staticmap-embed-height", height: height }, "*");
  }
  if ("ResizeObserver" in window) new ResizeObserver(post).observe(document.documentElement);
  window.addEventListener("load", post);
  document.addEventListener("toggle", post, true);
  window.addEventListener("hashchange", post);
  post();
})();
