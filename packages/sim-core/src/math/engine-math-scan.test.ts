import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Results must be the same numbers in every JavaScript engine, and engines' Math.log, exp, pow, tan
// and the like differ in the last bit (V8 in Node 20 uses fdlibm, Chromium 156 other algorithms).
// So code whose numbers can reach a result calls sim-core's ports (src/math) instead. This scan
// fails on any such Math call, and on any ** whose exponent is not an integer literal, outside
// src/math and the tests; a use that reaches no result stays when a comment just above it starts
// with `engine-math:` and says why.

const ROOT = new URL('../../../../', import.meta.url).pathname;
const SCANNED = ['sim-core', 'experiment', 'scenario-format', 'scenarios', 'cli', 'playground'].map((p) =>
  join(ROOT, 'packages', p, 'src'),
);
const ENGINE_MATH =
  /\bMath\.(log|exp|pow|log1p|expm1|log2|log10|cbrt|sin|cos|tan|atan|atan2|asin|acos|sinh|cosh|tanh|asinh|acosh|atanh|hypot)\b/;
// `**` followed by anything but an integer literal (2 ** -33, x ** 2 are exact in every engine).
const NON_INTEGER_POWER = /\*\*(?!\s*-?\d+(?![\d.e]))/;

function isTestSource(path: string): boolean {
  const name = path.split('/').pop()!;
  return (
    name.endsWith('.test.ts') ||
    name.startsWith('test-') ||
    path.includes('/test-support/') ||
    path.includes('/e2e/')
  );
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((p) => !isTestSource(p) && !p.includes('/sim-core/src/math/'));
}

/**
 * The code of a line: '' for comment lines; without a trailing // comment, without the text of
 * string literals ('**bold**' in Markdown) but with a template literal's ${…} expressions.
 */
function code(line: string): string {
  const t = line.trim();
  if (t.startsWith('//') || t.startsWith('*') || t.startsWith('/*')) return '';
  const i = line.indexOf(' // ');
  return (i < 0 ? line : line.slice(0, i))
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''")
    .replace(/`[^`]*`/g, (literal) => (literal.match(/\$\{[^}]*\}/g) ?? []).join(' '));
}

/** Whether the comment lines just above line i mark it with `engine-math:`. */
function marked(lines: string[], i: number): boolean {
  for (let j = i - 1; j >= 0 && lines[j]!.trim().startsWith('//'); j--) {
    if (lines[j]!.includes('engine-math:')) return true;
  }
  return false;
}

/** `file:line: text` for every engine-dependent math call outside src/math. */
function engineMathUses(files: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      const c = code(line);
      if ((ENGINE_MATH.test(c) || NON_INTEGER_POWER.test(c)) && !marked(lines, i)) {
        found.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
      }
    });
  }
  return found;
}

describe('engine-dependent math outside sim-core/src/math', () => {
  it('is absent from every source whose numbers can reach results', () => {
    const files = SCANNED.flatMap(sources);
    expect(files.length).toBeGreaterThan(100);
    expect(engineMathUses(files)).toEqual([]);
  });

  it('is found, with file and line, when present', () => {
    const probe = join(ROOT, 'packages/sim-core/src/random/exponential.ts');
    const text = readFileSync(probe, 'utf8');
    expect(text).toContain('log(rng.random())');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('log(rng.random())'));
    // The scan applied to the same line written with Math.log and with a non-integer power.
    const patterns = [lines[at]!.replace('log(', 'Math.log('), 'const y = x ** 0.5;', 'const y = x ** k;'];
    patterns.push(`const m = \`\${x ** 0.5} vehicles\`;`);
    for (const p of patterns) expect(ENGINE_MATH.test(code(p)) || NON_INTEGER_POWER.test(code(p))).toBe(true);
    for (const p of [
      'const s = 2 ** -33;',
      'const v = (a - b) ** 2;',
      'return Math.sqrt(x);',
      '// Math.log(u) in a comment',
    ]) {
      expect(ENGINE_MATH.test(code(p)) || NON_INTEGER_POWER.test(code(p))).toBe(false);
    }
    expect(marked(['  // engine-math: only a message', '  const s = 10 ** k;'], 1)).toBe(true);
    expect(marked(['  const t = 1;', '  const s = 10 ** k;'], 1)).toBe(false);
  });
});
