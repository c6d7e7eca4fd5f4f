// The functions passed to page.evaluate run in the browser and use the DOM (for the type-check of
// tests, tsconfig.test.json; the builds never see this file).
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTestChromium, TEST_CHROMIUM_ARGS } from './test-chromium.js';
import { landport } from './test-model/landport-command.js';
import { writeSyntheticFolders } from './test-model/synthetic-results.js';
import { writeReport } from './write-report.js';

/**
 * The HTML reports opened in a real browser: Debian's Chromium, headless (.ci/run installs it;
 * LANDPORT_CHROMIUM names another binary). Without one the suite is skipped with a loud message,
 * or fails under CI=true (see test-chromium.ts). Screenshots are left in SCREENSHOTS (emptied at
 * the start of each run) to look at after the run.
 */
const CHROMIUM = findTestChromium();
const SCREENSHOTS = join(tmpdir(), 'landport-report-screenshots');

let root: string | undefined;
let folders: Record<'run' | 'compare' | 'sweep' | 'size', string>;
/** Chromium, started at the same time as the results are written (it is another process). */
let browser: Promise<BrowserContext> | undefined;

async function setUp(executablePath: string): Promise<void> {
  root = mkdtempSync(join(tmpdir(), 'landport-browser-'));
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = launch(executablePath, join(root, 'profile'));
  // A failure is seen where the browser is awaited (below, or in tearDown if setUp fails first).
  browser.catch(() => undefined);
  const run = join(root, 'run');
  // A short run: the browser needs every chart kind, not a long series. Its report is written
  // without the PNGs, which the page does not load: report.html is the same file byte for byte
  // either way (it links the PNGs, and nothing opens the links); write-report.test.ts checks the
  // PNGs `run` writes.
  const out = await landport(
    ...'run horgos-2023-2024 -r 2 --horizon 20d -w 2 -q --no-charts -o'.split(' '),
    run,
  );
  expect(out.code).toBe(0);
  await writeReport(run, { png: false });
  const synthetic = writeSyntheticFolders(root);
  for (const folder of Object.values(synthetic)) await writeReport(folder, { png: false });
  folders = { run, ...synthetic };
  await browser;
}

/** Starts headless Chromium with a fresh profile in `profile`. */
function launch(executablePath: string, profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...TEST_CHROMIUM_ARGS],
    viewport: { width: 1200, height: 900 },
  });
}

/** Undoes whatever part of setUp happened: it may have failed half-way, or been skipped. */
async function tearDown(): Promise<void> {
  await browser?.then(
    (context) => context.close(),
    () => undefined,
  );
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
}

/** Opens a report; returns the problems seen (console errors, page errors, requests off disk) and the page. */
async function open(kind: keyof typeof folders) {
  const page = await (await browser!).newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) problems.push(`request: ${r.url()}`);
  });
  await page.goto(pathToFileURL(join(folders[kind], 'report.html')).href);
  await page.waitForFunction(() => document.body.dataset.rendered !== undefined, null, { timeout: 20_000 });
  return { page, problems };
}

/**
 * Per chart of the page: whether its Vega view exists, how many groups of data marks its SVG
 * draws something in (axes, titles and legends are other roles) and how many items (a bar, a dot,
 * a line) they hold.
 */
function charts(page: Awaited<ReturnType<typeof open>>['page']) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-chart]')].map((div) => {
      const name = div.dataset.chart!;
      const view = (window as any).landportViews?.[name];
      return {
        name,
        view: typeof view?.runAsync === 'function',
        groups: [...div.querySelectorAll('svg g.role-mark')].filter((g) => g.childElementCount > 0).length,
        marks: div.querySelectorAll('svg g.role-mark > *').length,
      };
    }),
  );
}

/**
 * The run's report, opened once for the first two tests (opening it draws nine charts): the first
 * checks what it drew, the second hovers on it; whichever runs first opens it.
 */
let runReport: ReturnType<typeof open> | undefined;
const openRunReport = () => (runReport ??= open('run'));

describe.skipIf(CHROMIUM === null)('report.html in headless Chromium', () => {
  beforeAll(() => setUp(CHROMIUM!));
  afterAll(tearDown);

  it('draws every chart of a run, with no console error and nothing fetched', async () => {
    const { page, problems } = await openRunReport();
    expect(await page.evaluate(() => document.body.dataset.rendered)).toBe('true');
    expect(problems).toEqual([]);
    const drawn = await charts(page);
    expect(drawn.map((c) => c.name)).toEqual([
      'wait-distribution',
      'in-port',
      'queues',
      'throughput',
      'daily-clearances',
      'daily-queue',
      'utilisation-by-hour',
      'hourly-queue',
      'costs',
    ]);
    for (const c of drawn) {
      expect(c.view, c.name).toBe(true);
      // Every chart draws at least two layers of data marks (a line and its band, bars and intervals).
      expect(c.groups, c.name).toBeGreaterThanOrEqual(2);
      expect(c.marks, c.name).toBeGreaterThanOrEqual(c.groups);
    }
    expect(await page.textContent('.scenario')).toContain(
      "the Chinese side's 24-hour clearance (15 August 2023)",
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'run.png'), fullPage: true });
    expect(statSync(join(SCREENSHOTS, 'run.png')).size).toBeGreaterThan(50_000);
  });

  it('shows a tooltip with the numbers when the pointer is on a bar', async () => {
    const { page } = await openRunReport();
    await page.hover('[data-chart="throughput"] svg .mark-rect path');
    const tooltip = page.locator('#vg-tooltip-element');
    await tooltip.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await tooltip.textContent()).toMatch(/a day \(mean\).*95% CI from/);
    await page.close();
  });

  it('draws the compare, sweep and size reports too', async () => {
    for (const kind of ['compare', 'sweep', 'size'] as const) {
      const { page, problems } = await open(kind);
      expect(await page.evaluate(() => document.body.dataset.rendered), kind).toBe('true');
      expect(problems, kind).toEqual([]);
      const drawn = await charts(page);
      expect(drawn.map((c) => c.name)).toEqual([kind === 'compare' ? 'comparison' : kind]);
      expect(drawn[0]!.view && drawn[0]!.groups >= 2 && drawn[0]!.marks >= 4, kind).toBe(true);
      await page.screenshot({ path: join(SCREENSHOTS, `${kind}.png`), fullPage: true });
      await page.close();
    }
  });
});
