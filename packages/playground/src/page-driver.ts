/**
 * Test support (not part of the site): what the playground's browser tests do to the page and to
 * the CLI they compare it with, the same whether the site is served or opened from a file.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { EDIT_PAUSE_MS } from './edit-pause.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
/** A short run, so that the tests are quick: horgos-2024 over its first 20 days. */
export const OVERRIDES = ['calendar.horizon=20d'];
export const SEED = '7';
export const REPLICATIONS = 4;

/** The charts `landport report` draws for a horgos-2024 run, by title, in report order. */
export const CHART_TITLES = [
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

/**
 * How long a test waits for one thing (a page's job, a CLI process) before it says what it was
 * waiting for: under the tests' own time-out (120 s in vitest.config.ts), which would only say that
 * the whole test ran out. A job that takes 6 s alone took 17 s beside two busy cores; one stalled
 * for the whole 120 s once in a full suite run, with nothing to tell which wait it was.
 */
export const WAIT_DEADLINE_MS = 100_000;

/**
 * Runs the built CLI; resolves to its stdout. Asynchronous, so that the test can compute the CLI's
 * references while the browser starts and the first tests, which need none, run. A process still
 * running after {@link WAIT_DEADLINE_MS} is killed, and the promise rejects with its stderr so far.
 */
export function landport(args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO, 'packages/cli/bin/landport.js'), ...args]);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let overdue = false;
    const deadline = setTimeout(() => {
      overdue = true;
      child.kill('SIGKILL');
    }, WAIT_DEADLINE_MS);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    child.on('close', (status, signal) => {
      clearTimeout(deadline);
      const errors = Buffer.concat(stderr).toString('utf8');
      if (overdue)
        reject(
          new Error(
            `landport ${args.join(' ')} was still running after ${WAIT_DEADLINE_MS / 1000} s and was killed; its stderr: ${errors}`,
          ),
        );
      else if (status === 0) resolve(Buffer.concat(stdout).toString('utf8'));
      else
        reject(new Error(`landport ${args.join(' ')} failed (exit ${status}, signal ${signal}): ${errors}`));
    });
  });
}

/** `landport run horgos-2024 --set calendar.horizon=20d --seed 7 -r 4 --json` into `folder`; resolves to its stdout (the global setup builds the CLI). */
export function runCli(folder: string): Promise<string> {
  const sets = OVERRIDES.flatMap((o) => ['--set', o]);
  const args = ['run', 'horgos-2024', ...sets, '--seed', SEED, '-r', String(REPLICATIONS)];
  return landport([...args, '--json', '--no-charts', '-o', folder]);
}

/**
 * Opens `url` in a new page and waits until the page has started; records console errors, page
 * errors and every request outside `site` (the URL the site's files start with), data: and blob:
 * URLs aside (the page's downloads and its workers).
 */
export async function openPage(
  browser: Browser,
  url: string,
  site: string,
): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const requested = r.url();
    if (!requested.startsWith(site) && !requested.startsWith('data:') && !requested.startsWith('blob:'))
      problems.push(`request outside the site: ${requested}`);
  });
  await page.goto(url);
  try {
    await page.waitForFunction(() => document.body.dataset.state !== 'loading', null, { timeout: 20_000 });
  } catch (error) {
    // Say why (a script the browser refused, say), not only that it timed out.
    throw new Error(`${url} did not start: ${(error as Error).message}\n${problems.join('\n')}`);
  }
  return { page, problems };
}

/**
 * Presses the button `selector` from the keyboard (focus, then Enter), as a click would. Why not a
 * click: the refresh an edit asks for comes {@link EDIT_PAUSE_MS} after the last keystroke and
 * redraws the form, which moves the buttons below it by about 106 px, and Playwright aims a click at
 * a point it measured just before. A click that met that refresh landed where the button had been
 * (2 of 220 clicks timed into the pause on a loaded machine; once, the sizing test waited 100 s on a
 * page that never started its job). A key press goes to the focused element wherever it is, and it
 * still comes within the pause, as a quick user's click does, which the cancel test relies on.
 */
export async function pressButton(page: Page, selector: string): Promise<void> {
  await page.press(selector, 'Enter');
}

/** Fills in the short run and starts it. */
export async function startShortRun(
  page: Page,
  overrides = OVERRIDES,
  replications = REPLICATIONS,
): Promise<void> {
  await page.selectOption('#scenario-select', 'horgos-2024');
  await page.fill('#overrides', overrides.join('\n'));
  await page.fill('#seed', SEED);
  await page.fill('#replications', String(replications));
  await pressButton(page, '#run');
}

/**
 * Waits for the job to end; returns the page's state and status line. A job still going after
 * {@link WAIT_DEADLINE_MS} fails the test with where the page was: its state, status line, live
 * workers and progress.
 */
export async function finished(page: Page): Promise<string> {
  try {
    await page.waitForFunction(() => ['done', 'failed'].includes(document.body.dataset.state ?? ''), null, {
      timeout: WAIT_DEADLINE_MS,
    });
  } catch (error) {
    const where = await page
      .evaluate(() => {
        const progress = document.getElementById('progress') as HTMLProgressElement | null;
        // A comparison that never starts says why there (variant B cannot run), not in the status line.
        const comparison = document.getElementById('comparison')?.textContent?.slice(0, 300) ?? '';
        return `${document.body.dataset.workers ?? 'no'} live workers, progress ${progress?.value} of ${progress?.max}${comparison === '' ? '' : `, comparison: ${comparison}`}`;
      })
      .catch((e: Error) => `the page did not answer: ${e.message}`);
    const status = await pageStatus(page).catch(() => 'unknown');
    throw new Error(
      `the page's job did not end within ${WAIT_DEADLINE_MS / 1000} s (${status}; ${where}): ${(error as Error).message}`,
    );
  }
  return await pageStatus(page);
}

/** Past the page's pause after an edit before it re-reads the fields. */
const PAST_EDIT_PAUSE_MS = 2 * EDIT_PAUSE_MS;

/**
 * Starts a long run (8 replications of the whole year), cancels it once its workers are up, then
 * starts the short run on the same page and waits for it to end. Returns the page's live workers
 * (`body[data-workers]`) once the long run's are up and right after the cancel, its state and
 * status line once the refresh the form's edits asked for would have come (the edits were made
 * just before Run, so the cancel may land within that pause), and the second run's state and
 * status line, for the caller to check how many workers the long run started, that the cancel
 * stopped every one, that its message stayed, and that the next run went through.
 */
export async function cancelThenRunAgain(
  page: Page,
): Promise<{ workersOfLongRun: string; workersAfterCancel: string; afterCancel: string; secondRun: string }> {
  await startShortRun(page, [], 8);
  await page.waitForFunction(() => Number(document.body.dataset.workers) > 0);
  const workersOfLongRun = (await page.evaluate(() => document.body.dataset.workers)) ?? '';
  await pressButton(page, '#cancel');
  await page.waitForFunction(() => document.body.dataset.state !== 'running');
  const workersAfterCancel = (await page.evaluate(() => document.body.dataset.workers)) ?? '';
  await page.waitForTimeout(PAST_EDIT_PAUSE_MS);
  const afterCancel = await pageStatus(page);
  await startShortRun(page);
  return { workersOfLongRun, workersAfterCancel, afterCancel, secondRun: await finished(page) };
}

/** The page's state and status line, as `state: status`. */
async function pageStatus(page: Page): Promise<string> {
  return await page.evaluate(
    () => `${document.body.dataset.state}: ${document.getElementById('status')?.textContent}`,
  );
}

/** The page's summary JSON (summary.json's text) once its run is complete. */
export async function pageSummary(page: Page): Promise<string> {
  await page.waitForFunction(() => document.getElementById('results')?.dataset.complete === 'true');
  return (await page.textContent('#summary-json')) ?? '';
}

/** Downloads what the button `selector` saves; returns the file's text. */
export async function download(page: Page, selector: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await file.path();
  return readFileSync(path, 'utf8');
}

/** The run's charts once drawn: each one's heading, the title in its SVG and its number of data marks. */
export async function drawnCharts(page: Page): Promise<{ title: string; svgTitle: string; marks: number }[]> {
  await page.waitForFunction(() => document.getElementById('charts')?.dataset.complete === 'true');
  return await page.$$eval('#charts figure', (figures) =>
    figures.map((f) => ({
      title: f.querySelector('h3')?.textContent ?? '',
      svgTitle: f.querySelector('svg .role-title-text')?.textContent ?? '',
      // Data marks only (bars, lines, bands, points, rules): axes and legends have role-axis-… and role-legend-… classes.
      marks: f.querySelectorAll('svg .role-mark path, svg .role-mark line').length,
    })),
  );
}

/**
 * Starts recording every value the page's live-worker count (`body[data-workers]`) takes; the
 * function returned reads the values so far, in order.
 */
export async function recordWorkerCounts(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const scope = window as unknown as { workerCounts: string[] };
    scope.workerCounts = [];
    new MutationObserver(() => {
      scope.workerCounts.push(document.body.dataset.workers ?? '');
    }).observe(document.body, { attributes: true, attributeFilter: ['data-workers'] });
  });
  return () => page.evaluate(() => (window as unknown as { workerCounts: string[] }).workerCounts);
}

/**
 * Starts counting the page's live workers (`body[data-workers]`, which the page updates as it
 * starts and stops them); the function returned gives the most seen at once.
 */
export async function countWorkers(page: Page): Promise<() => Promise<number>> {
  const counts = await recordWorkerCounts(page);
  return async () => Math.max(0, ...(await counts()).map(Number));
}
