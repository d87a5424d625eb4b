// "Share or embed this chart" (partials/chart.sbn-html): shows the copy buttons (without this script the fields stay,
// selectable) and copies a field's text, then says "Copied" in the control's status region (role="status"), which screen
// readers announce. Focus stays on the button.
(function () {
  "use strict";
  function copy(field) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(field.value);
    field.select();
    return document.execCommand("copy") ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }
  document.querySelectorAll("button.copy-button[data-copy]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    var status = document.getElementById(button.getAttribute("data-status"));
    if (!field || !status) return;
    button.hidden = false;
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
  });
})();
