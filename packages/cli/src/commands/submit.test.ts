import { describe, expect, it } from 'vitest';
import { landport } from '../queue/test-cli.js';

// Port 1 on the loopback: nothing listens there, so the connection is refused at once.
const UNREACHABLE = 'redis://127.0.0.1:1';

describe('the queue commands, Redis unreachable', () => {
  it.each([
    ['submit', ['submit', 'horgos-2024', '--horizon', '10d', '--queue', UNREACHABLE]],
    ['worker', ['worker', '--queue', UNREACHABLE]],
    ['collect', ['collect', 'horgos-2024-0badc0de', '--queue', UNREACHABLE]],
  ])('%s exits with code 2 and a message naming the URL, without hanging', async (_name, args) => {
    // Refused at once (ECONNREFUSED below), not given up after the 5 s connect timeout; a hang
    // would fail by the test's time-out. Time itself is not asserted (benchmarks hold timings).
    const { code, stderr, stdout } = await landport(args);
    expect(code).toBe(2);
    expect(stderr).toContain(`landport: Cannot reach the Redis server of the queue at ${UNREACHABLE}: `);
    expect(stderr).toMatch(/ECONNREFUSED/);
    expect(stdout).toBe('');
  });

  it('hides the password of the URL in the message', async () => {
    const { code, stderr } = await landport(['worker', '--queue', 'redis://u:s3cret@127.0.0.1:1/2']);
    expect(code).toBe(2);
    expect(stderr).toContain('redis://u:***@127.0.0.1:1/2');
    expect(stderr).not.toContain('s3cret');
  });
});

describe('landport submit, bad input', () => {
  it('exits with code 2 on a malformed URL, a missing --queue and a bad option, before connecting', async () => {
    const malformed = await landport(['submit', 'horgos-2024', '--queue', 'localhost:6379']);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('expected redis://HOST:PORT');

    const missing = await landport(['submit', 'horgos-2024'], { LANDPORT_QUEUE: undefined });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--queue <url>' not specified");

    const chunk = await landport(['submit', 'horgos-2024', '--chunk', '0', '--queue', UNREACHABLE]);
    expect(chunk.code).toBe(2);
    expect(chunk.stderr).toContain('--chunk "0": expected a whole number from 1');
  });
});
