// Every TypeScript snippet of the documentation (docs/*.md and the packages' README.md files) is
// type-checked and run, as examples.test.ts runs the examples: a snippet importing from the wrong
// entry point, or calling an API that changed, fails here instead of in a reader's editor. They are
// type-checked against the packages' built declarations (dist/*.d.ts, which the global setup keeps
// fresh), the types a reader's editor sees, rather than against the packages' sources, which took
// tsc about three times as long (docs/performance.md, "Test suite").
//
// The snippets of one page are a session, as a reader follows them: they run in order in one
// module, so a later snippet uses what an earlier one defined (resources.md builds one model
// across its snippets). Imports are gathered at the top, each name once. Snippets that read a
// scenario file read `port.yaml`, a copy of a shipped scenario in the folder they run in, as a
// reader's own file would be. The pages' modules run one after another in one process
// (modules-in-one-process.mjs), which loads the packages once for all of them.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatherImports, snippetsOf } from './doc-snippets.js';
import { type ModuleRun, runModulesInOneProcess } from './modules-in-one-process.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const pages = [
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(root, 'docs', f)),
  ...readdirSync(join(root, 'packages')).map((p) => join(root, 'packages', p, 'README.md')),
  join(root, 'README.md'),
].filter((path) => {
  try {
    return snippetsOf(readFileSync(path, 'utf8')).length > 0;
  } catch {
    return false; // a package without a README
  }
});

/**
 * Inside the repository (examples/, whose node_modules resolve @landport/sim-core), so that the
 * workspace packages resolve as they would in a reader's project. Ignored by git.
 */
const work = join(here, '.landport-tmp', 'doc-snippets');
/** The folder the snippets run in: it holds the scenario file they read. */
let cwd: string;
const modules = new Map<string, string>();
/** tsx's loader, by path: the snippets run in a folder outside the repository, where `tsx` would not resolve. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
/** What each page's module did, by its path; run on first use (after the type-check). */
let runs: Map<string, ModuleRun> | undefined;

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const page of pages) {
    const name = relative(root, page).replaceAll('/', '--').replace(/\.md$/, '.ts');
    const snippets = snippetsOf(readFileSync(page, 'utf8'));
    const { imports, bodies } = gatherImports(snippets.map((s) => s.code));
    const parts = snippets.map((s, i) => `// ${relative(root, page)}:${s.line}\n${bodies[i]}`);
    const text = `${imports.join('\n')}\n\n${parts.join('\n\n')}\nexport {};\n`;
    writeFileSync(join(work, name), text);
    modules.set(page, join(work, name));
  }
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify(
      // The test files' settings, less the condition that resolves packages to their sources.
      {
        extends: '../../../tsconfig.test.json',
        compilerOptions: { customConditions: [] },
        include: ['*.ts'],
      },
      null,
      2,
    ),
  );
  cwd = mkdtempSync(join(tmpdir(), 'landport-doc-snippets-'));
  copyFileSync(join(root, 'packages/scenarios/data/horgos-2024.yaml'), join(cwd, 'port.yaml'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(cwd, { recursive: true, force: true });
});

describe('documentation snippets', () => {
  it('has snippets to check, in the pages that teach the API', () => {
    const names = pages.map((p) => relative(root, p));
    for (const page of ['docs/resources.md', 'docs/scenario-format.md', 'packages/sim-core/README.md']) {
      expect(names).toContain(page);
    }
  });

  it('type-check, all together', () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    try {
      execFileSync(process.execPath, [tsc, '-p', join(work, 'tsconfig.json')], { encoding: 'utf8' });
    } catch (error) {
      throw new Error(`the snippets do not type-check:\n${(error as { stdout: string }).stdout}`);
    }
  });

  for (const page of pages) {
    it(`${relative(root, page)}: its snippets run`, () => {
      const file = modules.get(page)!;
      runs ??= runModulesInOneProcess([...modules.values()], { cwd, tsx: TSX });
      const run = runs.get(file)!;
      if (run.error !== null) {
        throw new Error(
          `${relative(root, page)}: the snippets throw:\n${run.error}\n${run.stderr}\n${readFileSync(file, 'utf8')}`,
        );
      }
    });
  }
});
