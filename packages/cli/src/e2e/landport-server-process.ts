/**
 * Starts landport-server.mjs, a `landport` that runs the commands its clients send one at a time
 * in one process, for end-to-end tests whose commands are started by shell scripts: put a
 * `landport` on the scripts' PATH that runs {@link LANDPORT_CLIENT} with the server's socket.
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_ENTRY } from './build-freshness.js';
import { LANDPORT_BIN, REPO_ROOT } from './landport-process.js';

/** The client script: `node LANDPORT_CLIENT SOCKET ARGS...` runs `landport ARGS...` in the server. */
export const LANDPORT_CLIENT = fileURLToPath(new URL('./landport-client.mjs', import.meta.url));

/** A running landport-server.mjs. */
export interface LandportServer {
  /** The path of its Unix socket. */
  socket: string;
  /** Stops it (SIGKILL: it holds no state worth a clean stop) and waits for it to exit. */
  stop(): Promise<void>;
}

/** Starts a server listening on the Unix socket `socket`; resolves once it listens. */
export async function startLandportServer(socket: string): Promise<LandportServer> {
  const server = fork(
    fileURLToPath(new URL('./landport-server.mjs', import.meta.url)),
    [join(REPO_ROOT, BUNDLE_ENTRY), LANDPORT_BIN, socket],
    {
      // Not the test worker's Node flags (its --conditions would load the packages' TypeScript).
      execArgv: [],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  let log = '';
  server.stderr?.setEncoding('utf8').on('data', (s: string) => (log += s));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    server.once('message', () => resolve());
    void exited.then(() => reject(new Error(`the landport test server exited before it listened:\n${log}`)));
  });
  return {
    socket,
    stop: async () => {
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
      await exited;
    },
  };
}
