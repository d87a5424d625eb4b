/* StaticMap search: an accessible search form on top of Pagefind's JavaScript API (pagefind.js, built with the site).
   A labelled form, results as a list of links with headings, and a status message read out by screen readers.
   Without JavaScript the page says search needs it; without the index it says search is not available. */
(function () {
  'use strict';
  var container = document.getElementById('sm-search');
  if (!container) return;
  var base = container.getAttribute('data-pagefind-href');
  /* A large site's index is in buckets of plans, one Pagefind bundle each (docs/performance.md): the page loads the first
     and merges the others that hold pages in its language, so one search gives one list, ranked as Pagefind merges it. */
  var merged = (container.getAttribute('data-pagefind-merge') || '').split(' ').filter(function (href) { return href; });
  var form = document.getElementById('sm-search-form');
  var input = document.getElementById('sm-search-input');
  var status = document.getElementById('sm-search-status');
  var list = document.getElementById('sm-search-results');
  if (!form || !input || !status || !list) return;

  /* The status texts come from the page, in its language (data-text-* on #sm-search); {query} and {count} are filled here. */
  var plurals = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang || 'en') : null;
  var numbers = window.Intl && Intl.NumberFormat ? new Intl.NumberFormat(document.documentElement.lang || 'en') : null;
  function fill(value, values) {
    return value.replace(/\{(query|count)\}/g, function (all, key) { return values && key in values ? values[key] : all; });
  }
  function text(name, fallback, values) {
    return fill(container.getAttribute('data-text-' + name) || fallback, values);
  }
  /* "1 result", "3 results": the plural form of the page's language (one, other, and for some languages many). */
  function resultsText(query, count) {
    var category = plurals ? plurals.select(count) : (count === 1 ? 'one' : 'other');
    var value = container.getAttribute('data-text-' + category) || container.getAttribute('data-text-other')
      || (count === 1 ? '{count} result for “{query}”.' : '{count} results for “{query}”.');
    return fill(value, { query: query, count: numbers ? numbers.format(count) : String(count) });
  }

  var pagefind = null;
  var latest = 0;
  var timer = null;

  function unavailable() {
    form.hidden = true;
    var note = document.getElementById('sm-search-unavailable');
    if (note) note.hidden = false;
  }

  /* Pagefind's excerpts are escaped text with <mark> around the matches: keep exactly that, nothing else. */
  function excerpt(html) {
    var paragraph = document.createElement('p');
    paragraph.className = 'search-excerpt';
    var parsed = new DOMParser().parseFromString('<body>' + html + '</body>', 'text/html').body;
    for (var node = parsed.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) paragraph.appendChild(document.createTextNode(node.nodeValue));
      else if (node.nodeName === 'MARK') {
        var mark = document.createElement('mark');
        mark.textContent = node.textContent;
        paragraph.appendChild(mark);
      } else paragraph.appendChild(document.createTextNode(node.textContent || ''));
    }
    return paragraph;
  }

  function link(href, text) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  function show(query, results) {
    list.textContent = '';
    results.forEach(function (result) {
      var item = document.createElement('li');
      item.className = 'search-result';
      var heading = document.createElement('h2');
      heading.appendChild(link(result.url, (result.meta && result.meta.title) || result.url));
      item.appendChild(heading);
      item.appendChild(excerpt(result.excerpt || ''));
      var subs = (result.sub_results || []).filter(function (sub) { return sub.url !== result.url && sub.title; }).slice(0, 3);
      if (subs.length > 0) {
        var sections = document.createElement('ul');
        sections.className = 'search-sections';
        subs.forEach(function (sub) {
          var li = document.createElement('li');
          li.appendChild(link(sub.url, sub.title));
          sections.appendChild(li);
        });
        item.appendChild(sections);
      }
      list.appendChild(item);
    });
    list.hidden = results.length === 0;
    status.textContent = results.length === 0
      ? text('none', 'No results for “{query}”.', { query: query })
      : resultsText(query, results.length);
  }

  function remember(query) {
    if (!window.history || !window.history.replaceState) return;
    var url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query); else url.searchParams.delete('q');
    window.history.replaceState(null, '', url.toString());
  }

  function run() {
    var query = input.value.trim();
    var ticket = ++latest;
    remember(query);
    if (!query) {
      list.textContent = '';
      list.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = text('searching', 'Searching…');
    pagefind.search(query).then(function (search) {
      if (ticket !== latest) return null;
      return Promise.all(search.results.slice(0, 20).map(function (r) { return r.data(); }));
    }).then(function (results) {
      if (results && ticket === latest) show(query, results);
    }).catch(function () {
      if (ticket === latest) status.textContent = text('failed', 'Search failed. Please try again.');
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (pagefind) run();
  });
  input.addEventListener('input', function () {
    if (!pagefind) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(run, 250);
  });

  import(base + 'pagefind.js').then(function (module) {
    pagefind = module;
    return pagefind.init ? pagefind.init() : null;
  }).then(function () {
    return Promise.all(merged.map(function (href) { return pagefind.mergeIndex(href); }));
  }).then(function () {
    form.hidden = false;
    var query = new URLSearchParams(window.location.search).get('q');
    if (query) {
      input.value = query;
      run();
    }
  }).catch(unavailable);
})();
