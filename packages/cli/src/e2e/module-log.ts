/**
 * Test support (not part of the CLI's API): the module log that scripts/loaded-modules.mjs writes
 * when a `landport` process runs with `--import` of it and LANDPORT_MODULE_LOG names a file.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The hook to give Node with `--import`. */
const MODULE_LOG_HOOK = fileURLToPath(new URL('../../scripts/loaded-modules.mjs', import.meta.url));

/**
 * The environment variables that make a `landport` process log every module it loads, its worker
 * threads' included, into the file `log`.
 */
export function moduleLogEnv(log: string): Record<string, string> {
  return { NODE_OPTIONS: `--import ${MODULE_LOG_HOOK}`, LANDPORT_MODULE_LOG: log };
}

const CLI_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** Every file a module log names, in the order logged, as a path (ES modules' URLs made paths). */
export function loggedFiles(log: string): string[] {
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.replace(/^(esm|cjs) /, ''))
    .map((name) => (name.startsWith('file:') ? fileURLToPath(name) : name));
}

/**
 * The border model modules a log names, relative to the CLI package: `dist/border-replication.js`
 * (the modules tsc built) or `dist/bundle/border-replication.js` (the bundle's), once per load.
 */
export function borderModelsLogged(log: string): string[] {
  return loggedFiles(log)
    .filter((file) => file.endsWith('/border-replication.js'))
    .map((file) => relative(CLI_DIR, file));
}
