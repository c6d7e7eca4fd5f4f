import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exp, expm1, log, log1p, pow, tan } from './index.js';
import {
  powReferenceArguments,
  REFERENCE_V8,
  toHex,
  type UnaryName,
  unaryReferenceArguments,
} from './node20-reference.js';
import {
  powArguments,
  SPECIAL_VALUES,
  specialValuesFor,
  UNARY_ARGUMENTS,
  wordSource,
} from './test-arguments.js';

// The ports must give exactly Node 20's Math results (V8 11.3 compiles fdlibm), so that moving
// sim-core onto them changed no result in Node. Under Node 20 the test compares with Math.* itself
// on a million arguments per function; under any other Node (whose V8 may use other algorithms)
// the port is the reference, checked against the table of Node 20's bit patterns committed beside
// this file (scripts/write-node20-math-reference.ts wrote it under Node 20).
const ON_NODE_20 = process.versions.v8.startsWith(REFERENCE_V8);
const DRAWS = 1_000_000;

const PORTS: Record<UnaryName, [(x: number) => number, (x: number) => number]> = {
  log: [log, Math.log],
  log1p: [log1p, Math.log1p],
  exp: [exp, Math.exp],
  expm1: [expm1, Math.expm1],
  tan: [tan, Math.tan],
};

const TABLE = JSON.parse(readFileSync(new URL('./node20-reference.json', import.meta.url), 'utf8')) as {
  v8: string;
  results: Record<UnaryName | 'pow', string[]>;
};

/** The first arguments where port and reference differ, as text (empty when none). */
function mismatches(
  count: number,
  argument: (i: number) => number[],
  port: (a: number[]) => number,
  ref: (a: number[]) => number,
) {
  const out: string[] = [];
  for (let i = 0; i < count && out.length < 5; i++) {
    const a = argument(i);
    const got = port(a);
    const want = ref(a);
    if (!Object.is(got, want)) out.push(`(${a.join(', ')}): port ${got}, reference ${want}`);
  }
  return out;
}

describe.each(Object.keys(PORTS) as UnaryName[])('%s', (name) => {
  const [port, math] = PORTS[name];

  it.runIf(ON_NODE_20)(
    `equals Node 20's Math.${name} bit for bit on special values and ${DRAWS} draws`,
    () => {
      const specials = specialValuesFor(name);
      expect(
        mismatches(
          specials.length,
          (i) => [specials[i]!],
          ([x]) => port(x!),
          ([x]) => math(x!),
        ),
      ).toEqual([]);
      const next = wordSource(0x2545f491);
      const draw = UNARY_ARGUMENTS[name];
      const args = new Float64Array(DRAWS);
      for (let i = 0; i < DRAWS; i++) args[i] = draw(next);
      expect(
        mismatches(
          DRAWS,
          (i) => [args[i]!],
          ([x]) => port(x!),
          ([x]) => math(x!),
        ),
      ).toEqual([]);
    },
  );

  it(`equals the table of Node 20's Math.${name} bit patterns`, () => {
    const args = unaryReferenceArguments(name);
    expect(args.map((x) => toHex(port(x)))).toEqual(TABLE.results[name]);
  });
});

describe('pow', () => {
  it.runIf(ON_NODE_20)(`equals Node 20's ** bit for bit on special pairs and ${DRAWS} draws`, () => {
    const specials: [number, number][] = [];
    for (const x of SPECIAL_VALUES) for (const y of SPECIAL_VALUES) specials.push([x, y]);
    expect(
      mismatches(
        specials.length,
        (i) => specials[i]!,
        ([x, y]) => pow(x!, y!),
        ([x, y]) => x! ** y!,
      ),
    ).toEqual([]);
    const next = wordSource(0x2545f491);
    const args = Array.from({ length: DRAWS }, () => powArguments(next));
    expect(
      mismatches(
        DRAWS,
        (i) => args[i]!,
        ([x, y]) => pow(x!, y!),
        ([x, y]) => x! ** y!,
      ),
    ).toEqual([]);
  });

  it("equals the table of Node 20's pow bit patterns", () => {
    expect(powReferenceArguments().map(([x, y]) => toHex(pow(x, y)))).toEqual(TABLE.results.pow);
  });
});

describe('the reference table', () => {
  it.runIf(ON_NODE_20)('is what this Node 20 computes', () => {
    for (const name of Object.keys(PORTS) as UnaryName[]) {
      const math = PORTS[name][1];
      expect(unaryReferenceArguments(name).map((x) => toHex(math(x)))).toEqual(TABLE.results[name]);
    }
    expect(powReferenceArguments().map(([x, y]) => toHex(x ** y))).toEqual(TABLE.results.pow);
  });

  it('was written by Node 20 and covers every argument', () => {
    expect(TABLE.v8.startsWith(REFERENCE_V8)).toBe(true);
    expect(TABLE.results.log).toHaveLength(SPECIAL_VALUES.length + 300);
    expect(TABLE.results.tan).toHaveLength(specialValuesFor('tan').length + 300);
    expect(TABLE.results.pow.length).toBeGreaterThan(1000);
  });
});

describe('tan', () => {
  it('rejects arguments beyond the medium reduction range with a RangeError naming the bound', () => {
    expect(() => tan(2e6)).toThrow(
      /outside the supported range; expected a finite \|x\| <= 1647099.9999999998/,
    );
    expect(Number.isNaN(tan(Number.POSITIVE_INFINITY))).toBe(true);
  });
});
