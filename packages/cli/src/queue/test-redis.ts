import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';

/** A Redis server for tests. */
export interface TestRedis {
  /** `redis://host:port/db`: the database given to one test file, emptied at the start. */
  url: string;
  /** Stops the server if the tests started it. */
  stop(): Promise<void>;
}

/**
 * Test support (not part of the CLI's API): a Redis server for the queue's tests, which run
 * against a real one, never a mock, since what they check (locks, stalled jobs, retries) lives in
 * BullMQ's Lua scripts.
 *
 * - REDIS_URL set (CI: `.ci/run` starts Debian's redis-server and sets it): that server, database
 *   `db`, which is emptied first; each test file takes its own database, because test files run in
 *   parallel and a worker of one file must not take the jobs of another.
 * - Otherwise, if a `redis-server` binary is on the PATH: a private server on a free loopback
 *   port, without persistence, stopped by `stop()`.
 * - Otherwise: null, after a loud message, and the caller skips its tests. Under CI (CI=true) it
 *   throws instead, so that the queue can never pass CI untested.
 */
export async function startTestRedis(db: number): Promise<TestRedis | null> {
  const given = process.env.REDIS_URL;
  if (given !== undefined && given !== '') {
    const url = withDatabase(given, db);
    await flush(url);
    return { url, stop: async () => {} };
  }
  if (
    !redisServerInstalled(
      'no REDIS_URL and no redis-server on the PATH. Install it (apt-get install redis-server) ' +
        'or set REDIS_URL=redis://HOST:PORT to test the work queue.',
    )
  ) {
    return null;
  }
  const port = await freePort();
  const server = spawnRedisServer(port);
  const url = `redis://127.0.0.1:${port}/${db}`;
  await waitUntilUp(url, server);
  return { url, stop: () => stopRedisServer(server) };
}

/** A redis-server process of a test's own, which it may stop, restart or freeze. */
export interface PrivateRedis {
  /** `redis://127.0.0.1:PORT`. */
  readonly url: string;
  /** The server process now (a restart replaces it). */
  readonly process: ChildProcess;
  /** Stops it (SIGTERM) and starts it again on the same port: with no persistence, empty. */
  restart(): Promise<void>;
  /** Stops it. */
  stop(): Promise<void>;
}

/**
 * Test support: whether redis-server can be run, for a suite of {@link startPrivateRedis}
 * servers to skip itself if not; prints a loud message then, and under CI (CI=true) throws
 * instead, so that such a suite never passes CI untested (see {@link startTestRedis}).
 */
export function redisServerAvailable(): boolean {
  return redisServerInstalled('no redis-server on the PATH. Install it (apt-get install redis-server).');
}

/**
 * Test support: starts a redis-server of the test's own on the first free port of `ports`
 * (first, last), without persistence, for tests that restart or freeze the server or empty it,
 * which they must not do to a server other test files share. Start it in a `beforeAll` (not when
 * the file loads: the `afterAll` that stops it does not run when no test of its suite runs) after
 * checking {@link redisServerAvailable}. The server is also killed if the test process exits
 * without stopping it.
 */
export async function startPrivateRedis(ports: readonly [number, number]): Promise<PrivateRedis> {
  const port = await freePortIn(ports);
  const url = `redis://127.0.0.1:${port}`;
  let server = spawnRedisServer(port);
  const killOnExit = () => server.kill('SIGKILL');
  process.once('exit', killOnExit);
  await waitUntilUp(url, server);
  return {
    url,
    get process() {
      return server;
    },
    restart: async () => {
      await stopRedisServer(server);
      server = spawnRedisServer(port);
      await waitUntilUp(url, server);
    },
    stop: async () => {
      process.off('exit', killOnExit);
      await stopRedisServer(server);
    },
  };
}

/** Whether redis-server can be run; if not, prints `why` loudly, or throws it under CI. */
function redisServerInstalled(why: string): boolean {
  if (spawnSync('redis-server', ['--version']).status === 0) return true;
  const message = `REDIS TESTS SKIPPED: ${why}`;
  if (process.env.CI === 'true') throw new Error(`${message} (CI must run them)`);
  process.stderr.write(`\n${'!'.repeat(100)}\n${message}\n${'!'.repeat(100)}\n\n`);
  return false;
}

function spawnRedisServer(port: number): ChildProcess {
  return spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
}

async function stopRedisServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGCONT'); // a frozen server would not act on SIGTERM
  server.kill('SIGTERM');
  await exited;
}

function withDatabase(base: string, db: number): string {
  const url = new URL(base);
  url.pathname = `/${db}`;
  return url.href;
}

async function flush(url: string): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  client.on('error', () => {}); // connect() rejects with the same error
  try {
    await client.connect();
    await client.flushdb();
  } finally {
    client.disconnect();
  }
}

/** The first port of [first, last] on which nothing listens on the loopback. */
async function freePortIn([first, last]: readonly [number, number]): Promise<number> {
  for (let port = first; port <= last; port++) {
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port from ${first} to ${last} for a test redis-server`);
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject()));
    });
  });
}

async function waitUntilUp(url: string, server: ChildProcess): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    if (server.exitCode !== null) throw new Error(`redis-server exited with code ${server.exitCode}`);
    try {
      await flush(url);
      return;
    } catch {
      await sleep(50);
    }
  }
  server.kill('SIGKILL');
  throw new Error(`redis-server did not answer at ${url} within 5 s`);
}
