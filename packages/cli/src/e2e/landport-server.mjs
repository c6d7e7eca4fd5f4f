// A `landport` that runs the commands sent to it on a Unix socket, one at a time, in this one Node
// process: for the end-to-end tests whose commands are started by shell scripts (help-examples),
// where landportCommands() cannot be used because the commands are not known in advance. Each
// command skips a process's start-up and, after the first of its kind, the loading of its
// command's modules (about half the CPU time of a short `landport run`; docs/performance.md,
// "Test suite"). The client is landport-client.mjs, run by the `landport` on the scripts' PATH.
//
// argv: the module bin/landport.js runs (the bundle), bin/landport.js, the socket's path. Started
// with an IPC channel (landportServer() in landport-server-process.ts), on which it says 'ready'
// once it listens; it runs until killed.
//
// The protocol, one request a connection: the client sends one JSON line {args, cwd}; the server
// answers with one JSON line {code, stdout, stderr} (see runInProcess) and closes.
import { createServer } from 'node:net';
import { pathToFileURL } from 'node:url';
import { runInProcess } from './in-process-landport.mjs';

const { main } = await import(pathToFileURL(process.argv[2]).href);
const landportBin = process.argv[3];
const socketPath = process.argv[4];

/** The commands run one after another: each changes the working folder and the output streams. */
let queue = Promise.resolve();

const server = createServer((socket) => {
  let request = '';
  socket.setEncoding('utf8');
  socket.on('error', () => {}); // a client killed mid-command: nobody to answer
  socket.on('data', (chunk) => {
    request += chunk;
    const end = request.indexOf('\n');
    if (end < 0) return;
    const { args, cwd } = JSON.parse(request.slice(0, end));
    queue = queue.then(async () => {
      let answer;
      try {
        answer = await runInProcess(main, landportBin, args, cwd);
      } catch (error) {
        // main() reports every error it expects itself; anything else is what an uncaught
        // exception would print in a process of its own, with its exit code.
        answer = { code: 1, stdout: '', stderr: `${error?.stack ?? error}\n` };
      }
      socket.end(`${JSON.stringify(answer)}\n`);
    });
  });
});
server.listen(socketPath, () => process.send('ready'));
