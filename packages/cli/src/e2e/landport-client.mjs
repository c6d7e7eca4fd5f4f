// The client of landport-server.mjs: `node landport-client.mjs SOCKET ARGS...` runs `landport
// ARGS...` in the server, in this process's working folder, then writes the command's stdout and
// stderr as its own and exits with its exit code, as `landport ARGS...` would. Plain Node, no
// import of the CLI: its start-up is what a test saves.
import { connect } from 'node:net';

const [socketPath, ...args] = process.argv.slice(2);
const socket = connect(socketPath);
let answer = '';
socket.setEncoding('utf8');
socket.on('data', (chunk) => (answer += chunk));
socket.on('error', (error) => {
  process.stderr.write(`landport-client: cannot reach the test server at ${socketPath}: ${error.message}\n`);
  process.exitCode = 70;
});
socket.on('end', () => {
  if (answer === '') {
    process.stderr.write(`landport-client: the test server at ${socketPath} closed without an answer\n`);
    process.exitCode = 70;
    return;
  }
  const { code, stdout, stderr } = JSON.parse(answer);
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = code;
});
socket.write(`${JSON.stringify({ args, cwd: process.cwd() })}\n`);
