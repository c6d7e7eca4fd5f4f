import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTestChromium, TEST_CHROMIUM_ARGS } from '../../cli/src/report/test-chromium.js';
import {
  CHART_TITLES,
  cancelThenRunAgain,
  countWorkers,
  download,
  drawnCharts,
  finished,
  landport,
  OVERRIDES,
  openPage,
  pageSummary,
  pressButton,
  REPLICATIONS,
  recordWorkerCounts,
  runCli,
  SEED,
  startShortRun,
} from './page-driver.js';
import { type StaticServer, serveStatic } from './static-server.js';
import { ensureSiteBuilt, SITE } from './test-site.js';

/**
 * The playground in a real browser: the built site (built here when stale) served by a plain static
 * server, and the same files opened from disk (file://), driven in Debian's Chromium (see
 * test-chromium.ts: skipped with a loud message without one, a failure under CI=true). Screenshots
 * of the main views go to artifacts/ (gitignored); the good ones are copied by hand into
 * docs/playground/.
 */
const CHROMIUM = findTestChromium();
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
/** The site's folder as a file URL (ending in /), and its page. */
const SITE_FILES = pathToFileURL(join(SITE, '/')).href;
const SITE_FILE_PAGE = `${SITE_FILES}index.html`;

let server: StaticServer | undefined;
let browser: Browser | undefined;
let work: string | undefined;
// The CLI's references, computed in the background one after another from beforeAll, while the
// browser starts and the first two tests (which need none) run; each test awaits the one it needs.
/** What the CLI gives for the same run: `run --json`'s line, and its results folder. */
let cliRun: Promise<{ json: string; folder: string }>;
/** `landport compare`'s comparison.json for variant B. */
let cliComparison: Promise<string>;
/** `landport size --json` for {@link SIZING}. */
let cliSizing: Promise<string>;
/** All three settled: afterAll waits for it before removing their folders. */
let cliDone: Promise<unknown> = Promise.resolve();
/** The first complete summary the page computed, which every later run of the same inputs must equal byte for byte. */
let firstPageSummary: string | undefined;
/** The share link that first run left on its page. */
let firstPageLink: string | null | undefined;

/** The page's state and status line after Cancel, and still once an edit's pending refresh would have come. */
const CANCELLED = /^cancelled: Cancelled after \d of 8 replications; nothing is running\.$/;
/** Variant B of the comparison test, and the sizing test's question (small, so that it is quick). */
const VARIANT_B = ['stations.kz-control.lanes=5'];
const SIZING = {
  station: 'kz-control',
  target: 'p95 wait < 1h',
  min: '4',
  max: '12',
  initial: '2',
  step: '2',
  cap: '4',
};

/** Saves a screenshot of the part of the page from `selector`'s top, at most `height` pixels tall, into artifacts/. */
async function shot(page: Page, selector: string, name: string, height = 1300): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  if (box === null) throw new Error(`${selector} is not shown`);
  // boundingBox is relative to the viewport, a full-page clip to the page.
  const [full, scrolled] = await page.evaluate(() => [document.documentElement.scrollHeight, window.scrollY]);
  const y = Math.max(0, box.y + scrolled! - 8);
  await page.screenshot({
    path: join(ARTIFACTS, name),
    fullPage: true,
    clip: { x: 0, y, width: 1280, height: Math.min(height, full - y) },
  });
}

/** Opens the served page (with `hash`, a share link's); records problems, as {@link openPage}. */
function open(hash = ''): Promise<{ page: Page; problems: string[] }> {
  return openPage(browser!, `${server!.url}${hash}`, server!.url);
}

/** Opens dist/index.html from disk (with `hash`); anything requested outside dist/ is a problem. */
function openFile(hash = ''): Promise<{ page: Page; problems: string[] }> {
  return openPage(browser!, `${SITE_FILE_PAGE}${hash}`, SITE_FILES);
}

describe.skipIf(CHROMIUM === null)('the playground in Chromium', () => {
  beforeAll(async () => {
    ensureSiteBuilt();
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    work = mkdtempSync(join(tmpdir(), 'landport-playground-'));
    server = await serveStatic(SITE);
    const folder = join(work, 'cli');
    const sets = OVERRIDES.flatMap((o) => ['--set', o]);
    const common = [...sets, '--seed', SEED, '-q', '--no-charts'];
    /** Starts `next` once `previous` has settled, whether or not it failed: one CLI process at a time. */
    const after = <T>(previous: Promise<unknown>, next: () => Promise<T>): Promise<T> =>
      previous.then(next, next);
    cliRun = runCli(folder).then((json) => ({ json, folder }));
    cliComparison = after(cliRun, () =>
      landport([
        'compare',
        'horgos-2024',
        'horgos-2024',
        ...common,
        ...VARIANT_B.flatMap((o) => ['--set-b', o]),
        '-r',
        String(REPLICATIONS),
        '-o',
        join(work!, 'compare'),
      ]),
    ).then(() => readFileSync(join(work!, 'compare', 'comparison.json'), 'utf8'));
    cliSizing = after(cliComparison, () =>
      landport([
        'size',
        'horgos-2024',
        ...common,
        '--json',
        '--station',
        SIZING.station,
        '--target',
        SIZING.target,
        '--min-lanes',
        SIZING.min,
        '--max-lanes',
        SIZING.max,
        '--initial',
        SIZING.initial,
        '--step',
        SIZING.step,
        '--max-replications',
        SIZING.cap,
        '-o',
        join(work!, 'size'),
      ]),
    );
    // Handles every rejection now (a test that awaits one still sees it fail).
    cliDone = Promise.allSettled([cliRun, cliComparison, cliSizing]);
    browser = await chromium.launch({
      downloadsPath: join(work, 'downloads'),
      executablePath: CHROMIUM!,
      args: [...TEST_CHROMIUM_ARGS],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await cliDone;
    if (work !== undefined) rmSync(work, { recursive: true, force: true });
  });

  it('loads with no console error and no request outside its own origin', async () => {
    const { page, problems } = await open();
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('idle');
    expect(await page.inputValue('#scenario-select')).toBe('horgos-2024');
    expect(await page.locator('#parameters input').count()).toBeGreaterThan(5);
    // A form field becomes a --set override, and the scenario shown as YAML follows it.
    await page.fill('input[name="stations.kz-control.lanes"]', '12');
    await page.press('input[name="stations.kz-control.lanes"]', 'Enter');
    await page.fill('input[name="calendar.horizon"]', '20');
    await page.press('input[name="calendar.horizon"]', 'Enter');
    expect(await page.inputValue('#overrides')).toBe('stations.kz-control.lanes=12\ncalendar.horizon=20d');
    const yaml = (await page.textContent('#changed-yaml')) ?? '';
    expect(yaml).toMatch(/- id: kz-control\n(?: {4}.*\n)*? {4}lanes: 12\n/);
    expect(yaml).toContain('horizon:\n    days: 20\n');
    expect(await page.textContent('#command')).toContain(
      "landport run horgos-2024 --set 'stations.kz-control.lanes=12' --set 'calendar.horizon=20d' --seed 1 --replications 4",
    );
    await page.click('details summary');
    await shot(page, 'body', 'scenario.png', 1700);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a broken YAML file’s problem at its line and runs nothing', async () => {
    const { page, problems } = await open();
    // Line 4 sets the horizon to a word, line 6 is not YAML at all: the syntax error comes first.
    const broken = [
      'name: broken',
      'calendar:',
      '  start: 2024-01-01T00:00+08:00',
      '  horizon: { days: ten }',
      'stations:',
      '  - id: [unclosed',
    ].join('\n');
    await page.fill('#scenario-text', broken);
    await page.waitForFunction(() => document.body.dataset.state === 'invalid');
    const first = page.locator('#problems .problem').first();
    expect(await first.getAttribute('data-line')).toBe('6');
    expect(await first.textContent()).toContain('line 6:');
    expect(await page.isDisabled('#run')).toBe(true);
    await page.click('#run', { force: true });
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('invalid');
    expect(await page.evaluate(() => document.body.dataset.workers)).toBe('0');
    expect(await page.isHidden('#results')).toBe(true);
    await shot(page, '#scenario-section', 'problems.png', 900);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('runs 4 replications to the summary `landport run --json` prints, draws the report’s charts, saves the CLI’s files', async () => {
    const { page, problems } = await open();
    const mostWorkers = await countWorkers(page);
    await startShortRun(page);
    await page.waitForFunction(() => document.body.dataset.state === 'running');
    await shot(page, '#run-section', 'running.png', 200);
    expect(await finished(page)).toMatch(/^done/);
    // The next test opens this run's link: a run on a fresh page, as this one.
    firstPageLink = await page.getAttribute('#share', 'href');
    const cli = await cliRun;
    // As many workers as the work repays: 4 replications of 20 days (about 340,000 events), one.
    expect(await mostWorkers()).toBe(1);
    const summary = await pageSummary(page);
    // Byte for byte the CLI's summary.json, which holds the values of its `run --json` line
    // (summary-in-node.test.ts): the page's numbers are the CLI's to the last bit, because sim-core
    // computes log, exp, pow and tan itself (src/math) rather than with the browser's Math.
    firstPageSummary = summary;
    expect(summary).toBe(readFileSync(join(cli.folder, 'summary.json'), 'utf8'));
    expect(JSON.stringify(JSON.parse(summary))).toBe(JSON.stringify(JSON.parse(cli.json)));
    expect(await download(page, '#download-summary')).toBe(summary);
    expect(await download(page, '#download-csv')).toBe(
      readFileSync(join(cli.folder, 'replications.csv'), 'utf8'),
    );
    const charts = await drawnCharts(page);
    expect(charts.map((c) => c.title)).toEqual(CHART_TITLES);
    for (const chart of charts) {
      expect(chart.marks, chart.title).toBeGreaterThan(0);
      expect(chart.svgTitle, chart.title).not.toBe('');
    }
    await shot(page, '#results', 'results.png', 1500);
    await shot(page, '#charts figure:nth-of-type(5)', 'chart.png', 700);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens a shared link and reproduces the same summary', async () => {
    // The link the previous test's run left: the same fresh page, the same run, so not run again here.
    const link = firstPageLink;
    expect(link).toMatch(/^#scenario=horgos-2024&set=calendar\.horizon%3D20d&seed=7&replications=4$/);
    const { page, problems } = await open(link!);
    expect(await finished(page)).toMatch(/^done/);
    expect(await pageSummary(page)).toBe(firstPageSummary);
    expect(await page.inputValue('#overrides')).toBe(OVERRIDES.join('\n'));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('compares two variants on common random numbers as `landport compare` does', async () => {
    const { page, problems } = await open();
    await page.fill('#overrides', OVERRIDES.join('\n'));
    await page.fill('#seed', SEED);
    await page.fill('#replications', String(REPLICATIONS));
    await page.fill('#variant-b', VARIANT_B.join('\n'));
    await pressButton(page, '#compare');
    expect(await finished(page)).toMatch(/^done/);
    await page.waitForFunction(() => document.getElementById('comparison')?.dataset.complete === 'true');
    const comparison = await download(page, '#download-comparison');
    // `landport compare`'s comparison.json value for value, every number to the last bit (the page
    // indents its file, the CLI does not: the same JSON text once both are written alike).
    expect(JSON.stringify(JSON.parse(comparison))).toBe(JSON.stringify(JSON.parse(await cliComparison)));
    expect(await page.locator('#comparison-table tbody tr').count()).toBeGreaterThan(5);
    expect(await page.locator('#comparison figure svg .role-mark path').count()).toBeGreaterThan(0);
    await shot(page, '#compare-section', 'compare.png', 1500);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds the lanes `landport size` finds, with the same evidence at each lane count', async () => {
    const { page, problems } = await open();
    await page.fill('#overrides', OVERRIDES.join('\n'));
    await page.fill('#seed', SEED);
    await page.selectOption('#size-station', SIZING.station);
    await page.fill('#size-target', SIZING.target);
    await page.fill('#size-min', SIZING.min);
    await page.fill('#size-max', SIZING.max);
    await page.fill('#size-initial', SIZING.initial);
    await page.fill('#size-step', SIZING.step);
    await page.fill('#size-cap', SIZING.cap);
    const workerCounts = await recordWorkerCounts(page);
    await pressButton(page, '#size');
    expect(await finished(page)).toMatch(/^done/);
    // One batch per lane count tried, all on the job's workers: started once, stopped once at the end.
    const counts = await workerCounts();
    expect(counts.length, counts.join(' ')).toBe(2);
    expect(Number(counts[0])).toBeGreaterThan(0);
    expect(counts[1]).toBe('0');
    const expected = JSON.parse(await cliSizing) as {
      lanes: number | null;
      curve: { lanes: number; replications: number; verdict: string }[];
    };
    expect(await page.getAttribute('#sizing', 'data-answer')).toBe(String(expected.lanes ?? 'none'));
    const rows = await page.$$eval('#sizing-table tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    expect(rows.map((r) => [Number(r[0]), Number(r[1]), r[4]])).toEqual(
      expected.curve.map((p) => [p.lanes, p.replications, p.verdict]),
    );
    expect(await page.locator('#sizing figure svg .role-mark path').count()).toBeGreaterThan(0);
    await shot(page, '#size-section', 'sizing.png', 1000);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('cancels a run, stopping its workers, and a second run starts clean', async () => {
    const { page, problems } = await open();
    // A whole year per replication: long enough to cancel half-way.
    const { workersOfLongRun, workersAfterCancel, afterCancel, secondRun } = await cancelThenRunAgain(page);
    // 8 replication-years: a worker per core.
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    expect(workersOfLongRun).toBe(String(Math.min(cores, 8)));
    expect(workersAfterCancel).toBe('0');
    expect(afterCancel).toMatch(CANCELLED);
    expect(secondRun).toMatch(/^done/);
    expect(await pageSummary(page)).toBe(firstPageSummary);
    expect(problems).toEqual([]);
    await page.close();
  });

  describe('opened from a file (file://, no web server)', () => {
    it('runs 4 replications to the CLI’s summary.json, on the one worker they repay, and draws the charts', async () => {
      const { page, problems } = await openFile();
      expect(await page.evaluate(() => [location.protocol, document.body.dataset.state])).toEqual([
        'file:',
        'idle',
      ]);
      const mostWorkers = await countWorkers(page);
      await startShortRun(page);
      expect(await finished(page)).toMatch(/^done/);
      expect(await mostWorkers()).toBe(1);
      const summary = await pageSummary(page);
      expect(summary).toBe(readFileSync(join((await cliRun).folder, 'summary.json'), 'utf8'));
      expect(await download(page, '#download-summary')).toBe(summary);
      const charts = await drawnCharts(page);
      expect(charts.map((c) => c.title)).toEqual(CHART_TITLES);
      for (const chart of charts) expect(chart.marks, chart.title).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('cancels a run, and its link, opened from the file, runs the same replications again', async () => {
      const { page, problems } = await openFile();
      const { workersAfterCancel, afterCancel, secondRun } = await cancelThenRunAgain(page);
      expect(workersAfterCancel).toBe('0');
      expect(afterCancel).toMatch(CANCELLED);
      expect(secondRun).toMatch(/^done/);
      const expected = readFileSync(join((await cliRun).folder, 'summary.json'), 'utf8');
      expect(await pageSummary(page)).toBe(expected);
      const link = await page.getAttribute('#share', 'href');
      expect(link).toMatch(/^#scenario=horgos-2024&/);
      await page.close();
      const again = await openFile(link!);
      expect(await finished(again.page)).toMatch(/^done/);
      expect(await pageSummary(again.page)).toBe(expected);
      expect([...problems, ...again.problems]).toEqual([]);
      await again.page.close();
    });
  });
});
