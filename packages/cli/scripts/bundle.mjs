// Bundles the built CLI (dist/main.js, from `tsc -b`) into dist/bundle/: `pnpm build` runs it after
// tsc. Why: Node 20 resolves, reads and links every ES module one by one, and `landport validate`
// needs about 380 of them (zod, yaml, the scenario parser); that cost more than the validation
// itself. In a few files with code splitting, `validate` starts in about half the time (see
// docs/performance.md, "Start-up"). esbuild is the bundler because it is one well-kept dependency
// with no plugins needed here and takes well under a second.
//
// What it keeps working:
// - Each command's action stays a separate chunk loaded by its dynamic import(), so `--help` loads
//   no more than before.
// - `import.meta.url` in each of our modules still names that module's own file in dist/ (the
//   plugin below), so package.json, the scenario files and the chart libraries are found exactly
//   where they were. The exceptions are the two modules that name the worker threads' entries,
//   which name the bundled ones instead (NAMES_WORKER_ENTRY).
// - Dependencies that are loaded only to draw, or that read their own files (vega's builds,
//   resvg's binary, tinypool's worker), are not bundled: they load from node_modules as before,
//   and only when a command needs them. The work queue's client (bullmq, ioredis) is bundled in
//   the chunks of the queue's commands: about 290 files, 0.3 s of CPU to load one by one, for
//   every `submit`, `worker` and `collect` (bullmq 6 carries its Lua scripts as strings).
// - The worker threads' code is bundled too, by a second build (see WORKER_ENTRIES).
//
// bin/landport.js runs the bundle when it is newer than the builds it was made from, else dist/main.js.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const CLI = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = `${CLI}dist/bundle`;

/** The CLI dependencies that go into the bundle; the others stay in node_modules. */
const BUNDLED = new Set([
  '@landport/sim-core',
  '@landport/scenario-format',
  '@landport/scenarios',
  '@landport/experiment',
  'commander',
  'yaml',
  'bullmq',
  'ioredis',
]);
const dependencies = Object.keys(JSON.parse(readFileSync(`${CLI}package.json`, 'utf8')).dependencies);

/**
 * Where each name of @landport/experiment's entry (a list of `export { ... } from './file.js'`) is
 * defined, as a file path, read from the built entry.
 */
const EXPERIMENT_DIST = fileURLToPath(new URL('../../experiment/dist/', import.meta.url));
const experimentFiles = new Map();
for (const [, names, file] of readFileSync(`${EXPERIMENT_DIST}index.js`, 'utf8').matchAll(
  /export\s*\{([^}]*)\}\s*from\s*'([^']+)'/g,
)) {
  for (const name of names
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== ''))
    experimentFiles.set(name, `${EXPERIMENT_DIST}${file.replace(/^\.\//, '')}`);
}

/**
 * `import { a, b } from '@landport/experiment'` (or `export { ... } from`) as one import per
 * defining file. Why: with code splitting esbuild puts every module behind an entry it reaches
 * through a re-export list in one chunk, so a command declaration needing one small function
 * (a unit, a version) would load the chart specs with it; imported file by file, each module
 * lands in the chunks of the commands that use it, as before the experiment layer had a package.
 */
function importExperimentFiles(text) {
  return text.replace(
    /\b(import|export)\s*\{([^}]*)\}\s*from\s*'@landport\/experiment';/g,
    (_, keyword, list) => {
      const byFile = new Map();
      for (const item of list
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n !== '')) {
        const name = item.split(/\s+as\s+/)[0];
        const file = experimentFiles.get(name);
        if (file === undefined) throw new Error(`bundle: @landport/experiment exports no ${name}`);
        byFile.set(file, [...(byFile.get(file) ?? []), item]);
      }
      return [...byFile]
        .map(([file, items]) => `${keyword} { ${items.join(', ')} } from ${JSON.stringify(file)};`)
        .join('\n');
    },
  );
}

/**
 * What worker threads load, bundled beside main.js: the entry tinypool starts in each thread and
 * the border model it imports. Unbundled, each worker of each pool read and linked about 200
 * modules before its first replication (about 165 ms of CPU; bundled, about 15 ms: see
 * docs/performance.md, "Start-up").
 */
const WORKER_ENTRIES = {
  worker: `${CLI}dist/batch/worker.js`,
  'border-replication': `${CLI}dist/border-replication.js`,
};

/**
 * The modules that name a worker entry by a URL relative to their own (worker-pool: './worker.js';
 * border-replication: itself). Their `import.meta.url` is left as the bundle file's, so that in the
 * bundle they name the bundled entries, which sit in the same folder.
 */
const NAMES_WORKER_ENTRY = new Set([`${CLI}dist/batch/worker-pool.js`, `${CLI}dist/border-replication.js`]);

/**
 * Rewrites `import.meta.url` in each workspace module to the URL of its own file in dist/ (given
 * relative to the bundle, so the repository can move), as it was before bundling; and imports
 * from @landport/experiment file by file (see `importExperimentFiles`).
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]dist[\\/].*\.js$/ }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      const original = text;
      if (text.includes('@landport/experiment')) text = importExperimentFiles(text);
      if (text.includes('import.meta.url') && !NAMES_WORKER_ENTRY.has(args.path)) {
        const own = JSON.stringify(relative(OUT_DIR, args.path).replaceAll('\\', '/'));
        text = text.replaceAll('import.meta.url', `new URL(${own}, import.meta.url).href`);
      }
      return text === original ? undefined : { contents: text };
    });
  },
};

/**
 * `yaml` from its ES-module build (the one its package.json gives browsers; the same source) rather
 * than its CommonJS build, which Node's export condition picks. Why: esbuild cannot drop unused
 * parts of CommonJS, so the writer and the document API came along; as ES modules only what the
 * reader uses is bundled (641 → 575 kB for the chunk `validate` loads).
 */
const yamlModules = {
  name: 'yaml-modules',
  setup(builder) {
    builder.onResolve({ filter: /^yaml$/ }, async (args) => {
      const manifest = await builder.resolve('yaml/package.json', {
        kind: 'import-statement',
        resolveDir: args.resolveDir,
      });
      return { path: manifest.path.replace(/package\.json$/, 'browser/index.js') };
    });
  },
};

/** What both builds share. */
const common = {
  outdir: OUT_DIR,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: dependencies.filter((name) => !BUNDLED.has(name)),
  // Bundled CommonJS (yaml, commander, seedrandom) calls require() for Node's own modules.
  banner: {
    js: "import { createRequire as landportCreateRequire } from 'node:module'; const require = landportCreateRequire(import.meta.url);",
  },
  plugins: [keepModuleUrls, yamlModules],
  // Less source for V8 to read at start-up (the chunk `validate` loads: 575 → 409 kB). Names are
  // kept, so a stack trace still names its functions.
  minifyWhitespace: true,
  minifySyntax: true,
  absWorkingDir: CLI,
  metafile: true,
  logLevel: 'warning',
};

rmSync(OUT_DIR, { recursive: true, force: true });
// Two builds, so that the workers' modules do not change how the main thread's are split.
const main = await build({ ...common, entryPoints: [`${CLI}dist/main.js`] });
const workers = await build({ ...common, entryPoints: WORKER_ENTRIES, chunkNames: 'worker-chunk-[hash]' });
// Which modules went into which file: the start-up test (startup.e2e.test.ts) reads it.
const metafile = {
  inputs: { ...main.metafile.inputs, ...workers.metafile.inputs },
  outputs: { ...main.metafile.outputs, ...workers.metafile.outputs },
};
writeFileSync(`${OUT_DIR}/metafile.json`, JSON.stringify(metafile));
