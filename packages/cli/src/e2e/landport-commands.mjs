// Runs many `landport` commands in one Node process, one after another, for the end-to-end tests
// whose commands each last a few milliseconds (bad-input, adversarial-input): a process per
// command cost 0.3–0.45 CPU-s of start-up, far more than the command (docs/performance.md, "Test
// suite"). Started by landportCommands() in landport-process.ts with an IPC channel; argv[2] is the
// module bin/landport.js runs (the bundle, which the tests' global setup keeps fresh), argv[3]
// bin/landport.js. Without an IPC channel (landportCommandsSync()), it reads the commands as JSON
// on stdin and writes all their results as one JSON array on stdout at the end.
//
// Each command runs as runInProcess (in-process-landport.mjs) runs it: in its own working folder,
// with its own stdout, stderr and exit code. Its result goes back to the test over IPC as soon as
// it ends.
import { pathToFileURL } from 'node:url';
import { runInProcess } from './in-process-landport.mjs';

const { main } = await import(pathToFileURL(process.argv[2]).href);
const landportBin = process.argv[3];

if (process.send === undefined) {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const results = [];
  for (const { args, cwd } of JSON.parse(input))
    results.push(await runInProcess(main, landportBin, args, cwd));
  process.stdout.write(JSON.stringify(results), () => process.exit(0));
} else
  process.once('message', async (commands) => {
    for (const [index, { args, cwd }] of commands.entries()) {
      const { code, stdout, stderr } = await runInProcess(main, landportBin, args, cwd);
      await new Promise((resolve) => process.send({ index, code, stdout, stderr }, resolve));
    }
    // A command's worker threads or timers must not keep the process alive: every result is sent.
    process.exit(0);
  });
