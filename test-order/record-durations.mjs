// Writes file-durations.json from vitest's cache of the last whole run (`pnpm test` first), for
// longest-first-sequencer.ts: `node test-order/record-durations.mjs`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../node_modules/.vite/vitest/', import.meta.url);
const [folder] = readdirSync(root);
if (folder === undefined) throw new Error('no vitest cache: run `pnpm test` first');
const { results } = JSON.parse(readFileSync(new URL(`${folder}/results.json`, root), 'utf8'));
const seconds = Object.fromEntries(
  results
    .filter(([, result]) => (result.duration ?? 0) >= 1000)
    .sort(([, a], [, b]) => b.duration - a.duration)
    .map(([key, result]) => [key, Math.round(result.duration / 100) / 10]),
);
const text = JSON.stringify({ measured: new Date().toISOString().slice(0, 10), seconds }, null, 2);
writeFileSync(new URL('./file-durations.json', import.meta.url), `${text}\n`);
console.log(`${Object.keys(seconds).length} files of a second or more`);
