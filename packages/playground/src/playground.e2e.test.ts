// The functions passed to page.evaluate and waitForFunction run in the browser.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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

let server: StaticServer | undefined;
let browser: Browser | undefined;
let work: string | undefined;

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
    browser = await chromium.launch({
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
    expect(yaml).toMatch(/- id: kz-control\n(?:    .*\n)*?    lanes: 12\n/);
    expect(yaml).toContain('horizon:\n    days: 20\n');
    expect(await page.textContent('#command')).toContain(
      "landport run horgos-2024 --set 'stations.kz-control.lanes=12' --set 'calendar.horizon=20d' --seed 1 --replications 4",
    );
    await page.click('details summary');
    await page.screenshot({ path: join(ARTIFACTS, 'scenario.png'), fullPage: true });
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
    await page.screenshot({ path: join(ARTIFACTS, 'problems.png'), fullPage: true });
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
    expect(problems).toEqual([]);
    await page.close();
  });
});
