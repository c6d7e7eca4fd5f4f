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
 * Runs `work` (sync or async) with this process's stdout and stderr captured, and resolves with
 * what it wrote and either what it returned (`threw` false) or what it threw (`threw` true); the
 * streams are restored whatever happens. Never call it while another call is running.
 */
export async function captureOutput(work) {
  let stdout = '';
  let stderr = '';
  process.stdout.write = capture((s) => (stdout += s));
  process.stderr.write = capture((s) => (stderr += s));
  try {
    return { threw: false, value: await work(), stdout, stderr };
  } catch (error) {
    return { threw: true, value: error, stdout, stderr };
  } finally {
    process.stdout.write = realStdout;
    process.stderr.write = realStderr;
  }
}

/**
 * Runs `landport ...args` in `cwd` with the CLI's `main` (of the bundle bin/landport.js runs, whose
 * path is `landportBin`): resolves with its exit code and what it wrote (a throw passes through).
 * Never call it while another call is running.
 */
export async function runInProcess(main, landportBin, args, cwd) {
  process.chdir(cwd);
  const run = await captureOutput(() => main([process.execPath, landportBin, ...args]));
  if (run.threw) throw run.value;
  return { code: run.value, stdout: run.stdout, stderr: run.stderr };
}
