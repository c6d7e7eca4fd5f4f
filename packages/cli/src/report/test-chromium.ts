import { existsSync } from 'node:fs';

/**
 * Test support (not part of the CLI's API): the Chromium binary the browser tests drive, found the
 * way the Redis suites find their server (see queue/test-redis.ts).
 *
 * - LANDPORT_CHROMIUM names the binary; otherwise Debian's /usr/bin/chromium (.ci/run installs it).
 * - Found: its path.
 * - Missing: null, after a loud message, and the caller skips its tests; under CI (CI=true) it
 *   throws instead, so that the reports can never pass CI without being opened in a browser.
 *
 * A fresh machine set up by the README has no Chromium: `pnpm test` must pass there, saying what
 * it did not test, rather than fail in a setup hook.
 */
export function findTestChromium(): string | null {
  const path = process.env.LANDPORT_CHROMIUM ?? '/usr/bin/chromium';
  if (existsSync(path)) return path;
  const message =
    `BROWSER TESTS SKIPPED: no Chromium at ${path}. Install it (apt-get install chromium) or set ` +
    'LANDPORT_CHROMIUM=/path/to/chromium to open the HTML reports in a browser.';
  if (process.env.CI === 'true') throw new Error(`${message} (CI must run them)`);
  process.stderr.write(`\n${'!'.repeat(100)}\n${message}\n${'!'.repeat(100)}\n\n`);
  return null;
}

/**
 * Flags of the browser tests' Chromium: no sandbox (CI runs as root), no GPU, no network services,
 * updates or first-run pages, and not the browser's own omnibox. Headless Chromium still builds
 * the omnibox's two popups for every new window, each a WebUI page in a renderer of its own: about
 * 1.6 CPU-s a window, more than the page under test takes to load (docs/performance.md, "Test
 * suite").
 */
export const TEST_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];
