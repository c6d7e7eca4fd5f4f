// Every example with an `<name>.expected.txt` beside it is run and its output compared, as SimPy
// does with its documented examples: the examples cannot rot.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const examples = readdirSync(here).filter(
  (f) =>
    f.endsWith('.ts') &&
    !f.endsWith('.test.ts') &&
    existsSync(join(here, f.replace(/\.ts$/, '.expected.txt'))),
);

describe('examples', () => {
  it('has examples to run', () => expect(examples.length).toBeGreaterThan(0));
  for (const file of examples) {
    it(`${file} prints its expected output`, () => {
      const output = execFileSync(
        process.execPath,
        ['--conditions=@landport/source', '--import', 'tsx', join(here, file)],
        { encoding: 'utf8', cwd: here },
      );
      expect(output).toBe(readFileSync(join(here, file.replace(/\.ts$/, '.expected.txt')), 'utf8'));
    });
  }
});
