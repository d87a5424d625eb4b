/* StaticMap plan navigation: on a narrow screen (the plan's pages in one column) the list of the plan's pages is closed
   into its disclosure (<details>), so the page's title is in the first screen; the reader opens it with the summary
   (a button to screen readers, Enter or Space from the keyboard). On a wide screen it is the open sidebar. Without
   JavaScript it stays open. Loaded right after the navigation, so it is closed before the page is first drawn. */
(function () {
  'use strict';
  var menu = document.getElementById('sm-plan-nav');
  if (!menu || !window.matchMedia) return;
  /* The same width as the sidebar's breakpoint in site.css (min-width: 60rem). */
  var wide = window.matchMedia('(min-width: 60rem)');
  menu.open = wide.matches;
  var change = function () { menu.open = wide.matches; };
  if (wide.addEventListener) wide.addEventListener('change', change);
  else if (wide.addListener) wide.addListener(change);
})();
