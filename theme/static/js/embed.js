// A plan's embed page (layouts/embed.sbn-html): tells the page that frames it how tall it is, now and whenever its height
// changes (the chart drawn, the data table opened, another chart named by the fragment), so the host's iframe fits it without
// a scroll bar. The host page's snippet (the embed code) listens for {type: "staticmap-embed-height", height}, from the
// site's origin only. js/charts.js draws only the chart shown (the one the fragment names; CSS :target hides the others).
(function () {
  "use strict";
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
