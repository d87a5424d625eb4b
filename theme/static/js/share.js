// "Share or embed this chart" (partials/chart.sbn-html): the link, the embed code, the embed page and the downloads work
// without this script (the fields are selectable). What needs a script is written once a page, in <template
// data-share-tools>, and added here to every chart's control: a copy button after each field, the status region
// (role="status") that says "Copied", which screen readers announce (focus stays on the button), and the PNG button,
// before the SVG link (hidden until js/chart-download.js, which runs after this script, finds the chart drawn).
(function () {
  "use strict";
  var tools = document.querySelector("template[data-share-tools]");
  if (!tools || !tools.content) return;
  function copy(field) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(field.value);
    field.select();
    return document.execCommand("copy") ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }
  function part(selector) { return tools.content.querySelector(selector).cloneNode(true); }
  function copyButton(which, field, status) {
    var button = part('button[data-copies="' + which + '"]');
    button.removeAttribute("data-copies");
    button.setAttribute("data-copy", field.id);
    button.setAttribute("data-status", status.id);
    field.parentNode.appendChild(button);
    button.addEventListener("click", function () {
      status.textContent = "";
      copy(field).then(function () {
        status.textContent = status.getAttribute("data-copied");
      }, function () {
        field.focus();
        field.select();
        status.textContent = status.getAttribute("data-failed");
      });
    });
  }
  document.querySelectorAll("details.chart-share").forEach(function (control) {
    var link = control.querySelector("input[readonly]");
    var code = control.querySelector("textarea[readonly]");
    if (!link || !code || !/-share-link$/.test(link.id)) return;
    var chart = link.id.replace(/-share-link$/, "");
    var status = part("p.copy-status");
    status.id = chart + "-share-status";
    code.parentNode.parentNode.insertBefore(status, code.parentNode.nextSibling);
    copyButton("link", link, status);
    copyButton("code", code, status);
    /* The PNG: named as the SVG beside it ("<chart>.png", "<chart>.es.png"), with the chart's name for screen readers. */
    var svg = control.querySelector('.share-downloads a[href$=".svg"]');
    if (!svg) return;
    var item = part("li");
    var button = item.querySelector("button");
    var file = svg.getAttribute("href");
    button.setAttribute("data-chart-png", chart);
    button.setAttribute("data-file", file.slice(file.lastIndexOf("/") + 1).replace(/\.svg$/, ".png"));
    button.setAttribute("data-source", control.getAttribute("data-source") || "");
    var name = control.querySelector("summary .visually-hidden");
    if (name) button.appendChild(name.cloneNode(true));
    svg.parentNode.parentNode.insertBefore(item, svg.parentNode);
  });
})();
