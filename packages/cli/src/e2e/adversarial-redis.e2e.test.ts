import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PrivateRedis, redisServerAvailable, startPrivateRedis } from '../queue/test-redis.js';
import {
  ensureBuilt,
  FIXTURES,
  type LandportExit,
  landport,
  listTree,
  REPRODUCIBLE_FILES,
  removeFolder,
  scratchFolder,
  startLandport,
} from './landport-process.js';

/*
 * The work queue (submit, worker, collect) against Redis servers that misbehave: silent, not
 * Redis, down, frozen, restarted without persistence. Each case asserts the exit code, the first
 * line of the message (or the last, for a worker, whose log comes first), the time taken where a
 * time is promised, and that nothing was written: each command runs in an empty folder of its
 * own, which must still be empty after it.
 *
 * The servers (fake ones, and redis-server processes of this file's own, which it restarts and
 * freezes) listen on loopback ports from 6400 to 6420, apart from the CI's shared server (6390).
 *
 * Most of the file's time is waiting (for a 5 s time-out, an idle worker), so the cases run
 * concurrently wherever they do not share a server: the fake servers' cases all at once, and the
 * real servers' cases in three groups, each with a server of its own and its cases in order.
 * Each kind of server takes its ports from a range of its own, so that a port found free by one
 * is not taken by another in between.
 */
const FAKE_PORTS: readonly [number, number] = [6400, 6409];
/** Ports where nothing of this file listens: a connection there is refused. */
const REFUSED_PORTS: readonly [number, number] = [6410, 6411];
const LOSS_PORTS: readonly [number, number] = [6412, 6414];
const FREEZE_PORTS: readonly [number, number] = [6415, 6417];
const IDLE_PORTS: readonly [number, number] = [6418, 6420];
const MMC = join(FIXTURES, 'mmc.yaml');
const SMALL_BATCH = [MMC, '--horizon', '1d', '--replications', '2', '--quiet'];
/** The promise of docs/distributed.md: a server that does not answer is reported within 5 s. */
const ANSWER_TIMEOUT_MS = 5000;
/** Slack over that for the process to notice, print and exit on a busy machine. */
const SLACK_MS = 2000;
/** Node's start-up and the loading of the CLI on a busy machine, where a time includes them. */
const STARTUP_MS = 3000;

/** A TCP server on a free port of `ports` that treats each connection with `onConnection`. */
async function fakeServer(
  onConnection: (socket: Socket) => void,
  ports: readonly [number, number] = FAKE_PORTS,
): Promise<{ server: Server; url: string }> {
  for (let port = ports[0]; port <= ports[1]; port++) {
    const server = createServer((socket) => {
      socket.on('error', () => {});
      onConnection(socket);
    });
    const listening = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (listening) return { server, url: `redis://127.0.0.1:${port}` };
  }
  throw new Error(`no free port from ${ports[0]} to ${ports[1]}`);
}

/** A port of {@link REFUSED_PORTS} on which nothing listens: a connection there is refused. */
async function refusedUrl(): Promise<string> {
  const { server, url } = await fakeServer(() => {}, REFUSED_PORTS);
  await new Promise((resolve) => server.close(resolve));
  return url;
}

const firstLine = (text: string) => text.split('\n')[0] ?? '';
const lastLine = (text: string) => text.trimEnd().split('\n').at(-1) ?? '';
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

let work: string;
let cases = 0;

/** A new empty folder to run one command in. */
function emptyFolder(): string {
  const folder = join(work, `case-${++cases}`);
  mkdirSync(folder);
  return folder;
}

/** Runs landport in a new empty folder; returns its exit, the folder and the time it took, ms. */
async function runInEmptyFolder(
  args: readonly string[],
): Promise<LandportExit & { folder: string; ms: number }> {
  const folder = emptyFolder();
  const started = performance.now();
  const exit = await landport(args, folder);
  return { ...exit, folder, ms: performance.now() - started };
}

beforeAll(() => {
  ensureBuilt();
  work = scratchFolder('adversarial-redis');
});
afterAll(() => removeFolder(work));

describe.concurrent('a server that is not a working Redis: exit 2, one line, nothing written', () => {
  let http: string;
  const servers: Server[] = [];

  beforeAll(async () => {
    // An HTTP server where Redis was expected: it answers anything with a 400.
    const web = await fakeServer((socket) => {
      socket.once('data', () => socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n'));
    });
    servers.push(web.server);
    http = web.url;
  });
  afterAll(async () => {
    for (const server of servers) {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  const commands: [string, (url: string) => string[]][] = [
    ['submit', (url) => ['submit', ...SMALL_BATCH, '--queue', url]],
    ['worker', (url) => ['worker', '--exit-when-empty', '--queue', url]],
    ['collect', (url) => ['collect', 'mmc-0badc0de', '--queue', url, '--out', 'out/mmc']],
  ];

  describe('silent (accepts the connection, never answers)', () => {
    it.each(commands)('%s reports it within 5 s of connecting', async (_name, args) => {
      // Accepts, reads, never writes: a stalled server, or a firewall that swallows traffic.
      let connectedAt = Number.NaN;
      const silent = await fakeServer((socket) => {
        connectedAt = performance.now();
        socket.resume();
      });
      servers.push(silent.server);
      const run = await runInEmptyFolder(args(silent.url));
      const waited = performance.now() - connectedAt;
      expect(run.code, run.stderr).toBe(2);
      expect(firstLine(run.stderr)).toMatch(
        new RegExp(
          `^landport: The Redis server at ${literal(silent.url)} did not answer within 5 s: it accepted the connection, then sent nothing back\\. `,
        ),
      );
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stdout).toBe('');
      expect(listTree(run.folder)).toEqual([]);
      // It waited for an answer, then gave up on time.
      expect(waited).toBeGreaterThan(ANSWER_TIMEOUT_MS - 1000);
      expect(waited).toBeLessThan(ANSWER_TIMEOUT_MS + SLACK_MS);
    });
  });

  it.each(commands)('not Redis (an HTTP server): %s quotes what answered', async (_name, args) => {
    const run = await runInEmptyFolder(args(http));
    expect(run.code, run.stderr).toBe(2);
    expect(firstLine(run.stderr)).toMatch(
      new RegExp(
        `^landport: The server at ${literal(http)} is not a Redis server \\(it answered "HTTP/1\\.1 400 Bad Request"\\)\\. Check the host and port`,
      ),
    );
    expect(run.stderr).not.toMatch(/Unknown RESP type/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(listTree(run.folder)).toEqual([]);
    expect(run.ms).toBeLessThan(ANSWER_TIMEOUT_MS + SLACK_MS + STARTUP_MS);
  });

  it.each(commands)('down (connection refused): %s prints one line, no stack trace', async (_name, args) => {
    const refused = await refusedUrl();
    const run = await runInEmptyFolder(args(refused));
    expect(run.code, run.stderr).toBe(2);
    expect(firstLine(run.stderr)).toMatch(
      new RegExp(
        `^landport: Cannot reach the Redis server of the queue at ${literal(refused)}: connect ECONNREFUSED 127\\.0\\.0\\.1:\\d+\\. Is Redis running there`,
      ),
    );
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(listTree(run.folder)).toEqual([]);
    expect(run.ms).toBeLessThan(ANSWER_TIMEOUT_MS + SLACK_MS + STARTUP_MS);
  });
});

describe.skipIf(!redisServerAvailable())(
  'a real Redis that loses the batch, freezes or idles',
  { concurrent: true },
  () => {
    /**
     * A redis-server of the group's own on a port of `ports`, started before its cases and stopped
     * after, and a client of the test's own to look at and tamper with it.
     */
    function serverOfItsOwn(ports: readonly [number, number]) {
      const own = {} as { server: PrivateRedis; url: string; probe: Redis };
      beforeAll(async () => {
        own.server = await startPrivateRedis(ports);
        own.url = own.server.url;
        own.probe = new Redis(own.url, { lazyConnect: true, maxRetriesPerRequest: null });
        own.probe.on('error', () => {}); // the server is restarted under it
        await own.probe.connect();
      });
      afterAll(async () => {
        own.probe.disconnect();
        await own.server.stop();
      });
      return own;
    }

    /** Submits a small batch to the queue at `url`, returning its id. */
    async function submit(url: string, extra: string[] = []): Promise<string> {
      const run = await landport(['submit', ...SMALL_BATCH, ...extra, '--queue', url], work);
      expect(run.code, run.stderr).toBe(0);
      return run.stdout.trim();
    }

    /** The arguments of `landport collect id --queue url ...flags`. */
    const collectArgs = (id: string, url: string, ...flags: string[]): string[] => [
      'collect',
      id,
      '--queue',
      url,
      ...flags,
    ];

    // The groups run concurrently (this suite's option); the cases of a group, in order (`sequential`).
    describe('that loses the batch', () => {
      const own = serverOfItsOwn(LOSS_PORTS);

      it.sequential('collect --no-wait on an unfinished batch: exit 2, and no --out folder is created', async () => {
        const id = await submit(own.url);
        const run = await runInEmptyFolder(collectArgs(id, own.url, '--no-wait', '--out', 'out/deep/mmc'));
        expect(run.code, run.stderr).toBe(2);
        expect(firstLine(run.stderr)).toBe(
          `landport: Batch ${id} is not finished: 0 of 2 replications are stored. Nothing was written; collect without --no-wait to wait for it.`,
        );
        expect(listTree(run.folder)).toEqual([]);
      });

      it.sequential.each([
        ['collect', []],
        ['collect --retry-failed', ['--retry-failed']],
      ])(
        '%s of a batch Redis lost (FLUSHALL) says so and suggests submitting again',
        async (_name, extra) => {
          const id = await submit(own.url);
          await own.probe.flushall();
          const run = await runInEmptyFolder(collectArgs(id, own.url, ...extra));
          expect(run.code, run.stderr).toBe(2);
          expect(firstLine(run.stderr)).toBe(
            `landport: There is no batch ${id} on ${own.url}: check the id \`landport submit\` printed and the --queue URL (database number included). ` +
              'If it was submitted there, it is gone: collected with --purge, or lost when Redis restarted without persistence; then submit it again.',
          );
          expect(run.stderr).not.toMatch(/--retry-failed/);
          expect(listTree(run.folder)).toEqual([]); // not even the default results/ folder
        },
      );

      describe.sequential('Redis restarted without persistence while a worker runs a job and collect waits', () => {
        let id: string;
        let collect: LandportExit & { folder: string };
        let worker: LandportExit;
        let restartedAt: number;
        let collectEndedAt: number;

        beforeAll(async () => {
          await own.probe.flushall();
          // 20 replications of 40 days in one job: several seconds of work, stored one by one.
          id = await submit(own.url, ['--horizon', '40d', '--replications', '20', '--chunk', '20']);
          const collectFolder = emptyFolder();
          const collecting = startLandport(
            collectArgs(id, own.url, '--quiet', '--out', 'out'),
            collectFolder,
          );
          const working = startLandport(['worker', '--exit-when-empty', '--queue', own.url], work);
          let log = '';
          working.child.stderr?.on('data', (chunk: Buffer) => {
            log += chunk.toString();
          });
          // Restart once the job has stored an output, so the loss happens in the middle of it, and
          // once collect holds its claim on the batch, so that it saw the batch before it vanished (a
          // fast worker can store its first output before collect has even started).
          for (let tries = 0; (await own.probe.hlen(`landport:batch:${id}:results`)) === 0; tries++) {
            if (tries > 600) throw new Error(`the worker stored nothing:\n${log}`);
            await sleep(50);
          }
          for (let tries = 0; (await own.probe.exists(`landport:batch:${id}:collector`)) === 0; tries++) {
            if (tries > 600) throw new Error('collect never claimed the batch');
            await sleep(20);
          }
          await own.server.restart();
          restartedAt = performance.now();
          const ended = collecting.exit.then((exit) => {
            collectEndedAt = performance.now();
            return exit;
          });
          [collect, worker] = await Promise.all([
            ended.then((exit) => ({ ...exit, folder: collectFolder })),
            working.exit,
          ]);
        });

        it('collect: exit 2 "no longer on the Redis server", soon after, nothing written', () => {
          expect(collect.code, collect.stderr).toBe(2);
          expect(firstLine(collect.stderr)).toBe(
            `landport: Batch ${id} is no longer on the Redis server at ${own.url} (was Redis restarted without persistence?): ` +
              'it was there when collect started and has vanished since. Its stored results are gone: submit it again.',
          );
          expect(collect.stderr).not.toMatch(/cannot be completed|--retry-failed|^\s+at /m);
          expect(collectEndedAt - restartedAt).toBeLessThan(ANSWER_TIMEOUT_MS + SLACK_MS);
          expect(listTree(collect.folder)).toEqual([]);
        });

        it('worker --exit-when-empty: exit 2 naming the lost batch, not 0 "queue is empty"; no orphan results', async () => {
          expect(worker.code, worker.stderr).toBe(2);
          expect(worker.stderr).toContain(
            `batch ${id} is no longer on the server (was Redis restarted without persistence?)`,
          );
          expect(lastLine(worker.stderr)).toBe(
            `landport: Batch ${id} is no longer on the Redis server at ${own.url} (was Redis restarted without persistence?): ` +
              'this worker was running one of its jobs when it vanished; the queue is empty now. Its stored results are gone: submit it again.',
          );
          expect(worker.stderr).not.toMatch(/^\s+at |Missing key/m);
          // Outputs finished after the loss were not written into a batch nobody will collect.
          expect(await own.probe.keys('landport:batch:*')).toEqual([]);
        });
      });

      it.sequential('a worker started after the loss, on an empty queue, exits 0: it serves no batch in particular', async () => {
        await own.probe.flushall();
        const run = await runInEmptyFolder(['worker', '--exit-when-empty', '--queue', own.url]);
        expect(run.code, run.stderr).toBe(0);
        expect(lastLine(run.stderr)).toMatch(/ landport worker \d+: the queue is empty; stopping$/);
        expect(listTree(run.folder)).toEqual([]);
      });
    });

    describe('that freezes', () => {
      const own = serverOfItsOwn(FREEZE_PORTS);

      it.sequential('Redis frozen (SIGSTOP) while collect waits: exit 2 within 5 s of the freeze, nothing written', async () => {
        const id = await submit(own.url);
        const folder = emptyFolder();
        const collecting = startLandport(collectArgs(id, own.url, '--out', 'out'), folder);
        let log = '';
        collecting.child.stderr?.on('data', (chunk: Buffer) => {
          log += chunk.toString();
        });
        while (!log.includes('replications: 2 to run')) await sleep(20); // it is waiting
        own.server.process.kill('SIGSTOP');
        const frozenAt = performance.now();
        try {
          const run = await collecting.exit;
          expect(performance.now() - frozenAt).toBeLessThan(ANSWER_TIMEOUT_MS + SLACK_MS);
          expect(run.code, run.stderr).toBe(2);
          expect(lastLine(run.stderr)).toMatch(
            new RegExp(
              `^landport: The Redis server at ${literal(own.url)} did not answer within 5 s: the command [A-Z]+ got no reply\\. `,
            ),
          );
          expect(listTree(folder)).toEqual([]);
        } finally {
          own.server.process.kill('SIGCONT');
        }
      });

      it.sequential('Redis frozen before submit: exit 2 within 5 s, no batch half-submitted', async () => {
        await own.probe.flushall();
        own.server.process.kill('SIGSTOP');
        let run: Awaited<ReturnType<typeof runInEmptyFolder>>;
        try {
          run = await runInEmptyFolder(['submit', ...SMALL_BATCH, '--queue', own.url]);
        } finally {
          own.server.process.kill('SIGCONT');
        }
        expect(run.code, run.stderr).toBe(2);
        expect(firstLine(run.stderr)).toMatch(
          new RegExp(`^landport: The Redis server at ${literal(own.url)} did not answer within 5 s: `),
        );
        expect(run.stdout).toBe('');
        expect(run.ms).toBeLessThan(ANSWER_TIMEOUT_MS + SLACK_MS + STARTUP_MS);
        expect(await own.probe.keys('landport:*')).toEqual([]);
      });
    });

    describe('that idles', () => {
      const own = serverOfItsOwn(IDLE_PORTS);

      it.sequential('a worker idle for longer than the time-out still takes jobs: waiting for work is not a time-out', async () => {
        await own.probe.flushall();
        const working = startLandport(['worker', '--queue', own.url], work);
        let log = '';
        working.child.stderr?.on('data', (chunk: Buffer) => {
          log += chunk.toString();
        });
        // Idle for longer than one of BullMQ's 5 s blocking waits for a job, which Redis ends a little
        // after the 5 s (it checks for expired waits 10 times a second): a time-out of 5 s on that
        // command would fail it and be logged as a queue error.
        while (!log.includes('taking jobs from')) await sleep(20);
        await sleep(ANSWER_TIMEOUT_MS + 2000);
        const id = await submit(own.url);
        const run = await runInEmptyFolder(
          collectArgs(id, own.url, '--quiet', '--no-charts', '--out', 'out'),
        );
        working.child.kill('SIGTERM');
        const stopped = await working.exit;
        expect(run.code, run.stderr).toBe(0);
        expect(REPRODUCIBLE_FILES.every((file) => existsSync(join(run.folder, 'out', file)))).toBe(true);
        expect(stopped.code, stopped.stderr).toBe(0);
        expect(stopped.stderr).not.toMatch(/queue error|did not answer/);
        expect(stopped.stderr).toMatch(new RegExp(`job ${id}\\.0: done`));
      });
    });
  },
);
