// The review page's stylesheet, inlined so the page needs no network and no other file.
// Kind colours are declared once here (--quantity, --change) and used by highlights, the
// metrics table and the charts alike.
export const PAGE_STYLES = `
:root {
  --quantity: #cfe3ff; --quantity-edge: #2f6fd0;
  --change: #ffe0b8; --change-edge: #c66a00;
  --removed: #8a8a8a; --column: #f3f7ee; --column-edge: #7aa35a;
  --line: #ddd; --muted: #666; --bg: #fff; --fg: #1d1d1f;
  font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif;
  font-size: 14px; color: var(--fg); background: var(--bg);
}
* { box-sizing: border-box; }
body { margin: 0; }
header.bar { display: flex; gap: 12px; align-items: center; padding: 8px 14px; border-bottom: 1px solid var(--line); height: 48px; }
header.bar h1 { font-size: 16px; margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 55vw; }
header.bar input[type=search] { margin-left: auto; width: 280px; padding: 5px 8px; font: inherit; }
a { color: #1a56b0; }
main { height: calc(100vh - 48px); overflow: auto; }
.corpus { padding: 12px 16px; }
.summary { color: var(--muted); margin: 0 0 10px; }
.charts { display: flex; gap: 18px; flex-wrap: wrap; margin-bottom: 12px; }
.charts figure { margin: 0; border: 1px solid var(--line); padding: 6px 8px; }
.charts figcaption { font-weight: 600; margin-bottom: 4px; }
.charts svg text { font-size: 11px; fill: var(--fg); }
.charts .bar-quantity, .charts .bar-any { fill: var(--quantity-edge); }
.charts .bar-change { fill: var(--change-edge); }
table.grid { border-collapse: collapse; width: 100%; }
table.grid th, table.grid td { border-bottom: 1px solid var(--line); padding: 3px 6px; text-align: left; vertical-align: top; }
table.grid th { position: sticky; top: 0; background: #f6f6f6; z-index: 1; }
table.grid td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.grid th button { all: unset; cursor: pointer; font-weight: 600; }
table.grid th[aria-sort=ascending] button::after { content: " ▲"; }
table.grid th[aria-sort=descending] button::after { content: " ▼"; }
.hidden { display: none !important; }
.doc { display: grid; grid-template-columns: 240px minmax(0, 1fr) minmax(0, 44%); height: 100%; }
.doc > * { overflow: auto; height: 100%; }
nav.outline { border-right: 1px solid var(--line); padding: 8px 10px; font-size: 13px; }
nav.outline h2, aside.metrics h2 { font-size: 13px; margin: 8px 0 4px; color: var(--muted); }
nav.outline ol { list-style: none; margin: 0; padding: 0; }
nav.outline li { margin: 2px 0; }
nav.outline a { text-decoration: none; display: block; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
article.reader { padding: 10px 18px 40vh; }
article.reader .meta { color: var(--muted); font-size: 12px; margin-bottom: 8px; }
article.reader .meta dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 10px; margin: 4px 0; }
article.reader .meta dt { font-weight: 600; }
article.reader .meta dd { margin: 0; }
.warnings { color: #8a4b00; font-size: 12px; margin: 4px 0 8px; padding-left: 18px; }
.text { white-space: pre-wrap; line-height: 1.9; font-size: 15px; }
.sec-anchor::before { content: attr(data-label); font-size: 10px; color: #fff; background: #555; border-radius: 3px; padding: 0 4px; margin-right: 4px; vertical-align: 2px; }
.sec-anchor:focus, .col-start:focus { outline: 2px solid #555; outline-offset: 2px; }
.in-col { background: var(--column); }
.col-start { display: inline-block; font-size: 11px; color: #fff; background: var(--column-edge); border-radius: 3px; padding: 0 5px; margin-right: 4px; }
figure.text-table { margin: 6px 0 10px; white-space: normal; border-left: 3px solid var(--line); padding-left: 8px; }
figure.text-table figcaption { font-size: 12px; color: var(--muted); }
figure.text-table table { border-collapse: collapse; font-size: 13px; line-height: 1.4; }
figure.text-table th, figure.text-table td { border: 1px solid var(--line); padding: 2px 6px; }
figure.col-table { margin: 6px 0 10px; white-space: normal; border-left: 3px solid var(--column-edge); padding-left: 8px; }
figure.col-table figcaption { font-size: 12px; color: var(--muted); }
figure.col-table table { border-collapse: collapse; font-size: 13px; line-height: 1.4; }
figure.col-table th, figure.col-table td { border: 1px solid var(--line); padding: 2px 6px; }
mark.metric { border-radius: 3px; padding: 0 1px; color: inherit; border-bottom: 2px solid; cursor: help; }
mark.kind-quantity { background: var(--quantity); border-color: var(--quantity-edge); }
mark.kind-change { background: var(--change); border-color: var(--change-edge); }
mark.metric:focus { outline: 3px solid #111; outline-offset: 1px; }
details.removed { display: block; color: var(--removed); font-size: 12px; line-height: 1.5; margin: 2px 0; white-space: pre-wrap; }
details.removed summary { cursor: pointer; list-style: none; }
details.removed summary::before { content: "▸ "; }
details.removed[open] summary::before { content: "▾ "; }
details.removed .removed-text { text-decoration: line-through; background: #f4f4f4; }
aside.metrics { border-left: 1px solid var(--line); padding: 0 8px 20px; font-size: 12px; }
aside.metrics tr.kind-quantity td:first-child { border-left: 4px solid var(--quantity-edge); }
aside.metrics tr.kind-change td:first-child { border-left: 4px solid var(--change-edge); }
aside.metrics tbody tr { cursor: pointer; }
aside.metrics tbody tr:hover { background: #f3f6fb; }
.legend span { display: inline-block; padding: 0 6px; margin-right: 6px; border-radius: 3px; }
.legend .kind-quantity { background: var(--quantity); }
.legend .kind-change { background: var(--change); }
#tip { position: fixed; z-index: 10; max-width: 360px; background: #222; color: #eee; font-size: 12px; padding: 6px 8px; border-radius: 4px; pointer-events: none; }
#tip dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 8px; margin: 0; }
#tip dt { color: #aaa; }
#tip dd { margin: 0; word-break: break-all; }
.empty { color: var(--muted); font-style: italic; }
aside.metrics td:nth-child(2), #metric-matches td:nth-child(2) { white-space: nowrap; }
.pager { display: flex; gap: 10px; align-items: center; margin: 8px 0; flex-wrap: wrap; }
.pager button { font: inherit; }
#export { margin-left: auto; }
table.grid tr.filters th { top: 26px; padding: 2px 4px; }
table.grid tr.filters input { width: 100%; min-width: 70px; font: inherit; font-size: 12px; padding: 2px 4px; }
.charts g.bar { cursor: pointer; }
.charts g.bar:focus rect, .charts g.bar:hover rect { opacity: 0.75; }
details.as-table summary { cursor: pointer; color: var(--muted); font-size: 12px; }
table.stats { margin-top: 4px; font-size: 12px; }
.error { color: #a00; padding: 12px 16px; }
`;
