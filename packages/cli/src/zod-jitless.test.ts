import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * zod-jitless.ts (imported first by main.ts) turns off zod's compiled fast path by writing zod's shared configuration
 * (`globalThis.__zod_globalConfig`) before zod loads. That object is how zod shares `z.config()`
 * between copies of itself, not a documented option: this test fails if a zod update stops reading
 * it, so that the setting cannot silently stop working.
 */
describe("zod's shared configuration, as zod-jitless.ts sets it", () => {
  const zod = createRequire(new URL('../../scenario-format/package.json', import.meta.url)).resolve('zod');
  const readJitless = (preset: string) =>
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `${preset}\nconst z = await import(${JSON.stringify(pathToFileURL(zod).href)});\n` +
          'process.stdout.write(JSON.stringify(z.config().jitless ?? false));',
      ],
      { encoding: 'utf8' },
    );

  it('is read by zod when written before zod loads', () => {
    expect(readJitless('globalThis.__zod_globalConfig = { jitless: true };')).toBe('true');
  });

  it("is set by the CLI's main module, before any command loads zod", () => {
    const main = new URL('../dist/main.js', import.meta.url).href;
    expect(readJitless(`await import(${JSON.stringify(main)});`)).toBe('true');
  });

  it('is off when nothing sets it', () => {
    expect(readJitless('')).toBe('false');
  });
});
