// The table of Node 20's Math results that the port tests compare against on other Node versions
// (where V8's Math functions may no longer be fdlibm's): the reference arguments and, for writing
// the table, their results as hex bit patterns. The arguments are regenerated from the fixed seed,
// so the committed table holds results only.

import {
  anyDouble,
  powArguments,
  SPECIAL_VALUES,
  specialValuesFor,
  UNARY_ARGUMENTS,
  unit,
  wordSource,
} from './test-arguments.js';

/** Random arguments per function in the table, after the special values. */
export const TABLE_DRAWS = 300;

/** The V8 version the table was written with and whose Math the ports reproduce (Node 20). */
export const REFERENCE_V8 = '11.3.';

export type UnaryName = keyof typeof UNARY_ARGUMENTS;

/** The reference arguments of a unary function: the special values, then TABLE_DRAWS draws. */
export function unaryReferenceArguments(name: UnaryName): number[] {
  const next = wordSource();
  const draw = UNARY_ARGUMENTS[name];
  const out = specialValuesFor(name);
  for (let i = 0; i < TABLE_DRAWS; i++) out.push(draw(next));
  return out;
}

/** The reference (x, y) pairs of pow: special values crossed, then 2·TABLE_DRAWS draws. */
export function powReferenceArguments(): [number, number][] {
  const specials = SPECIAL_VALUES.filter((_, i) => i % 2 === 0);
  const out: [number, number][] = [];
  for (const x of specials) for (const y of specials) out.push([x, y]);
  const next = wordSource();
  for (let i = 0; i < 2 * TABLE_DRAWS; i++) out.push(powArguments(next));
  out.push([anyDouble(next), unit(next)]);
  return out;
}

const BITS = new Float64Array(1);
const WORDS = new Uint32Array(BITS.buffer);

/** A double's 64 bits as 16 hex digits, high word first (NaN as one canonical pattern). */
export function toHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  BITS[0] = x;
  return WORDS[1]!.toString(16).padStart(8, '0') + WORDS[0]!.toString(16).padStart(8, '0');
}
