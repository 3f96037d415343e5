// The review page's script, inlined. It reads the dataset from the page's JSON block and builds
// every view with DOM calls: data only ever reaches the page through textContent, attribute
// values and JSON, never through innerHTML, so scraped text cannot become markup.
// Plain ES2020 in a string: no backticks and no "${" inside (this is a template literal), and
// no closing script tag (checked by tests/review/render-review.test.ts).
export const PAGE_SCRIPT = String.raw`
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var DATA = JSON.parse(document.getElementById('dataset').textContent);
  var DOCS = DATA.documents;
  var INDEX = new Map(DOCS.map(function (d, i) { return [d.id, i]; }));
  var main = document.getElementById('main');
  var heading = document.getElementById('heading');
  var search = document.getElementById('search');
  var tip = document.getElementById('tip');
  var current = null; // { docIndex, view } of the document view on screen

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
    var h = '#doc/' + encodeURIComponent(DOCS[docIndex].id);
    return kind ? h + '/' + kind + '/' + encodeURIComponent(String(key)) : h;
  }
  function titleOf(doc) { return doc.title || doc.id; }
  function lower(s) { return s === null || s === undefined ? '' : String(s).toLowerCase(); }

  // --- search: one box; the corpus view filters documents and lists matching metrics,
  // the document view filters its metrics table
  function metricHaystack(m) { return lower([m.raw, m.label, m.unit, m.section, m.period, m.column].join(' ')); }
  var docHaystacks = null;
  function docHaystack(i) {
    if (!docHaystacks) docHaystacks = DOCS.map(function (d) { return lower([d.id, d.path, d.title].join(' ')); });
    return docHaystacks[i];
  }
  var searchTimer = null;
  search.addEventListener('input', function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(applySearch, 120);
  });
  function applySearch() {
    var q = lower(search.value.trim());
    if (current) filterMetricsTable(q);
    else filterCorpus(q);
    document.body.setAttribute('data-search', q);
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
      ['raw', m.raw],
      ['value', show(m.value) + (m.unit ? ' ' + m.unit : '')],
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
    var doc = DOCS[current.docIndex];
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

  // --- charts: inline SVG bars from counts of the records
  function countBy(items, keyOf) {
    var counts = new Map();
    items.forEach(function (x) { var k = keyOf(x); counts.set(k, (counts.get(k) || 0) + 1); });
    return Array.from(counts.entries()).map(function (e) { return { label: e[0], value: e[1] }; });
  }
  function barChart(caption, entries, limit, barClass) {
    var shown = entries.slice().sort(function (a, b) { return b.value - a.value || String(a.label).localeCompare(String(b.label)); }).slice(0, limit);
    var max = Math.max(1, Math.max.apply(null, shown.map(function (e) { return e.value; })));
    var row = 18, labelW = 150, barW = 200, width = labelW + barW + 50;
    var chart = svg('svg', { width: width, height: Math.max(row, shown.length * row) + 4, role: 'img', 'aria-label': caption });
    shown.forEach(function (e, i) {
      var y = i * row + 2;
      var label = String(e.label);
      var short = Array.from(label).length > 12 ? Array.from(label).slice(0, 11).join('') + '…' : label;
      var g = svg('g', { class: 'bar' }, [svg('title', { text: label + ': ' + e.value })]);
      g.append(svg('text', { x: labelW - 6, y: y + 12, 'text-anchor': 'end', text: short }));
      g.append(svg('rect', { x: labelW, y: y + 2, height: row - 6, width: Math.max(1, (e.value / max) * barW), class: barClass(e) }));
      g.append(svg('text', { x: labelW + Math.max(1, (e.value / max) * barW) + 4, y: y + 12, text: e.value }));
      chart.append(g);
    });
    var note = entries.length > limit ? ' (top ' + limit + ' of ' + entries.length + ')' : '';
    return el('figure', { class: 'chart' }, [el('figcaption', { text: caption + note }), entries.length ? chart : el('p', { class: 'empty', text: 'no metrics' })]);
  }

  // --- corpus view
  var corpusView = null;
  function renderCorpus() {
    if (corpusView) return corpusView;
    var allMetrics = DOCS.flatMap(function (d) { return d.metrics; });
    var count = function (f) { return DOCS.reduce(function (n, d) { return n + f(d); }, 0); };
    var prov = DATA.provenance || {};
    var summary = el('p', { class: 'summary' }, [
      DOCS.length + ' documents · ' + count(function (d) { return d.sections.length; }) + ' sections · ' +
        count(function (d) { return d.columns.length; }) + ' 专栏 · ' + allMetrics.length + ' metrics · ' +
        count(function (d) { return d.warnings.length; }) + ' warnings · rules ' + (prov.rulesHash || 'unknown') +
        ' · customs-extract ' + (prov.toolVersion || 'unknown'),
    ]);
    var charts = el('div', { class: 'charts' }, [
      barChart('Metrics per document', DOCS.map(function (d) { return { label: titleOf(d), value: d.metrics.length }; }), 25, function () { return 'bar-any'; }),
      barChart('Metrics by unit', countBy(allMetrics, function (m) { return m.unit === null ? '(no unit)' : m.unit; }), 15, function () { return 'bar-any'; }),
      barChart('Metrics by kind', countBy(allMetrics, function (m) { return m.kind; }), 5, function (e) { return 'bar-' + e.label; }),
    ]);
    var head = ['#', 'title', 'id', 'encoding', 'sections', '专栏', 'metrics', 'warnings', 'removed'];
    var body = el('tbody');
    DOCS.forEach(function (d, i) {
      body.append(el('tr', { 'data-doc': i }, [
        el('td', { class: 'num', text: i + 1 }),
        el('td', null, el('a', { href: docHref(i), text: titleOf(d) })),
        el('td', { text: d.id }),
        el('td', { text: d.encoding.name + ' (' + d.encoding.how + ')' }),
        el('td', { class: 'num', text: d.sections.length }),
        el('td', { class: 'num', text: d.columns.length }),
        el('td', { class: 'num', text: d.metrics.length }),
        el('td', { class: 'num', text: d.warnings.length, title: d.warnings.map(function (w) { return w.code + ': ' + w.message; }).join('\n') || null }),
        el('td', { class: 'num', text: d.removed.length }),
      ]));
    });
    var docTable = el('table', { class: 'grid', id: 'documents' }, [el('thead', null, el('tr', null, head.map(function (h) { return el('th', { text: h }); }))), body]);
    var matches = el('section', { id: 'metric-matches', class: 'hidden' });
    corpusView = el('div', { class: 'corpus' }, [summary, el('p', { class: 'legend' }, [el('span', { class: 'kind-quantity', text: 'quantity' }), el('span', { class: 'kind-change', text: 'change' })]), charts, docTable, matches]);
    return corpusView;
  }
  var METRIC_MATCH_LIMIT = 200;
  function filterCorpus(q) {
    var rows = corpusView.querySelectorAll('#documents tbody tr');
    var matches = corpusView.querySelector('#metric-matches');
    var found = [];
    var total = 0;
    DOCS.forEach(function (d, i) {
      var docHit = !q || docHaystack(i).includes(q);
      var metricHit = false;
      if (q) d.metrics.forEach(function (m, j) {
        if (metricHaystack(m).includes(q)) {
          metricHit = true;
          total++;
          if (found.length < METRIC_MATCH_LIMIT) found.push([i, j]);
        }
      });
      rows[i].classList.toggle('hidden', !(docHit || metricHit));
    });
    if (!q) { matches.classList.add('hidden'); matches.replaceChildren(); return; }
    var tbody = el('tbody', null, found.map(function (p) {
      var d = DOCS[p[0]], m = d.metrics[p[1]];
      return el('tr', { class: 'kind-' + m.kind }, [
        el('td', { text: titleOf(d) }),
        el('td', null, el('a', { href: docHref(p[0], 'm', p[1]), text: m.raw })),
        el('td', { class: 'num', text: show(m.value) }),
        el('td', { text: show(m.unit) }),
        el('td', { text: show(m.label) }),
      ]);
    }));
    matches.replaceChildren(
      el('h2', { text: 'Metrics matching: ' + total + (total > found.length ? ' (first ' + found.length + ' shown)' : '') }),
      el('table', { class: 'grid' }, [el('thead', null, el('tr', null, ['document', 'raw', 'value', 'unit', 'label'].map(function (h) { return el('th', { text: h }); }))), tbody]),
    );
    matches.classList.remove('hidden');
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
      if (!events.has(p)) events.set(p, { closeMetric: [], closeColumn: [], removed: [], section: [], openColumn: [], openMetric: [] });
      events.get(p)[kind].push(payload);
    }
    doc.metrics.forEach(function (m, i) { ev(m.span[0], 'openMetric', i); ev(m.span[1], 'closeMetric', i); });
    doc.columns.forEach(function (c, i) { ev(c.span[0], 'openColumn', i); ev(c.span[1], 'closeColumn', i); });
    doc.sections.forEach(function (s, i) { ev(s.span[0], 'section', i); });
    doc.removed.forEach(function (r, i) { ev(r.at, 'removed', i); });
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
  var METRIC_COLUMNS = [
    ['#', function (m, i) { return i + 1; }, true],
    ['raw', function (m) { return m.raw; }],
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
        if (k === 1) return el('td', null, el('a', { href: docHref(docIndex, 'm', i), 'data-target': 'm-' + i, text: m.raw }));
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
    var doc = DOCS[current.docIndex];
    current.view.querySelectorAll('#metrics tbody tr').forEach(function (tr) {
      var m = doc.metrics[Number(tr.getAttribute('data-metric'))];
      tr.classList.toggle('hidden', !!q && !metricHaystack(m).includes(q));
    });
  }
  function renderDocument(docIndex) {
    var doc = DOCS[docIndex];
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
  function targetId(route) {
    var doc = DOCS[route.docIndex];
    if (route.kind === 'm') return 'm-' + Number(route.key);
    if (route.kind === 's') return 'sec-' + doc.sections.findIndex(function (s) { return s.id === route.key; });
    if (route.kind === 'c') return 'col-' + doc.columns.findIndex(function (c) { return c.id === route.key; });
    return null;
  }
  function showCorpus() {
    current = null;
    heading.textContent = 'customs-extract review · ' + DOCS.length + ' documents';
    main.replaceChildren(renderCorpus());
    filterCorpus(lower(search.value.trim()));
  }
  function showDocument(route) {
    if (!current || current.docIndex !== route.docIndex) {
      var view = renderDocument(route.docIndex);
      current = { docIndex: route.docIndex, view: view };
      heading.textContent = titleOf(DOCS[route.docIndex]);
      main.replaceChildren(view);
      filterMetricsTable(lower(search.value.trim()));
    }
    var id = targetId(route);
    var target = id ? document.getElementById(id) : null;
    if (target) {
      target.scrollIntoView({ block: route.kind === 'm' ? 'center' : 'start' });
      target.focus({ preventScroll: true });
    } else {
      current.view.querySelector('article.reader').scrollTop = 0;
    }
  }
  function route() {
    var r = parseHash(location.hash);
    hideTip();
    if (r) showDocument(r);
    else showCorpus();
  }
  // In-page links navigate without waiting for hashchange, so clicking the same link twice
  // still jumps (the hash does not change the second time).
  document.addEventListener('click', function (e) {
    var a = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    var href = a.getAttribute('href');
    if (href !== location.hash) history.pushState(null, '', href === '#' ? location.pathname : href);
    route();
  });
  main.addEventListener('click', function (e) {
    var tr = e.target instanceof Element ? e.target.closest('aside.metrics tbody tr') : null;
    if (!tr || (e.target instanceof Element && e.target.closest('a'))) return;
    tr.querySelector('a').click();
  });
  window.addEventListener('hashchange', route);
  window.addEventListener('popstate', route);
  route();
  document.body.setAttribute('data-ready', 'true');
})();
`;
