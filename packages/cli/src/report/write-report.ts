import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { ensureFolder } from '../batch/results-folder.js';
import { findFontFiles } from './font-files.js';
import { reportContents } from './report-contents.js';
import { type ReportPage, reportHtml } from './report-html.js';
import { vegaScripts } from './vega-scripts.js';

/** Folder of the chart files inside a results folder. */
export const CHARTS_FOLDER = 'charts';
/** File name of the HTML report. */
export const REPORT_FILE = 'report.html';

const CHART_FILE = /^(.+)\.(vl\.json|svg|png)$/;

/**
 * Writes each chart's spec, SVG and (with `fonts`) PNG into the folder `charts`. Vega, Vega-Lite
 * and resvg take about 0.4 s of CPU to load, so they are imported here, when there is something to
 * draw (resvg only when there are PNGs to make): a command run with --no-charts never loads them.
 */
async function drawCharts(
  list: ReportPage['charts'],
  charts: string,
  fonts: readonly string[],
): Promise<void> {
  const { renderSvg } = await import('./chart-svg.js');
  const rasterise = fonts.length > 0 ? (await import('./chart-png.js')).rasterise : null;
  for (const chart of list) {
    writeFileAtomic(join(charts, `${chart.name}.vl.json`), `${JSON.stringify(chart.spec, null, 2)}\n`);
    const svg = await renderSvg(chart.spec);
    writeFileAtomic(join(charts, `${chart.name}.svg`), svg);
    if (rasterise !== null) writeFileAtomic(join(charts, `${chart.name}.png`), rasterise(svg, fonts).png);
  }
}

/** Options of {@link writeReport}. */
export interface ReportOptions {
  /** Write PNGs (default true); they need DejaVu Sans (see `findFontFiles`). */
  readonly png?: boolean;
  /** Folder holding DejaVuSans.ttf, overriding LANDPORT_FONT_DIR and the system folders. */
  readonly fontDir?: string;
  /** Where to say that PNGs were skipped (default: stderr). */
  readonly warn?: (message: string) => void;
}

/** What {@link writeReport} wrote. */
export interface WrittenReport {
  /** Path of report.html. */
  readonly html: string;
  /** Names of the charts drawn (files charts/NAME.vl.json, .svg and, with `png`, .png). */
  readonly charts: readonly string[];
  /** Whether PNGs were written. */
  readonly png: boolean;
}

/**
 * Writes the charts and the HTML report of the results in `folder` (a run, compare, sweep or
 * size folder; see `reportKind`): `charts/NAME.vl.json` (the Vega-Lite spec, data inlined),
 * `charts/NAME.svg` (rendered in Node), `charts/NAME.png` and `report.html`. Reads only what the
 * folder holds, so it can be rerun at any time (`landport report`); chart files of an earlier
 * report that this one no longer draws are removed, so the folder never shows stale charts.
 *
 * PNGs need DejaVu Sans: if no font is found they are skipped with a warning (the report and the
 * SVGs do not need it); a font folder given explicitly but wrong is an error.
 */
export async function writeReport(folder: string, options: ReportOptions = {}): Promise<WrittenReport> {
  const page = reportContents(folder);
  const charts = join(folder, CHARTS_FOLDER);
  ensureFolder(charts, 'charts folder');
  let fonts: string[] = [];
  if (options.png !== false && page.charts.length > 0) {
    fonts = findFontFiles(options.fontDir);
    if (fonts.length === 0) {
      (options.warn ?? ((m: string) => process.stderr.write(`landport: ${m}\n`)))(
        'no DejaVu Sans font found (install fonts-dejavu-core or set LANDPORT_FONT_DIR): charts written as SVG only, without PNGs.',
      );
    }
  }
  if (page.charts.length > 0) await drawCharts(page.charts, charts, fonts);
  const drawn = new Set(page.charts.map((c) => c.name));
  for (const file of readdirSync(charts)) {
    const m = CHART_FILE.exec(file);
    if (m === null) continue;
    if (!drawn.has(m[1]!) || (m[2] === 'png' && fonts.length === 0))
      rmSync(join(charts, file), { force: true });
  }
  const html = join(folder, REPORT_FILE);
  writeFileAtomic(html, reportHtml(page, vegaScripts()));
  return { html, charts: [...drawn], png: fonts.length > 0 };
}
