import {
  fmt,
  formatSummary,
  metricUnit,
  type RunCalibration,
  type Summary,
  tableMetrics,
} from '@landport/experiment';
import type { Result } from 'vega-embed';
import { drawChart } from './chart-view.js';
import { downloadText } from './downloads.js';
import type { PageElements } from './page-elements.js';
import { type PageRun, replicationsCsv, runCharts, runSummary } from './run-results.js';

/** Least time between two redraws of the charts while a run goes on, ms (drawing nine charts takes a while). */
const CHART_INTERVAL_MS = 1500;

/**
 * The results part of the page for one run: the summary table, the summary as JSON, the downloads
 * and the report's charts, redrawn as replications finish (the charts at most every
 * {@link CHART_INTERVAL_MS}, the first time no sooner than that after the run started) and once
 * more when the run is complete.
 *
 * Why not draw at the first finished replication: a run that is over within the interval would
 * draw its nine charts twice, and the first drawing holds up the page's handling of the other
 * replications' results, so the run itself ends later (a 4-replication, 20-day run ended 1.5 s
 * after Run with the early drawing, 1.0 s without: docs/performance.md, "Playground").
 */
export class RunView {
  private views: Result[] = [];
  /** When the charts were last drawn; the run's start until they are. */
  private lastCharts = performance.now();
  private disposed = false;
  private drawing: Promise<void> = Promise.resolve();

  constructor(
    private readonly page: PageElements,
    private readonly run: PageRun,
    private readonly calibration: RunCalibration | null,
  ) {
    page.results.hidden = false;
    page.summary.replaceChildren();
    page.downloads.replaceChildren();
    this.clearCharts();
    page.results.dataset.complete = 'false';
  }

  /** Shows the finished replications; `complete` once the last has finished. */
  update(complete: boolean): void {
    if (this.disposed) return;
    const finished = this.run.outputs.filter((o) => o !== undefined).length;
    if (finished === 0) return;
    const summary = runSummary(this.run);
    this.showSummary(summary, complete);
    const now = performance.now();
    if (complete || now - this.lastCharts >= CHART_INTERVAL_MS) {
      this.lastCharts = now;
      this.drawing = this.drawing.then(() => this.drawCharts(complete));
    }
  }

  /** Stops drawing (a new run replaces this one) and clears the charts. */
  dispose(): void {
    this.disposed = true;
    this.clearCharts();
  }

  /** Drops the charts' views (they hold listeners and timers) and their figures. */
  private clearCharts(): void {
    for (const view of this.views) view.finalize();
    this.views = [];
    this.page.charts.replaceChildren();
  }

  private fileStem(): string {
    return `${this.run.name}-seed${this.run.seed}`;
  }

  private showSummary(summary: Summary, complete: boolean): void {
    const currency = this.run.scenario.costs.currency;
    const table = document.createElement('table');
    table.id = 'summary-table';
    const level = `${Math.round(summary.level * 100)}% CI`;
    table
      .createTHead()
      .insertRow()
      .append(...['metric', 'unit', 'mean', level, 'n'].map(th));
    const body = table.createTBody();
    for (const name of tableMetrics(summary)) {
      const m = summary.metrics[name]!;
      const row = body.insertRow();
      row.append(
        td(name),
        td(metricUnit(name, currency)),
        td(fmt(m.mean)),
        td(Number.isFinite(m.halfWidth) ? `${fmt(m.lower)} – ${fmt(m.upper)}` : '—'),
        td(String(m.n)),
      );
    }
    const heading = document.createElement('p');
    heading.textContent = complete
      ? `${summary.replications} replications. Headline metrics below; every metric in the summary JSON.`
      : `${summary.replications} of ${this.run.outputs.length} replications so far (the intervals narrow as more finish).`;
    const json = document.createElement('details');
    const label = document.createElement('summary');
    label.textContent = 'Summary JSON (summary.json, the object landport run --json prints)';
    const pre = document.createElement('pre');
    pre.id = 'summary-json';
    pre.textContent = formatSummary(summary);
    json.append(label, pre);
    this.page.summary.replaceChildren(heading, table, json);
    this.page.results.dataset.complete = String(complete);
    if (complete) this.showDownloads(pre.textContent);
  }

  private showDownloads(summaryJson: string): void {
    const stem = this.fileStem();
    this.page.downloads.replaceChildren(
      button('Download summary.json', 'download-summary', () =>
        downloadText(summaryJson, `${stem}-summary.json`, 'application/json'),
      ),
      button('Download replications.csv', 'download-csv', () =>
        downloadText(replicationsCsv(this.run), `${stem}-replications.csv`, 'text/csv'),
      ),
    );
  }

  private async drawCharts(complete: boolean): Promise<void> {
    if (this.disposed) return;
    const { charts, notes } = runCharts(this.run, this.calibration);
    this.page.charts.querySelector('ul.notes')?.remove();
    const figures = [...this.page.charts.querySelectorAll<HTMLElement>('figure')];
    const old = this.views;
    this.views = [];
    for (const [i, chart] of charts.entries()) {
      let figure = figures[i];
      if (figure === undefined) {
        figure = document.createElement('figure');
        this.page.charts.append(figure);
      }
      const view = await drawChart(figure, chart, this.fileStem());
      if (this.disposed) {
        view.finalize();
        return;
      }
      this.views.push(view);
    }
    for (const figure of figures.slice(charts.length)) figure.remove();
    for (const view of old) view.finalize();
    if (notes.length > 0) {
      const list = document.createElement('ul');
      list.className = 'notes';
      list.append(...notes.map((note) => Object.assign(document.createElement('li'), { textContent: note })));
      this.page.charts.append(list);
    }
    this.page.charts.dataset.complete = String(complete);
  }
}

function th(text: string): HTMLTableCellElement {
  return Object.assign(document.createElement('th'), { textContent: text });
}

function td(text: string): HTMLTableCellElement {
  return Object.assign(document.createElement('td'), { textContent: text });
}

function button(text: string, id: string, action: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.id = id;
  b.textContent = text;
  b.addEventListener('click', action);
  return b;
}
