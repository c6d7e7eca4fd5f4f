// Records every module a `landport` process loads, for the start-up test and `pnpm bench:startup`:
//   LANDPORT_MODULE_LOG=<file> node --import ./packages/cli/scripts/loaded-modules.mjs packages/cli/bin/landport.js ...
// appends one line per module to <file>: `esm <url>` for ES modules (from a loader hook, which on
// Node 20 runs in its own thread, hence a file rather than a variable), `cjs <path>` for CommonJS
// (from require's cache at exit). Node's own modules are left out. Without the variable it does nothing.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const log = process.env.LANDPORT_MODULE_LOG;
if (log !== undefined && log !== '') {
  register('./loaded-modules-hooks.mjs', import.meta.url, { data: { log } });
  const cache = createRequire(import.meta.url).cache;
  process.on('exit', () => {
    appendFileSync(
      log,
      Object.keys(cache)
        .map((path) => `cjs ${path}\n`)
        .join(''),
    );
  });
}
