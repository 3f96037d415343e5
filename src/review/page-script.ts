// The review page's script, inlined. It decompresses the page's index (one row a document, the
// corpus statistics) at open and a document's record when that document is opened or searched,
// and builds every view with DOM calls: data only ever reaches the page through textContent, attribute
// values and JSON, never through innerHTML, so scraped text cannot become markup.
// Plain ES2020 in a string: no backticks and no "${" inside (this is a template literal), and
// no closing script tag (checked by tests/review/render-review.test.ts).
export const PAGE_SCRIPT = String.raw`
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var main = document.getElementById('main');
  var heading = document.getElementById('heading');
  var search = document.getElementById('search');
  var tip = document.getElementById('tip');
  var DATA = null; // the index: provenance, totals, one row a document, chart statistics
  var ROWS = null;
  var INDEX = null; // id -> row index
  var current = null; // { docIndex, doc, view } of the document view on screen

  // --- small DOM helpers: text goes in as text nodes, attributes as values; nothing is parsed
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }
  function svg(tag, attrs, children) {
    var node = document.createElementNS(SVG, tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }
  function setAttrs(node, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'text') node.textContent = String(v);
      else node.setAttribute(k, String(v));
    });
  }
  function append(node, children) {
    if (children === undefined || children === null) return;
    (Array.isArray(children) ? children : [children]).forEach(function (c) {
      if (c === null || c === undefined || c === false) return;
      node.append(typeof c === 'string' || typeof c === 'number' ? String(c) : c);
    });
  }
  function show(v) {
    if (v === null || v === undefined) return '—';
    if (typeof v === 'number') return v.toLocaleString('en-US', { maximumFractionDigits: 12 });
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  }
  function docHref(docIndex, kind, key) {
    var h = '#doc/' + encodeURIComponent(ROWS[docIndex].id);
    return kind ? h + '/' + kind + '/' + encodeURIComponent(String(key)) : h;
  }
  function titleOf(doc) { return doc.title || doc.id; }
  function lower(s) { return s === null || s === undefined ? '' : String(s).toLowerCase(); }

  // --- the embedded data: base64 of raw deflate, decompressed by the browser
  function inflate(base64) {
    var binary = atob(base64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Response(stream).text().then(JSON.parse);
  }
  var cache = new Map(); // docIndex -> Promise of the record, the last few opened
  var CACHE_SIZE = 64;
  // the documents' blocks come after this script: they are read once the page is parsed
  var parsed = new Promise(function (resolve) {
    if (document.readyState !== 'loading') resolve();
    else document.addEventListener('DOMContentLoaded', function () { resolve(); });
  });
  function loadDocument(i) {
    if (cache.has(i)) return cache.get(i);
    var at = ROWS[i].at;
    var promise = parsed.then(function () {
      return inflate(document.getElementById('docs-' + at[0]).textContent.substr(at[1], at[2]));
    });
    cache.set(i, promise);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value);
    return promise;
  }

  // --- search: one box; the corpus view filters documents (id, path, title, and their metrics)
  // and lists the metrics that match; the document view filters its metrics table
  function metricHaystack(m) { return lower([m.raw, m.label, m.unit, m.section, m.period, m.column].join(' ')); }
  function docHaystack(r) {
    if (r.hay === undefined) r.hay = lower([r.id, r.path, r.title].join(' '));
    return r.hay;
  }
  var searchTimer = null;
  search.addEventListener('input', function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(applySearch, 120);
  });
  function applySearch() {
    var q = lower(search.value.trim());
    if (current) {
      filterMetricsTable(q);
      document.body.setAttribute('data-search', q);
    } else {
      corpus.query = q;
      refreshCorpus().then(function () { document.body.setAttribute('data-search', q); });
    }
  }

  // --- tooltip: the metric's fields, straight from its record
  function sectionTitle(doc, id) {
    if (id === null || id === undefined) return null;
    var s = doc.sections.find(function (x) { return x.id === id; });
    return s ? id + ' ' + (s.marker || '') + s.title : id;
  }
  function changeText(c) {
    if (!c) return null;
    return (c.direction === 'up' ? '↑ ' : '↓ ') + show(c.value) + (c.unit || '') + (c.basis ? ' (' + c.basis + ')' : '') + ' — ' + c.raw;
  }
  function metricFields(doc, m) {
    return [
      ['value', m.raw],
      ['base value', show(m.value) + (m.unit ? ' ' + m.unit : '')],
      ['unit', m.unit],
      ['qualifier', m.qualifier],
      ['range', m.valueMax === null ? null : show(m.value) + ' – ' + show(m.valueMax)],
      ['kind', m.kind],
      ['change', m.change ? changeText(m.change) : m.direction ? (m.direction === 'up' ? '↑' : '↓') + (m.basis ? ' (' + m.basis + ')' : '') : null],
      ['from', m.from],
      ['label', m.label],
      ['section', sectionTitle(doc, m.section)],
      ['专栏', m.column],
      ['period', m.period],
      ['id', m.id],
    ];
  }
  function showTip(target) {
    if (!current) return;
    var doc = current.doc;
    var m = doc.metrics[Number(target.getAttribute('data-metric'))];
    tip.replaceChildren(el('dl', null, metricFields(doc, m).flatMap(function (f) { return [el('dt', { text: f[0] }), el('dd', { text: show(f[1]) })]; })));
    tip.classList.remove('hidden');
    var r = target.getBoundingClientRect();
    var top = r.bottom + 6;
    if (top + tip.offsetHeight > window.innerHeight) top = Math.max(0, r.top - tip.offsetHeight - 6);
    tip.style.top = top + 'px';
    tip.style.left = Math.max(0, Math.min(r.left, window.innerWidth - tip.offsetWidth - 4)) + 'px';
  }
  function hideTip() { tip.classList.add('hidden'); }
  function onMark(handler) {
    return function (e) { if (e.target instanceof Element && e.target.matches('mark.metric')) handler(e.target); };
  }
  main.addEventListener('mouseover', onMark(showTip));
  main.addEventListener('focusin', onMark(showTip));
  main.addEventListener('mouseout', onMark(hideTip));
  main.addEventListener('focusout', onMark(hideTip));

  // --- charts: inline SVG bars from the index's statistics; a bar is a link or a filter
  function barChart(caption, entries, limit, barClass, onPick, total) {
    var shown = entries.slice().sort(function (a, b) { return b.value - a.value || String(a.label).localeCompare(String(b.label)); }).slice(0, limit);
    var max = Math.max(1, Math.max.apply(null, shown.map(function (e) { return e.value; }).concat([1])));
    var row = 18, labelW = 150, barW = 200, width = labelW + barW + 50;
    var chart = svg('svg', { width: width, height: Math.max(row, shown.length * row) + 4, role: 'img', 'aria-label': caption });
    shown.forEach(function (e, i) {
      var y = i * row + 2;
      var label = String(e.label);
      var short = Array.from(label).length > 12 ? Array.from(label).slice(0, 11).join('') + '…' : label;
      var g = svg('g', { class: 'bar', tabindex: 0, role: 'button', 'data-label': label }, [svg('title', { text: label + ': ' + e.value })]);
      g.append(svg('text', { x: labelW - 6, y: y + 12, 'text-anchor': 'end', text: short }));
      g.append(svg('rect', { x: labelW, y: y + 2, height: row - 6, width: Math.max(1, (e.value / max) * barW), class: barClass(e) }));
      g.append(svg('text', { x: labelW + Math.max(1, (e.value / max) * barW) + 4, y: y + 12, text: e.value }));
      g.addEventListener('click', function () { onPick(e); });
      g.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); onPick(e); } });
      chart.append(g);
    });
    var count = total === undefined ? entries.length : total;
    var note = count > limit ? ' (top ' + limit + ' of ' + count + ')' : '';
    // the same numbers as a table, for reading and copying
    var table = el('table', { class: 'grid stats' }, [
      el('thead', null, el('tr', null, [el('th', { text: caption.replace(/^Metrics /, '') }), el('th', { class: 'num', text: 'metrics' })])),
      el('tbody', null, shown.map(function (e) { return el('tr', null, [el('td', { text: String(e.label) }), el('td', { class: 'num', text: e.value })]); })),
    ]);
    return el('figure', { class: 'chart' }, [
      el('figcaption', { text: caption + note }),
      entries.length ? chart : el('p', { class: 'empty', text: 'no metrics' }),
      entries.length ? el('details', { class: 'as-table' }, [el('summary', { text: 'as a table' }), table]) : null,
    ]);
  }

  // --- corpus view: a sortable, filterable table of the documents, a page of rows at a time
  var PAGE = 200;
  var CORPUS_COLUMNS = [
    // [heading, key in the row, numeric, filterable]
    ['#', 'n', true, false],
    ['title', 'title', false, false],
    ['id', 'id', false, false],
    ['date', 'date', false, true],
    ['source', 'source', false, true],
    ['docNumber', 'docNumber', false, true],
    ['category', 'category', false, true],
    ['encoding', 'encoding', false, false],
    ['sections', 'sections', true, false],
    ['专栏', 'columns', true, false],
    ['metrics', 'metrics', true, false],
    ['warnings', 'warnings', true, false],
    ['removed', 'removed', true, false],
  ];
  var corpus = { view: null, query: '', filters: {}, sortKey: 'n', sortDir: 1, pick: null, page: 0, shown: [], metricHits: null, token: 0 };
  function cellValue(r, key) { return key === 'n' ? r.n : r[key]; }
  function renderCorpus() {
    if (corpus.view) return corpus.view;
    var t = DATA.totals;
    var prov = DATA.provenance || {};
    var summary = el('p', { class: 'summary' }, [
      ROWS.length + ' documents · ' + t.sections + ' sections · ' + t.columns + ' 专栏 · ' + t.metrics + ' metrics · ' + t.warnings +
        ' warnings · rules ' + (prov.rulesHash || 'unknown') + ' · customs-extract ' + (prov.toolVersion || 'unknown'),
    ]);
    var c = DATA.charts;
    var charts = el('div', { class: 'charts' }, [
      barChart('Metrics per document', c.perDocument, 25, function () { return 'bar-any'; }, function (e) { navigate(docHref(e.doc)); }, c.documentCount),
      barChart('Metrics by unit', c.byUnit, 15, function () { return 'bar-any'; }, function (e) { setPick({ kind: 'unit', value: e.label }); }),
      barChart('Metrics by kind', c.byKind, 5, function (e) { return 'bar-' + e.label; }, function (e) { setPick({ kind: 'kind', value: e.label }); }),
    ]);
    var headRow = el('tr', null, CORPUS_COLUMNS.map(function (col, k) {
      return el('th', { 'data-col': k, 'data-key': col[1], 'aria-sort': k === 0 ? 'ascending' : 'none' }, el('button', { type: 'button', text: col[0] }));
    }));
    var filterRow = el('tr', { class: 'filters' }, CORPUS_COLUMNS.map(function (col) {
      return el('th', null, col[3] ? el('input', { type: 'search', 'data-filter': col[1], placeholder: 'filter ' + col[0], 'aria-label': 'filter ' + col[0] }) : null);
    }));
    var thead = el('thead', null, [headRow, filterRow]);
    var table = el('table', { class: 'grid', id: 'documents' }, [thead, el('tbody')]);
    headRow.addEventListener('click', function (e) {
      var th = e.target instanceof Element ? e.target.closest('th') : null;
      if (!th) return;
      var key = th.getAttribute('data-key');
      corpus.sortDir = corpus.sortKey === key && corpus.sortDir === 1 ? -1 : 1;
      corpus.sortKey = key;
      Array.from(headRow.cells).forEach(function (x) { x.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', corpus.sortDir === 1 ? 'ascending' : 'descending');
      corpus.page = 0;
      refreshCorpus();
    });
    var filterTimer = null;
    filterRow.addEventListener('input', function (e) {
      var input = e.target;
      corpus.filters[input.getAttribute('data-filter')] = lower(input.value.trim());
      clearTimeout(filterTimer);
      filterTimer = setTimeout(function () { corpus.page = 0; refreshCorpus(); }, 120);
    });
    var pager = el('div', { class: 'pager' }, [
      el('button', { type: 'button', id: 'prev-page', text: '← previous' }),
      el('span', { id: 'page-status' }),
      el('button', { type: 'button', id: 'next-page', text: 'next →' }),
      el('span', { id: 'pick' }),
      el('button', { type: 'button', id: 'export', text: 'export these metrics (CSV)' }),
      el('span', { id: 'export-status' }),
    ]);
    pager.addEventListener('click', function (e) {
      var b = e.target instanceof Element ? e.target.closest('button') : null;
      if (!b) return;
      if (b.id === 'prev-page' && corpus.page > 0) { corpus.page--; drawRows(); }
      if (b.id === 'next-page' && (corpus.page + 1) * PAGE < corpus.shown.length) { corpus.page++; drawRows(); }
      if (b.id === 'clear-pick') setPick(null);
      if (b.id === 'export') exportMetrics();
    });
    var matches = el('section', { id: 'metric-matches', class: 'hidden' });
    corpus.view = el('div', { class: 'corpus' }, [summary, el('p', { class: 'legend' }, [el('span', { class: 'kind-quantity', text: 'quantity' }), el('span', { class: 'kind-change', text: 'change' })]), charts, pager, table, matches]);
    return corpus.view;
  }
  function setPick(pick) {
    corpus.pick = pick;
    corpus.page = 0;
    var holder = corpus.view.querySelector('#pick');
    holder.replaceChildren();
    if (pick) holder.append('only documents with metrics of ' + pick.kind + ' ' + pick.value + ' ', el('button', { type: 'button', id: 'clear-pick', text: '× all' }));
    refreshCorpus();
  }
  function pickUnitIndex(pick) { return pick && pick.kind === 'unit' ? DATA.units.indexOf(pick.value) : -1; }
  function metricPicked(m) {
    var p = corpus.pick;
    if (!p) return true;
    if (p.kind === 'unit') return (m.unit === null ? '(no unit)' : m.unit) === p.value;
    return m.kind === p.value;
  }
  /** Rows passing the column filters and the chart's pick (no record needed). */
  function filteredRows() {
    var keys = Object.keys(corpus.filters).filter(function (k) { return corpus.filters[k]; });
    var unit = pickUnitIndex(corpus.pick);
    return ROWS.filter(function (r) {
      for (var k = 0; k < keys.length; k++) if (!lower(r[keys[k]]).includes(corpus.filters[keys[k]])) return false;
      if (corpus.pick && corpus.pick.kind === 'unit' && r.units.indexOf(unit) < 0) return false;
      if (corpus.pick && corpus.pick.kind === 'kind' && r.kinds.indexOf(corpus.pick.value) < 0) return false;
      return true;
    });
  }
  var METRIC_MATCH_LIMIT = 200;
  /** Filters, then the search (which reads the records of the documents left, for their metrics), then sorts. */
  function refreshCorpus() {
    var token = ++corpus.token;
    var q = corpus.query;
    var rows = filteredRows();
    var done;
    if (!q) {
      corpus.metricHits = null;
      done = Promise.resolve(rows);
    } else {
      var hits = { total: 0, found: [] };
      var kept = [];
      done = rows.reduce(function (chain, r) {
        return chain.then(function () {
          if (token !== corpus.token) return;
          var docHit = docHaystack(r).includes(q);
          if (r.metrics === 0) { if (docHit) kept.push(r); return; }
          return loadDocument(r.n - 1).then(function (doc) {
            var metricHit = false;
            doc.metrics.forEach(function (m, j) {
              if (metricPicked(m) && metricHaystack(m).includes(q)) {
                metricHit = true;
                hits.total++;
                if (hits.found.length < METRIC_MATCH_LIMIT) hits.found.push([r.n - 1, j, m]);
              }
            });
            if (docHit || metricHit) kept.push(r);
          });
        });
      }, Promise.resolve()).then(function () { corpus.metricHits = hits; return kept; });
    }
    return done.then(function (kept) {
      if (token !== corpus.token) return;
      var key = corpus.sortKey, dir = corpus.sortDir;
      var numeric = CORPUS_COLUMNS.some(function (c) { return c[1] === key && c[2]; });
      corpus.shown = kept.slice().sort(function (a, b) {
        var x = cellValue(a, key), y = cellValue(b, key);
        if (x === y) return a.n - b.n;
        if (x === null || x === undefined || x === '') return 1; // empty last either way
        if (y === null || y === undefined || y === '') return -1;
        var c = numeric ? x - y : String(x).localeCompare(String(y), 'zh');
        return c * dir || a.n - b.n;
      });
      drawRows();
      drawMatches();
    });
  }
  function drawRows() {
    var tbody = corpus.view.querySelector('#documents tbody');
    var from = corpus.page * PAGE;
    var page = corpus.shown.slice(from, from + PAGE);
    tbody.replaceChildren.apply(tbody, page.map(function (r) {
      var i = r.n - 1;
      return el('tr', { 'data-doc': i }, CORPUS_COLUMNS.map(function (col) {
        var v = cellValue(r, col[1]);
        if (col[1] === 'title') return el('td', null, el('a', { href: docHref(i), text: titleOf(r) }));
        if (col[1] === 'warnings') return el('td', { class: 'num', text: v, title: r.warningText || null });
        return el('td', { class: col[2] ? 'num' : null, text: v === null || v === undefined ? '' : v });
      }));
    }));
    var total = corpus.shown.length;
    corpus.view.querySelector('#page-status').textContent = total ? 'documents ' + (from + 1) + '–' + (from + page.length) + ' of ' + total + (total < ROWS.length ? ' (filtered from ' + ROWS.length + ')' : '') : 'no documents';
    corpus.view.querySelector('#prev-page').disabled = corpus.page === 0;
    corpus.view.querySelector('#next-page').disabled = from + PAGE >= total;
  }
  function drawMatches() {
    var matches = corpus.view.querySelector('#metric-matches');
    var hits = corpus.metricHits;
    if (!hits) { matches.classList.add('hidden'); matches.replaceChildren(); return; }
    var tbody = el('tbody', null, hits.found.map(function (p) {
      var r = ROWS[p[0]], m = p[2];
      return el('tr', { class: 'kind-' + m.kind }, [
        el('td', { text: titleOf(r) }),
        el('td', { title: show(m.value) + (m.unit ? ' ' + m.unit : '') }, el('a', { href: docHref(p[0], 'm', p[1]), text: m.raw })),
        el('td', { text: show(m.unit) }),
        el('td', { text: show(m.label) }),
        el('td', { text: show(m.period) }),
      ]);
    }));
    matches.replaceChildren(
      el('h2', { text: 'Metrics matching: ' + hits.total + (hits.total > hits.found.length ? ' (first ' + hits.found.length + ' shown)' : '') }),
      el('table', { class: 'grid' }, [el('thead', null, el('tr', null, ['document', 'value', 'unit', 'label', 'period'].map(function (h) { return el('th', { text: h }); }))), tbody]),
    );
    matches.classList.remove('hidden');
  }

  // --- export: the metrics of the documents shown (all pages), as the chart pick and the search narrow them
  var EXPORT_FIELDS = ['doc', 'id', 'raw', 'value', 'unit', 'qualifier', 'valueMax', 'kind', 'direction', 'basis', 'label', 'period', 'section', 'column'];
  function csvCell(v) {
    if (v === null || v === undefined) return '';
    var s = typeof v === 'number' ? String(v) : String(v);
    return /[",\r\n]/.test(s) || s !== s.trim() ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function exportMetrics() {
    var q = corpus.query;
    var status = corpus.view.querySelector('#export-status');
    status.textContent = 'exporting…';
    var lines = [EXPORT_FIELDS.join(',')];
    var rows = corpus.shown.slice();
    var chain = rows.reduce(function (p, r) {
      return p.then(function () {
        if (r.metrics === 0) return;
        return loadDocument(r.n - 1).then(function (doc) {
          var docHit = q && docHaystack(r).includes(q);
          doc.metrics.forEach(function (m) {
            if (!metricPicked(m)) return;
            if (q && !docHit && !metricHaystack(m).includes(q)) return;
            lines.push(EXPORT_FIELDS.map(function (f) { return csvCell(m[f]); }).join(','));
          });
        });
      });
    }, Promise.resolve());
    return chain.then(function () {
      var blob = new Blob(['\uFEFF' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
      var a = el('a', { href: URL.createObjectURL(blob), download: 'metrics.csv', class: 'hidden' });
      document.body.append(a);
      a.click();
      a.remove();
      status.textContent = (lines.length - 1) + ' metrics exported';
      document.body.setAttribute('data-exported', String(lines.length - 1));
    });
  }

  // --- document view, built on demand for one document at a time
  function clamp(n, text) { return Math.max(0, Math.min(n, text.length)); }
  /** The cleaned text with metrics highlighted, section and 专栏 anchors, removed blocks in place. */
  function renderText(doc, chars) {
    var root = el('div', { class: 'text' });
    var n = chars.length;
    var at = function (p) { return clamp(p, chars); };
    // What happens at each offset, in the order it must happen there
    var events = new Map();
    function ev(p, kind, payload) {
      p = at(p);
      if (!events.has(p)) events.set(p, { closeMetric: [], closeColumn: [], textTable: [], removed: [], section: [], openColumn: [], openMetric: [] });
      events.get(p)[kind].push(payload);
    }
    doc.metrics.forEach(function (m, i) { ev(m.span[0], 'openMetric', i); ev(m.span[1], 'closeMetric', i); });
    doc.columns.forEach(function (c, i) { ev(c.span[0], 'openColumn', i); ev(c.span[1], 'closeColumn', i); });
    doc.sections.forEach(function (s, i) { ev(s.span[0], 'section', i); });
    doc.removed.forEach(function (r, i) { ev(r.at, 'removed', i); });
    textTables(doc, chars).forEach(function (t) { ev(t.end, 'textTable', t); });
    ev(0, 'section', -1); ev(n, 'section', -1); // make sure both ends are stops
    var stops = Array.from(events.keys()).sort(function (a, b) { return a - b; });
    var stack = []; // open metric marks: { index, node }
    var openColumns = 0;
    function parent() { return stack.length ? stack[stack.length - 1].node : root; }
    stops.forEach(function (p, k) {
      var e = events.get(p);
      // A metric ends: close it (and, if spans cross, any mark opened inside it: each metric
      // keeps exactly one highlight element, cut short rather than duplicated)
      e.closeMetric.forEach(function (i) {
        var depth = stack.findIndex(function (s) { return s.index === i; });
        if (depth >= 0) stack.length = depth;
      });
      e.textTable.forEach(function (t) { parent().append(textTable(t)); });
      e.closeColumn.forEach(function (i) {
        openColumns = Math.max(0, openColumns - 1);
        var c = doc.columns[i];
        if (c.table) parent().append(columnTable(c));
      });
      e.removed.forEach(function (i) {
        var r = doc.removed[i];
        parent().append(el('details', { class: 'removed', 'data-rule': r.rule }, [
          el('summary', { text: 'removed by ' + r.rule + ' (' + Array.from(r.text).length + ' characters)' }),
          el('span', { class: 'removed-text', text: r.text }),
        ]));
      });
      e.section.forEach(function (i) {
        if (i < 0) return;
        var s = doc.sections[i];
        parent().append(el('span', { class: 'sec-anchor', id: 'sec-' + i, tabindex: -1, 'data-section': s.id, 'data-label': '§ ' + s.id }));
      });
      e.openColumn.forEach(function (i) {
        openColumns++;
        var c = doc.columns[i];
        parent().append(el('span', { class: 'col-start', id: 'col-' + i, tabindex: -1, 'data-column': c.id, text: '专栏 ' + c.id + ' · ' + c.title }));
      });
      e.openMetric.sort(function (a, b) { return doc.metrics[b].span[1] - doc.metrics[a].span[1] || a - b; });
      e.openMetric.forEach(function (i) {
        var m = doc.metrics[i];
        var mark = el('mark', { class: 'metric kind-' + m.kind, id: 'm-' + i, tabindex: 0, 'data-metric': i });
        parent().append(mark);
        if (at(m.span[1]) > p) stack.push({ index: i, node: mark });
      });
      var next = stops[k + 1];
      if (next !== undefined && next > p) {
        var piece = chars.slice(p, next).join('');
        parent().append(openColumns > 0 ? el('span', { class: 'in-col', text: piece }) : piece);
      }
    });
    return root;
  }
  // Tables in the text outside 专栏 (HTML and text dumps give them as "cell | cell |" lines):
  // shown again as a table after their last line; the text itself stays as it is.
  var TABLE_LINE = /^[^|\n]*\|[^\n]*\|\s*$/;
  function textTables(doc, chars) {
    var boxed = doc.columns.filter(function (c) { return c.table; }).map(function (c) { return c.span; });
    var tables = [];
    var run = [];
    var start = 0;
    function flush() {
      var inBox = run.length && boxed.some(function (sp) { return run[0].start >= sp[0] && run[0].start < sp[1]; });
      if (run.length >= 2 && !inBox) tables.push({ end: run[run.length - 1].end, rows: run.map(function (l) { return l.cells; }) });
      run = [];
    }
    var text = chars.join('');
    text.split('\n').forEach(function (line) {
      var length = Array.from(line).length;
      if (TABLE_LINE.test(line)) {
        var cells = line.replace(/\|\s*$/, '').split('|').map(function (c) { return c.trim(); });
        run.push({ start: start, end: start + length, cells: cells });
      } else flush();
      start += length + 1;
    });
    flush();
    return tables;
  }
  function textTable(t) {
    var width = Math.max.apply(null, t.rows.map(function (r) { return r.length; }));
    var pad = function (r) { return r.concat(new Array(width - r.length).fill('')); };
    return el('figure', { class: 'text-table' }, [
      el('figcaption', { text: 'table (' + t.rows.length + ' rows)' }),
      el('table', null, [
        el('thead', null, el('tr', null, pad(t.rows[0]).map(function (h) { return el('th', { text: h }); }))),
        el('tbody', null, t.rows.slice(1).map(function (r) { return el('tr', null, pad(r).map(function (x) { return el('td', { text: x }); })); })),
      ]),
    ]);
  }
  function columnTable(c) {
    var t = c.table;
    return el('figure', { class: 'col-table', 'data-column': c.id }, [
      el('figcaption', { text: '专栏 ' + c.id + ' · ' + c.title + ' (table)' }),
      el('table', null, [
        el('thead', null, el('tr', null, t.header.map(function (h) { return el('th', { text: h }); }))),
        el('tbody', null, t.rows.map(function (r) { return el('tr', null, r.map(function (x) { return el('td', { text: x }); })); })),
      ]),
    ]);
  }
  function outline(docIndex, doc) {
    var sections = el('ol', { class: 'sections' }, doc.sections.map(function (s, i) {
      return el('li', { 'data-level': s.level }, el('a', { href: docHref(docIndex, 's', s.id), 'data-target': 'sec-' + i, title: s.title, text: (s.marker || '') + s.title }));
    }));
    Array.from(sections.children).forEach(function (li) { li.firstChild.style.paddingLeft = (Number(li.getAttribute('data-level')) - 1) * 12 + 'px'; });
    var columns = el('ol', { class: 'columns' }, doc.columns.map(function (c, i) {
      return el('li', null, el('a', { href: docHref(docIndex, 'c', c.id), 'data-target': 'col-' + i, title: c.title, text: '专栏 ' + c.id + ' · ' + c.title }));
    }));
    return el('nav', { class: 'outline', 'aria-label': 'outline' }, [
      el('p', null, el('a', { href: '#', text: '← all documents' })),
      el('h2', { text: 'Sections (' + doc.sections.length + ')' }),
      doc.sections.length ? sections : el('p', { class: 'empty', text: 'no sections' }),
      el('h2', { text: '专栏 (' + doc.columns.length + ')' }),
      doc.columns.length ? columns : el('p', { class: 'empty', text: 'no 专栏' }),
    ]);
  }
  // the value is shown as written (43.8万亿元) and sorts by its value in base units
  var METRIC_COLUMNS = [
    ['#', function (m, i) { return i + 1; }, true],
    ['value', function (m) { return m.value; }, true],
    ['unit', function (m) { return m.unit; }],
    ['qualifier', function (m) { return m.qualifier; }],
    ['kind', function (m) { return m.kind; }],
    ['label', function (m) { return m.label; }],
    ['section', function (m) { return m.section; }],
    ['period', function (m) { return m.period; }],
    ['change', function (m) { return m.change ? changeText(m.change) : m.direction; }],
  ];
  function metricsTable(docIndex, doc) {
    var tbody = el('tbody', null, doc.metrics.map(function (m, i) {
      return el('tr', { class: 'kind-' + m.kind, 'data-metric': i }, METRIC_COLUMNS.map(function (c, k) {
        var v = c[1](m, i);
        if (k === 1) return el('td', { title: show(m.value) + (m.unit ? ' ' + m.unit : '') }, el('a', { href: docHref(docIndex, 'm', i), 'data-target': 'm-' + i, text: m.raw }));
        return el('td', { class: c[2] ? 'num' : null, text: show(v) });
      }));
    }));
    var table = el('table', { class: 'grid', id: 'metrics' }, [
      el('thead', null, el('tr', null, METRIC_COLUMNS.map(function (c, k) {
        return el('th', { 'data-col': k, 'aria-sort': k === 0 ? 'ascending' : 'none' }, el('button', { type: 'button', text: c[0] }));
      }))),
      tbody,
    ]);
    table.tHead.addEventListener('click', function (e) {
      var th = e.target instanceof Element ? e.target.closest('th') : null;
      if (!th) return;
      var k = Number(th.getAttribute('data-col'));
      var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      Array.from(table.tHead.rows[0].cells).forEach(function (x) { x.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      var key = METRIC_COLUMNS[k][1];
      var rows = Array.from(tbody.rows);
      rows.sort(function (a, b) {
        var i = Number(a.getAttribute('data-metric')), j = Number(b.getAttribute('data-metric'));
        var x = key(doc.metrics[i], i), y = key(doc.metrics[j], j);
        if (x === y) return i - j;
        if (x === null || x === undefined) return 1; // nulls last either way
        if (y === null || y === undefined) return -1;
        var c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh');
        return c * dir || i - j;
      });
      tbody.append.apply(tbody, rows);
    });
    return el('aside', { class: 'metrics', 'aria-label': 'metrics' }, [
      el('h2', { text: 'Metrics (' + doc.metrics.length + ')' }),
      doc.metrics.length ? table : el('p', { class: 'empty', text: 'no metrics' }),
    ]);
  }
  function filterMetricsTable(q) {
    var doc = current.doc;
    current.view.querySelectorAll('#metrics tbody tr').forEach(function (tr) {
      var m = doc.metrics[Number(tr.getAttribute('data-metric'))];
      tr.classList.toggle('hidden', !!q && !metricHaystack(m).includes(q));
    });
  }
  function renderDocument(docIndex, doc) {
    var chars = Array.from(doc.text); // spans count code points, not UTF-16 units
    var metaRows = Object.keys(doc.metadata).filter(function (k) { return doc.metadata[k] !== undefined; }).flatMap(function (k) {
      return [el('dt', { text: k }), el('dd', { text: show(doc.metadata[k]) })];
    });
    var reader = el('article', { class: 'reader' }, [
      el('h2', { class: 'doc-title', text: titleOf(doc) }),
      el('div', { class: 'meta' }, [
        el('div', { text: doc.path + ' · ' + doc.format + ' · ' + doc.encoding.name + ' (' + doc.encoding.how + ') · ' + doc.bytes + ' bytes · ' + chars.length + ' characters' }),
        metaRows.length ? el('dl', null, metaRows) : null,
      ]),
      doc.warnings.length ? el('ul', { class: 'warnings' }, doc.warnings.map(function (w) { return el('li', { text: w.severity + ' ' + w.code + ': ' + w.message }); })) : null,
      el('p', { class: 'legend' }, [el('span', { class: 'kind-quantity', text: 'quantity' }), el('span', { class: 'kind-change', text: 'change' }), 'removed boilerplate is greyed; click to expand']),
      renderText(doc, chars),
    ]);
    return el('div', { class: 'doc', 'data-doc': docIndex, 'data-doc-id': doc.id }, [outline(docIndex, doc), reader, metricsTable(docIndex, doc)]);
  }

  // --- navigation: #doc/ID, #doc/ID/m/INDEX, #doc/ID/s/SECTION, #doc/ID/c/COLUMN
  function parseHash(hash) {
    var parts = hash.replace(/^#/, '').split('/');
    if (parts[0] !== 'doc' || parts.length < 2) return null;
    var docIndex = INDEX.get(decodeURIComponent(parts[1]));
    if (docIndex === undefined) return null;
    return { docIndex: docIndex, kind: parts[2] || null, key: parts[3] !== undefined ? decodeURIComponent(parts[3]) : null };
  }
  function targetId(route, doc) {
    if (route.kind === 'm') return 'm-' + Number(route.key);
    if (route.kind === 's') return 'sec-' + doc.sections.findIndex(function (s) { return s.id === route.key; });
    if (route.kind === 'c') return 'col-' + doc.columns.findIndex(function (c) { return c.id === route.key; });
    return null;
  }
  function showCorpus() {
    current = null;
    heading.textContent = 'customs-extract review · ' + ROWS.length + ' documents';
    var first = !corpus.view;
    main.replaceChildren(renderCorpus());
    if (first) return refreshCorpus();
    return Promise.resolve();
  }
  var routing = 0;
  function showDocument(route) {
    // the document on screen is shown at once; another is read first
    if (current && current.docIndex === route.docIndex) {
      landOn(route, current.doc);
      return Promise.resolve();
    }
    var token = routing;
    return loadDocument(route.docIndex).then(function (doc) {
      if (token !== routing) return;
      var view = renderDocument(route.docIndex, doc);
      current = { docIndex: route.docIndex, doc: doc, view: view };
      heading.textContent = titleOf(doc);
      main.replaceChildren(view);
      filterMetricsTable(lower(search.value.trim()));
      landOn(route, doc);
    });
  }
  function landOn(route, doc) {
    var id = targetId(route, doc);
    var target = id ? document.getElementById(id) : null;
    if (target) {
      target.scrollIntoView({ block: route.kind === 'm' ? 'center' : 'start' });
      target.focus({ preventScroll: true });
    } else {
      current.view.querySelector('article.reader').scrollTop = 0;
    }
  }
  function route() {
    routing++;
    var r = parseHash(location.hash);
    hideTip();
    return r ? showDocument(r) : showCorpus();
  }
  function navigate(href) {
    if (href !== location.hash) history.pushState(null, '', href === '#' ? location.pathname : href);
    return route();
  }
  // In-page links navigate without waiting for hashchange, so clicking the same link twice
  // still jumps (the hash does not change the second time).
  document.addEventListener('click', function (e) {
    var a = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    navigate(a.getAttribute('href'));
  });
  main.addEventListener('click', function (e) {
    var tr = e.target instanceof Element ? e.target.closest('aside.metrics tbody tr') : null;
    if (!tr || (e.target instanceof Element && e.target.closest('a'))) return;
    tr.querySelector('a').click();
  });
  window.addEventListener('hashchange', route);
  window.addEventListener('popstate', route);
  performance.mark('review-script');
  inflate(document.getElementById('index').textContent).then(function (data) {
    performance.mark('review-index');
    DATA = data;
    // the index comes column by column: one object a document here
    var names = Object.keys(data.columns);
    ROWS = new Array(data.count);
    for (var i = 0; i < data.count; i++) {
      var r = { n: i + 1 };
      for (var k = 0; k < names.length; k++) r[names[k]] = data.columns[names[k]][i];
      ROWS[i] = r;
    }
    INDEX = new Map(ROWS.map(function (r, i) { return [r.id, i]; }));
    return route();
  }).then(function () {
    performance.mark('review-ready');
    document.body.setAttribute('data-ready', 'true');
  }, function (e) {
    main.replaceChildren(el('p', { class: 'error', text: 'the review page could not read its data: ' + (e && e.message ? e.message : String(e)) }));
    throw e;
  });
})();
`;
