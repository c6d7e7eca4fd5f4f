// Writes src/math/node20-reference.json: Node 20's Math.log, exp, log1p, expm1, tan and pow on
// the reference arguments, as hex bit patterns. Run once under Node 20 (V8 11.3):
//   node --import tsx packages/sim-core/scripts/write-node20-math-reference.ts
import { writeFileSync } from 'node:fs';
import {
  powReferenceArguments,
  REFERENCE_V8,
  toHex,
  type UnaryName,
  unaryReferenceArguments,
} from '../src/math/node20-reference.js';

if (!process.versions.v8.startsWith(REFERENCE_V8)) {
  console.error(`needs Node 20 (V8 ${REFERENCE_V8}x); this is V8 ${process.versions.v8}`);
  process.exit(2);
}
const unary: Record<UnaryName, (x: number) => number> = {
  log: Math.log,
  log1p: Math.log1p,
  exp: Math.exp,
  expm1: Math.expm1,
  tan: Math.tan,
};
const table: Record<string, string[]> = {};
for (const [name, f] of Object.entries(unary)) {
  table[name] = unaryReferenceArguments(name as UnaryName).map((x) => toHex(f(x)));
}
table.pow = powReferenceArguments().map(([x, y]) => toHex(x ** y));
const path = new URL('../src/math/node20-reference.json', import.meta.url);
writeFileSync(path, `${JSON.stringify({ v8: process.versions.v8, results: table })}\n`);
console.log(`wrote ${path.pathname}`);
