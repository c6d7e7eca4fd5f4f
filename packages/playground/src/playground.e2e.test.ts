import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTestChromium } from '../../cli/src/report/test-chromium.js';
import { type StaticServer, serveStatic } from './static-server.js';
import { ensureSiteBuilt, SITE } from './test-site.js';

/**
 * The playground in a real browser: the built site (built here when stale) served by a plain static
 * server, driven in Debian's Chromium (see test-chromium.ts: skipped with a loud message without
 * one, a failure under CI=true). Screenshots of the main views go to artifacts/ (gitignored); the
 * good ones are copied by hand into docs/playground/.
 */
const CHROMIUM = findTestChromium();
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
/** A short run, so that the test is quick: horgos-2024 over its first 20 days. */
const OVERRIDES = ['calendar.horizon=20d'];
const SEED = '7';
const REPLICATIONS = 4;

/** The charts `landport report` draws for a horgos-2024 run, by title, in report order. */
const CHART_TITLES = [
  'Waiting time by station and vehicle class',
  'Vehicles in the port over time',
  'Queue length by station over time',
  'Throughput per day',
  'Cars cleared per day',
  'Vehicles waiting per day',
  'Lane utilisation by station and hour of day',
  'Load by station and hour of day',
  'Cost per vehicle by component',
];

let server: StaticServer | undefined;
let browser: Browser | undefined;
let work: string | undefined;
/** What the CLI gives for the same run: `run --json`'s line, and its results folder. */
let cli: { json: string; folder: string } | undefined;
/** The first complete summary the page computed, which every later run of the same inputs must equal byte for byte. */
let firstPageSummary: string | undefined;
/** `landport size --json` for {@link SIZING}. */
let cliSizing: string | undefined;

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

/** Runs the built CLI; returns its stdout. */
function landport(args: readonly string[]): string {
  const run = spawnSync(process.execPath, [join(REPO, 'packages/cli/bin/landport.js'), ...args], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`landport ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return run.stdout;
}

/** `landport run horgos-2024 --set calendar.horizon=20d --seed 7 -r 4 --json`, with the built CLI (the global setup builds it). */
function runCli(folder: string): string {
  const args = [
    'run',
    'horgos-2024',
    ...OVERRIDES.flatMap((o) => ['--set', o]),
    '--seed',
    SEED,
    '-r',
    String(REPLICATIONS),
  ];
  const run = spawnSync(
    process.execPath,
    [join(REPO, 'packages/cli/bin/landport.js'), ...args, '--json', '--no-charts', '-o', folder],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`landport ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return run.stdout;
}

/** The page's summary JSON (summary.json's text) once its run is complete. */
async function pageSummary(page: Page): Promise<string> {
  await page.waitForFunction(() => document.getElementById('results')?.dataset.complete === 'true');
  return (await page.textContent('#summary-json')) ?? '';
}

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

/** Downloads what the button `selector` saves; returns the file's text. */
async function download(page: Page, selector: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await file.path();
  return readFileSync(path, 'utf8');
}

/** Opens the page; records console errors, page errors and every request outside the site's origin. */
async function open(hash = ''): Promise<{ page: Page; problems: string[] }> {
  const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(server!.url) && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.push(`request outside the site: ${url}`);
  });
  await page.goto(`${server!.url}${hash}`);
  await page.waitForFunction(() => document.body.dataset.state !== 'loading');
  return { page, problems };
}

/** Fills in the short run and starts it. */
async function startShortRun(page: Page, overrides = OVERRIDES, replications = REPLICATIONS): Promise<void> {
  await page.selectOption('#scenario-select', 'horgos-2024');
  await page.fill('#overrides', overrides.join('\n'));
  await page.fill('#seed', SEED);
  await page.fill('#replications', String(replications));
  await page.click('#run');
}

async function finished(page: Page): Promise<string> {
  await page.waitForFunction(() => ['done', 'failed'].includes(document.body.dataset.state ?? ''), null, {
    timeout: 120_000,
  });
  return await page.evaluate(
    () => `${document.body.dataset.state}: ${document.getElementById('status')?.textContent}`,
  );
}

describe.skipIf(CHROMIUM === null)('the playground in Chromium', () => {
  beforeAll(async () => {
    ensureSiteBuilt();
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    work = mkdtempSync(join(tmpdir(), 'landport-playground-'));
    server = await serveStatic(SITE);
    const folder = join(work, 'cli');
    cli = { json: runCli(folder), folder };
    const sets = OVERRIDES.flatMap((o) => ['--set', o]);
    const common = [...sets, '--seed', SEED, '-q', '--no-charts'];
    landport([
      'compare',
      'horgos-2024',
      'horgos-2024',
      ...common,
      ...VARIANT_B.flatMap((o) => ['--set-b', o]),
      '-r',
      String(REPLICATIONS),
      '-o',
      join(work, 'compare'),
    ]);
    cliSizing = landport([
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
      join(work, 'size'),
    ]);
    browser = await chromium.launch({
      downloadsPath: join(work, 'downloads'),
      executablePath: CHROMIUM!,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
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
    await startShortRun(page);
    await page.waitForFunction(() => document.body.dataset.state === 'running');
    await shot(page, '#run-section', 'running.png', 200);
    expect(await finished(page)).toMatch(/^done/);
    const summary = await pageSummary(page);
    // Byte for byte the CLI's summary.json, which holds the values of its `run --json` line
    // (summary-in-node.test.ts): the page's numbers are the CLI's to the last bit, because sim-core
    // computes log, exp, pow and tan itself (src/math) rather than with the browser's Math.
    firstPageSummary = summary;
    expect(summary).toBe(readFileSync(join(cli!.folder, 'summary.json'), 'utf8'));
    expect(JSON.stringify(JSON.parse(summary))).toBe(JSON.stringify(JSON.parse(cli!.json)));
    expect(await download(page, '#download-summary')).toBe(summary);
    expect(await download(page, '#download-csv')).toBe(
      readFileSync(join(cli!.folder, 'replications.csv'), 'utf8'),
    );
    await page.waitForFunction(() => document.getElementById('charts')?.dataset.complete === 'true');
    const charts = await page.$$eval('#charts figure', (figures) =>
      figures.map((f) => ({
        title: f.querySelector('h3')?.textContent ?? '',
        svgTitle: f.querySelector('svg .role-title-text')?.textContent ?? '',
        // Data marks only (bars, lines, bands, points, rules): axes and legends have role-axis-… and role-legend-… classes.
        marks: f.querySelectorAll('svg .role-mark path, svg .role-mark line').length,
      })),
    );
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
    const first = await open();
    await startShortRun(first.page);
    expect(await finished(first.page)).toMatch(/^done/);
    const link = await first.page.getAttribute('#share', 'href');
    expect(link).toMatch(/^#scenario=horgos-2024&set=calendar\.horizon%3D20d&seed=7&replications=4$/);
    await first.page.close();
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
    await page.click('#compare');
    expect(await finished(page)).toMatch(/^done/);
    await page.waitForFunction(() => document.getElementById('comparison')?.dataset.complete === 'true');
    const comparison = await download(page, '#download-comparison');
    // `landport compare`'s comparison.json value for value, every number to the last bit (the page
    // indents its file, the CLI does not: the same JSON text once both are written alike).
    const cliComparison = readFileSync(join(work!, 'compare', 'comparison.json'), 'utf8');
    expect(JSON.stringify(JSON.parse(comparison))).toBe(JSON.stringify(JSON.parse(cliComparison)));
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
    await page.click('#size');
    expect(await finished(page)).toMatch(/^done/);
    const expected = JSON.parse(cliSizing!) as {
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
    await startShortRun(page, [], 8);
    await page.waitForFunction(() => Number(document.body.dataset.workers) > 0);
    await page.click('#cancel');
    await page.waitForFunction(() => document.body.dataset.state === 'cancelled');
    expect(await page.evaluate(() => document.body.dataset.workers)).toBe('0');
    await startShortRun(page);
    expect(await finished(page)).toMatch(/^done/);
    expect(await pageSummary(page)).toBe(firstPageSummary);
    expect(problems).toEqual([]);
    await page.close();
  });
});
