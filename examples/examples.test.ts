// Every example with an `<name>.expected.txt` beside it is run and its output compared, as SimPy
// does with its documented examples: the examples cannot rot. They run one after another in one
// process (modules-in-one-process.mjs), which loads the packages once for all of them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ModuleRun, runModulesInOneProcess } from './modules-in-one-process.js';

const here = dirname(fileURLToPath(import.meta.url));
const examples = readdirSync(here).filter(
  (f) =>
    f.endsWith('.ts') &&
    !f.endsWith('.test.ts') &&
    existsSync(join(here, f.replace(/\.ts$/, '.expected.txt'))),
);

let runs: Map<string, ModuleRun>;
beforeAll(() => {
  runs = runModulesInOneProcess(
    examples.map((file) => join(here, file)),
    { cwd: here, tsx: 'tsx' },
  );
});

describe('examples', () => {
  it('has examples to run', () => expect(examples.length).toBeGreaterThan(0));
  for (const file of examples) {
    it(`${file} prints its expected output`, () => {
      const run = runs.get(join(here, file))!;
      if (run.error !== null) throw new Error(`${file} failed:\n${run.error}\n${run.stderr}`);
      expect(run.stdout).toBe(readFileSync(join(here, file.replace(/\.ts$/, '.expected.txt')), 'utf8'));
    });
  }
});
