import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('.', import.meta.url));

/** Every TypeScript file under src/ that ships (tests and their support left out), relative to src/. */
function sourceFiles(): string[] {
  return (readdirSync(SRC, { recursive: true }) as string[])
    .map((path) => path.replaceAll('\\', '/'))
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.startsWith('validation/'));
}

/** The module specifiers a file imports or re-exports from, static or dynamic. */
function specifiers(text: string): string[] {
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g);
  return [...found].map((match) => match[1]!);
}

// The scenario format (zod, yaml) is @landport/scenario-format's: the engine and the border model
// take a scenario already validated, so a page that only simulates downloads neither.
describe('what @landport/sim-core depends on', () => {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };

  it('its package.json lists neither zod nor yaml as a dependency', () => {
    const runtime = [
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}),
    ];
    expect(runtime).toContain('seedrandom'); // the manifest was read
    expect(runtime.filter((name) => name === 'zod' || name === 'yaml')).toEqual([]);
  });

  it('no file in src/ outside the tests imports zod, yaml or the scenario format', () => {
    const files = sourceFiles();
    expect(files).toContain('border/model/border-model.ts'); // the walk reached the model
    const offending = files.flatMap((file) =>
      specifiers(readFileSync(`${SRC}${file}`, 'utf8'))
        .filter((spec) => /^(zod|yaml|@landport\/scenario-format)(\/|$)/.test(spec))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('the import scan sees static, re-exported and dynamic imports', () => {
    const text = "import * as z from 'zod';\nexport { a } from \"yaml\";\nconst m = await import('zod/v4');";
    expect(specifiers(text)).toEqual(['zod', 'yaml', 'zod/v4']);
  });
});
