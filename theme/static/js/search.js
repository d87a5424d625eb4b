/* StaticMap search: loads Pagefind's UI when the build made a search index; otherwise says search is unavailable. */
(function () {
  'use strict';
  var container = document.getElementById('sm-search');
  if (!container) return;
  var base = container.getAttribute('data-pagefind-href');

  function unavailable() {
    var note = document.getElementById('sm-search-unavailable');
    if (note) note.hidden = false;
  }

  var style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = base + 'pagefind-ui.css';
  document.head.appendChild(style);

  var script = document.createElement('script');
  script.src = base + 'pagefind-ui.js';
  script.onerror = unavailable;
  script.onload = function () {
    if (typeof window.PagefindUI === 'undefined') { unavailable(); return; }
    new window.PagefindUI({ element: '#sm-search', showSubResults: true, showImages: false, resetStyles: false });
    var input = container.querySelector('input');
    if (input) input.focus();
  };
  document.head.appendChild(script);
})();
