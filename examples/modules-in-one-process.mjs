// Runs TypeScript modules one after another in this one Node process (started with tsx's loader,
// `--import tsx`), for the tests that run many small programs: the examples (examples.test.ts) and
// the documentation's snippets (doc-snippets.test.ts). A process each paid Node's start-up and
// tsx's transpiling of the workspace packages' sources again for every module, ~1.6 CPU-s of the
// ~1.8 an example took (docs/performance.md, "Test suite"); here the packages load once.
//
// argv: the modules' paths. For each, in order: its stdout and stderr are captured while it runs
// (process.stdout.write and process.stderr.write are replaced; console goes through them), its
// import is awaited (a module's top-level code, top-level awaits included), and what it wrote, or
// the error it threw, is kept. At the end, one JSON array on stdout: {file, stdout, stderr, error}
// per module, error null if it ran to its end without setting a failing process.exitCode.
import { pathToFileURL } from 'node:url';
import { captureOutput } from '../packages/cli/src/e2e/in-process-landport.mjs';

const results = [];
for (const file of process.argv.slice(2)) {
  const run = await captureOutput(() => import(pathToFileURL(file).href));
  let error = null;
  if (run.threw) {
    const thrown = run.value;
    error = thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown);
  } else if (process.exitCode !== undefined && process.exitCode !== 0) {
    // What a process of its own would exit with, were it not for a throw.
    error = `it set process.exitCode = ${process.exitCode}`;
  }
  process.exitCode = undefined;
  results.push({ file, stdout: run.stdout, stderr: run.stderr, error });
}
process.stdout.write(JSON.stringify(results), () => process.exit(0));
