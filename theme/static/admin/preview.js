// The editor's preview pane (/admin/) shows an entry with the site's own stylesheet, so that text reads as it will on
// the site. Loaded after Decap CMS (decap-cms.js), which defines window.CMS; the stylesheet's address is on this script.
(function () {
  'use strict';
  var script = document.currentScript;
  var stylesheet = script && script.getAttribute('data-stylesheet');
  if (window.CMS && stylesheet) window.CMS.registerPreviewStyle(stylesheet);
})();
