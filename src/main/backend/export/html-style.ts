/**
 * Inline CSS for the standalone HTML matrix: a self-contained file that opens the same
 * way offline, in a browser or an e-mail attachment, without fetching anything.
 */
export const MATRIX_CSS = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif; margin: 1.5rem; color: #1b1b1b; background: #fff; }
h1 { font-size: 1.5rem; margin: 0 0 .75rem; }
p.caption { margin: -.5rem 0 .75rem; color: #555; font-style: italic; }
p.legend-title { margin: 0 0 .2rem; font-weight: 600; }
ul.legend { list-style: none; padding: 0; margin: 0 0 1.25rem; }
ul.legend li { margin: .1rem 0; }
table.matrix { border-collapse: separate; border-spacing: 0; border-top: 1px solid #bdbdbd; border-left: 1px solid #bdbdbd; }
.matrix th, .matrix td { border-right: 1px solid #bdbdbd; border-bottom: 1px solid #bdbdbd; padding: .4rem .55rem; vertical-align: top; text-align: left; }
.matrix thead th { position: sticky; top: 0; z-index: 2; background: #eeeeee; }
.matrix tbody th { position: sticky; left: 0; z-index: 1; background: #fafafa; font-weight: 600; min-width: 9rem; max-width: 16rem; }
.matrix thead th:first-child { left: 0; z-index: 3; }
.quotes-mode td { min-width: 16rem; max-width: 30rem; }
.swatch { display: inline-block; width: .75em; height: .75em; margin-right: .4em; border-radius: 2px; border: 1px solid rgba(0, 0, 0, .25); vertical-align: -.05em; }
ul.quotes { margin: 0; padding-left: 1.1rem; }
ul.quotes li + li { margin-top: .55rem; }
cite { font-style: normal; color: #555; white-space: nowrap; }
.memo, .note { margin-top: .15rem; font-size: .85em; font-style: italic; color: #555; }
.also { margin-top: .1rem; font-size: .8em; color: #777; }
td.empty { background: repeating-linear-gradient(135deg, #fbe9e7 0 6px, #ffffff 6px 12px); color: #b71c1c; text-align: center; }
.counts-mode td { min-width: 4rem; text-align: right; font-variant-numeric: tabular-nums; }
.counts-mode td.empty { text-align: center; }
.matrix .total { font-weight: 700; background: #eeeeee; color: #1b1b1b; }
@media print {
  .matrix thead th, .matrix tbody th { position: static; }
  td.empty { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`.trim();
