// Runs many `landport` commands in one Node process, one after another, for the end-to-end tests
// whose commands each last a few milliseconds (bad-input, adversarial-input): a process per
// command cost 0.3–0.45 CPU-s of start-up, far more than the command (docs/performance.md, "Test
// suite"). Started by landportCommands() in landport-process.ts with an IPC channel; argv[2] is the
// module bin/landport.js runs (the bundle, which the tests' global setup keeps fresh).
//
// Each command gets what a process of its own would: its working folder (process.chdir, which is
// why the commands run one at a time), its own stdout and stderr (process.stdout.write and
// process.stderr.write are replaced while it runs; console, commander and progress lines all go
// through them) and the exit code main() returns, which bin/landport.js sets as process.exitCode.
// Its result goes back to the test over IPC as soon as it ends.
import { pathToFileURL } from 'node:url';

const { main } = await import(pathToFileURL(process.argv[2]).href);
const landportBin = process.argv[3];

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

process.once('message', async (commands) => {
  for (const [index, { args, cwd }] of commands.entries()) {
    let stdout = '';
    let stderr = '';
    process.chdir(cwd);
    process.stdout.write = capture((s) => (stdout += s));
    process.stderr.write = capture((s) => (stderr += s));
    let code;
    try {
      code = await main([process.execPath, landportBin, ...args]);
    } finally {
      process.stdout.write = realStdout;
      process.stderr.write = realStderr;
    }
    await new Promise((resolve) => process.send({ index, code, stdout, stderr }, resolve));
  }
  // A command's worker threads or timers must not keep the process alive: every result is sent.
  process.exit(0);
});
