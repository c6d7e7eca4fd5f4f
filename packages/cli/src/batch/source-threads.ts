import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The export condition under which workspace packages resolve to their TypeScript sources. */
const SOURCE_CONDITION = '@landport/source';
/** The built worker, and the entry that runs it with tsx's hooks for a model in TypeScript. */
const BUILT_WORKER = new URL('../../dist/bundle/worker.js', import.meta.url);
const SOURCE_WORKER = new URL('./worker-source.mjs', import.meta.url);

/** How a pool's worker threads start: their entry module, the model they load, their Node options. */
export interface ThreadStart {
  filename: string;
  model: string;
  execArgv: string[];
}

/**
 * How worker threads start while the CLI runs from its TypeScript source (under vitest, or
 * `node --import tsx`). Worker threads need JavaScript, so they run the builds: the built worker,
 * and the model's built twin when it has a current one (dist/border-replication.js for
 * src/border-replication.ts). Only a TypeScript model without one (a user's, run through tsx) gets
 * worker-source.mjs, which registers tsx's hooks in the thread.
 *
 * Why not tsx for every thread: its hooks cost about 0.5 s of CPU a thread (a hooks thread of its
 * own, esbuild loaded and parsed), against about 0.15 s for the built worker and model; the tests
 * start some twenty-five pools (docs/performance.md, "Test suite").
 */
export function sourceThreads(model: string): ThreadStart {
  if (!existsSync(BUILT_WORKER)) {
    throw new Error(
      `the CLI's worker threads run its build, and ${fileURLToPath(BUILT_WORKER)} does not exist: run \`pnpm build\` first`,
    );
  }
  const execArgv = builtPackagesArgv(process.execArgv);
  const twin = builtTwin(model);
  if (twin === null && model.endsWith('.ts')) return { filename: SOURCE_WORKER.href, model, execArgv };
  return { filename: BUILT_WORKER.href, model: twin ?? model, execArgv };
}

/**
 * `execArgv` without the `@landport/source` export condition. vitest starts its test threads with
 * `--conditions @landport/source`, and worker threads inherit their parent's Node options: with
 * it, a model's `import '@landport/sim-core'` resolves to src/index.ts, which a thread cannot load
 * without tsx. Without it, workspace packages resolve to their builds, which the tests' global
 * setup keeps current.
 */
export function builtPackagesArgv(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    if ((arg === '--conditions' || arg === '-C') && execArgv[i + 1] === SOURCE_CONDITION) {
      i++;
      continue;
    }
    if (arg === `--conditions=${SOURCE_CONDITION}` || arg === `-C=${SOURCE_CONDITION}`) continue;
    kept.push(arg);
  }
  return kept;
}

/**
 * The build of a package's TypeScript module, as a file URL: `<package>/src/<path>.ts` →
 * `<package>/dist/<path>.js`, where `<package>` is the nearest folder above with a package.json.
 * Null when the module is not a package's .ts source, or its build is missing or older than it
 * (a stale build would run old code without a word).
 */
export function builtTwin(model: string): string | null {
  if (!(model.startsWith('file:') && model.endsWith('.ts'))) return null;
  const source = fileURLToPath(model);
  let root = dirname(source);
  while (!existsSync(join(root, 'package.json'))) {
    const parent = dirname(root);
    if (parent === root) return null;
    root = parent;
  }
  const path = relative(join(root, 'src'), source);
  if (path.startsWith('..') || path.startsWith(sep)) return null;
  const twin = join(root, 'dist', path.replace(/\.ts$/, '.js'));
  const built = statSync(twin, { throwIfNoEntry: false });
  const written = statSync(source, { throwIfNoEntry: false });
  if (built === undefined || written === undefined || built.mtimeMs < written.mtimeMs) return null;
  return pathToFileURL(twin).href;
}
