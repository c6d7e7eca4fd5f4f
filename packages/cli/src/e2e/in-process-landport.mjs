// One `landport` command run inside the current Node process, for the test runners that run many
// commands in one process (landport-commands.mjs, landport-server.mjs): it gets what a process of
// its own would get, its working folder (process.chdir, which is why the commands of one process
// run one at a time), its own stdout and stderr (process.stdout.write and process.stderr.write are
// replaced while it runs; console, commander and progress lines all go through them) and the exit
// code main() returns, which bin/landport.js sets as process.exitCode.

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

/**
 * Runs `landport ...args` in `cwd` with the CLI's `main` (of the bundle bin/landport.js runs, whose
 * path is `landportBin`): resolves with its exit code and what it wrote. Never call it while
 * another call is running.
 */
export async function runInProcess(main, landportBin, args, cwd) {
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
  return { code, stdout, stderr };
}
