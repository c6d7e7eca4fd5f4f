import type { Chart, ScenarioRecord } from '@landport/experiment';
import { formatOffset, SimulatedClock } from '@landport/experiment';
import { escapeHtml, scriptJson } from './html-escape.js';

/** What a report page shows, whatever command made the folder. */
export interface ReportPage {
  /** Page heading, e.g. `horgos-2024: 40 replications`. */
  readonly title: string;
  /** Facts about the run (seed, replications, version, overrides), one line each. */
  readonly facts: readonly string[];
  /** The scenario(s) simulated, with a heading each (one for a run, A and B for a comparison). */
  readonly scenarios: readonly { readonly heading: string; readonly record: ScenarioRecord | null }[];
  /** Heading and HTML of the results table. */
  readonly tableHeading: string;
  readonly tableHtml: string;
  readonly charts: readonly Chart[];
  /** Charts that could not be drawn from this folder, and why (shown, not hidden). */
  readonly notes: readonly string[];
}

const STYLE = `
body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; margin: 2rem auto; max-width: 1060px; padding: 0 1rem; color: #222; line-height: 1.45; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; } h3 { font-size: 1rem; margin: .2rem 0; }
.facts { color: #555; font-size: .9rem; margin: 0; padding-left: 1.2rem; }
table { border-collapse: collapse; font-size: .85rem; margin: .5rem 0; }
th, td { padding: .15rem .6rem; border-bottom: 1px solid #eee; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure { margin: 1.5rem 0; break-inside: avoid; }
figcaption { font-size: .85rem; color: #444; max-width: 900px; }
figcaption a { color: #36c; }
.sources td:first-child { font-family: "DejaVu Sans Mono", monospace; font-size: .8rem; white-space: nowrap; }
.notes { color: #7a4b00; }
.toc { font-size: .9rem; columns: 2; }
@media print { body { margin: 0; max-width: none; } details { display: block; } .vega-embed details, .vega-embed .vega-actions { display: none; } a { color: inherit; text-decoration: none; } }
`;

/**
 * The text of report.html: one self-contained page, with the Vega, Vega-Lite and vega-embed
 * builds inlined (`scripts`, see `vegaScripts`) and every chart's spec embedded as JSON, drawn
 * by vega-embed when the page loads (SVG renderer: crisp in print, and its marks are DOM nodes a
 * test can count). Works from disk and offline; the links to charts/ are extras for a folder
 * that is kept whole. When every chart is drawn the body gets `data-rendered="true"`, or
 * `"error"` (with the error on the console) if one fails.
 */
export function reportHtml(page: ReportPage, scripts: readonly string[]): string {
  const specs = Object.fromEntries(page.charts.map((c) => [c.name, c.spec]));
  const figures = page.charts.map(
    (c) =>
      `<figure id="chart-${escapeHtml(c.name)}" aria-label="${escapeHtml(c.title)}">\n` +
      `<div class="chart" data-chart="${escapeHtml(c.name)}"></div>\n` +
      `<figcaption>${escapeHtml(c.caption)} <a href="charts/${escapeHtml(c.name)}.png">PNG</a> · ` +
      `<a href="charts/${escapeHtml(c.name)}.svg">SVG</a> · <a href="charts/${escapeHtml(c.name)}.vl.json">Vega-Lite spec</a></figcaption>\n</figure>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Landport">
<title>${escapeHtml(page.title)}</title>
<style>${STYLE}</style>
${scripts.map((s) => `<script>${s}</script>`).join('\n')}
</head>
<body>
<header>
<h1>${escapeHtml(page.title)}</h1>
<ul class="facts">${page.facts.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>
</header>
${page.scenarios.map((s) => scenarioSection(s.heading, s.record)).join('\n')}
<section id="results">
<h2>${escapeHtml(page.tableHeading)}</h2>
${page.tableHtml}
</section>
<section id="charts">
<h2>Charts</h2>
<ul class="toc">${page.charts.map((c) => `<li><a href="#chart-${escapeHtml(c.name)}">${escapeHtml(c.title)}</a></li>`).join('')}</ul>
${page.notes.length === 0 ? '' : `<ul class="notes">${page.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`}
${figures.join('\n')}
</section>
<script type="application/json" id="landport-specs">${scriptJson(specs)}</script>
<script>
(async () => {
  const specs = JSON.parse(document.getElementById('landport-specs').textContent);
  window.landportViews = {};
  const options = { renderer: 'svg', actions: { export: true, source: false, compiled: false, editor: false } };
  await Promise.all(Object.entries(specs).map(async ([name, spec]) => {
    const result = await vegaEmbed(document.querySelector('[data-chart="' + name + '"]'), spec, options);
    window.landportViews[name] = result.view;
  }));
  document.body.dataset.rendered = 'true';
})().catch((error) => {
  document.body.dataset.rendered = 'error';
  console.error(error);
});
</script>
</body>
</html>
`;
}

function scenarioSection(heading: string, record: ScenarioRecord | null): string {
  if (record === null) {
    return `<section class="scenario">\n<h2>${escapeHtml(heading)}</h2>\n<p>The results folder holds no scenario.json (it was written by an older version), so the scenario is known only by its name and hash in manifest.json.</p>\n</section>`;
  }
  const s = record.scenario;
  const sources = Object.entries(record.sources);
  const sourceTable =
    sources.length === 0
      ? '<p>The scenario lists no sources.</p>'
      : `<details><summary>Sources of the values (${sources.length})</summary>\n<table class="sources"><tbody>\n${sources
          .map(([path, text]) => `<tr><td>${escapeHtml(path)}</td><td>${escapeHtml(text)}</td></tr>`)
          .join('\n')}\n</tbody></table>\n</details>`;
  const days = (x: number) => Number((x / 1440).toFixed(2));
  return `<section class="scenario">
<h2>${escapeHtml(heading)}</h2>
<p><strong>${escapeHtml(s.name ?? record.name)}</strong></p>
<p>${escapeHtml(s.description ?? 'The scenario has no description.')}</p>
<p>Starts ${escapeHtml(`${new SimulatedClock(s).label(0)} (${formatOffset(s.calendar.startUtcOffset)})`)}; ${days(s.calendar.horizon)} days simulated, the first ${days(s.calendar.warmUp)} discarded as warm-up; ${s.stations.length} stations, ${s.classes.length} vehicle classes, ${s.shocks.length} dated shocks.</p>
${sourceTable}
</section>`;
}
