import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('.', import.meta.url));

// The playground runs this package in a browser: it may import no Node module. (The build also
// compiles it without Node's types, so a Node global such as `process` or `Buffer` fails there.)
describe('@landport/scenario-format runs without Node', () => {
  it('no file in src/ outside the tests imports a node: module or a Node built-in', () => {
    const files = (readdirSync(SRC, { recursive: true }) as string[])
      .map((path) => path.replaceAll('\\', '/'))
      .filter(
        (path) => path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.startsWith('test-support/'),
      );
    expect(files).toContain('parse.ts'); // the walk found the sources
    const builtIn = /^(node:|fs$|path$|url$|os$|module$|child_process$|worker_threads$)/;
    const offending = files.flatMap((file) =>
      [...readFileSync(`${SRC}${file}`, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)]
        .map((match) => match[1]!)
        .filter((spec) => builtIn.test(spec))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offending).toEqual([]);
  });
});
