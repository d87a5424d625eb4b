/* StaticMap preview: reloads the page when the site is rebuilt, and lists the plans' problems over the page
   while they stop the build (the last good site stays on screen underneath). */
(function () {
  'use strict';
  var overlay = null;

  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  function show(diagnostics) {
    hide();
    overlay = document.createElement('div');
    overlay.setAttribute('role', 'alert');
    overlay.setAttribute('aria-labelledby', 'sm-preview-errors-title');
    overlay.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;' +
      'background:#fff;color:#1b1b1b;border-top:6px solid #a32020;box-shadow:0 -4px 16px rgba(0,0,0,.3);' +
      'padding:1rem 1.25rem;font:16px/1.5 system-ui,sans-serif';
    var title = document.createElement('h2');
    title.id = 'sm-preview-errors-title';
    title.style.cssText = 'margin:0 0 .5rem;font-size:1.25rem';
    var errors = diagnostics.filter(function (d) { return d.severity === 'error'; }).length;
    title.textContent = errors + (errors === 1 ? ' error stops' : ' errors stop') + ' the build: this is the last good version of the site';
    overlay.appendChild(title);
    var list = document.createElement('ul');
    list.style.cssText = 'margin:0;padding-left:1.25rem;font-family:ui-monospace,monospace;font-size:14px';
    diagnostics.forEach(function (d) {
      var item = document.createElement('li');
      item.textContent = d.file + '(' + d.line + ',' + d.column + '): ' + d.severity + ' ' + d.code + ': ' + d.message;
      if (d.severity === 'error') item.style.color = '#a32020';
      list.appendChild(item);
    });
    overlay.appendChild(list);
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Hide';
    close.style.cssText = 'margin-top:.75rem;font:inherit;padding:.25rem .75rem';
    close.addEventListener('click', hide);
    overlay.appendChild(close);
    document.body.appendChild(overlay);
  }

  var source = new EventSource('/_staticmap/events');
  // The browser editor (serve --admin) keeps its form after a save: the rebuild only clears the list of problems.
  source.addEventListener('reload', function () {
    if (document.documentElement.hasAttribute('data-staticmap-no-reload')) hide();
    else window.location.reload();
  });
  source.addEventListener('errors', function (event) { show(JSON.parse(event.data)); });
  source.addEventListener('ok', hide);
})();
