// `pnpm playground`: serves the built site (packages/playground/dist) on http://127.0.0.1:4173/,
// or the port in PORT, until Ctrl-C. The root script builds it first.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../src/static-server.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(`${dist}index.html`)) {
  process.stderr.write('landport playground: dist/ has no index.html; run `pnpm playground:build` first.\n');
  process.exit(2);
}
const port = process.env.PORT === undefined ? 4173 : Number(process.env.PORT);
try {
  const server = await serveStatic(dist, port);
  process.stdout.write(`Landport playground: ${server.url}  (serving ${dist}; Ctrl-C to stop)\n`);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  process.stderr.write(
    code === 'EADDRINUSE'
      ? `landport playground: port ${port} is in use; choose another with PORT=8080 pnpm playground.\n`
      : `landport playground: could not serve ${dist}: ${(error as Error).message}\n`,
  );
  process.exit(2);
}
