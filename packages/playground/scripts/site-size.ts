// `pnpm playground:size`: the playground's total download, the sum of the files in dist/ as they
// are and gzip-compressed one by one (level 9, as a web server's static gzip would send them),
// largest first. Run after `pnpm playground:build`; docs/performance.md ("Playground") records it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const files: { name: string; bytes: number; gzip: number }[] = [];
const visit = (path: string) => {
  if (statSync(path).isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  else {
    const data = readFileSync(path);
    files.push({ name: relative(dist, path), bytes: data.length, gzip: gzipSync(data, { level: 9 }).length });
  }
};
visit(dist);
files.sort((a, b) => b.bytes - a.bytes);
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const total = files.reduce((t, f) => ({ bytes: t.bytes + f.bytes, gzip: t.gzip + f.gzip }), {
  bytes: 0,
  gzip: 0,
});
for (const f of files)
  process.stdout.write(`${f.name.padEnd(52)} ${kB(f.bytes).padStart(10)} ${kB(f.gzip).padStart(10)} gzip\n`);
process.stdout.write(
  `${`total, ${files.length} files`.padEnd(52)} ${kB(total.bytes).padStart(10)} ${kB(total.gzip).padStart(10)} gzip\n`,
);
