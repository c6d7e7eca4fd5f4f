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

/** A stream's write(chunk, [encoding], [callback]) that appends to `take` and reports success. */
function capture(take) {
  return (chunk, encoding, callback) => {
    take(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') queueMicrotask(() => done(null));
    return true;
  };
}

const realStdout = process.stdout.write;
const realStderr = process.stderr.write;
const results = [];
for (const file of process.argv.slice(2)) {
  let stdout = '';
  let stderr = '';
  let error = null;
  process.stdout.write = capture((s) => (stdout += s));
  process.stderr.write = capture((s) => (stderr += s));
  try {
    await import(pathToFileURL(file).href);
    // What a process of its own would exit with, were it not for a throw.
    if (process.exitCode !== undefined && process.exitCode !== 0) {
      error = `it set process.exitCode = ${process.exitCode}`;
    }
  } catch (thrown) {
    error = thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown);
  } finally {
    process.stdout.write = realStdout;
    process.stderr.write = realStderr;
    process.exitCode = undefined;
  }
  results.push({ file, stdout, stderr, error });
}
process.stdout.write(JSON.stringify(results), () => process.exit(0));
