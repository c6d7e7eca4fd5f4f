import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProgress } from './progress.js';

function capture(isTTY = false) {
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 100 });
  let text = '';
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  return { stream, text: () => text };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createProgress', () => {
  it('writes a plain line every interval when not on a terminal, with rate and time left', async () => {
    const out = capture();
    let now = 0;
    const progress = createProgress({ stream: out.stream, intervalMs: 5000, now: () => now });
    progress.start(100, 20);
    now = 10_000;
    progress.tick(40);
    vi.advanceTimersByTime(5000);
    now = 20_000;
    progress.tick(40);
    progress.stop();
    await vi.runAllTimersAsync();
    expect(out.text()).toBe(
      'replications: 100 to run (20 already done)\n' +
        'replications: 60/100 (60.0%), 4/s, 10s left\n' +
        'replications: 100/100 in 20s (4/s)\n',
    );
  });

  it('prints nothing when quiet', () => {
    const out = capture(true);
    const progress = createProgress({ stream: out.stream, quiet: true });
    progress.start(10);
    progress.tick();
    progress.stop();
    expect(out.text()).toBe('');
  });

  it('draws a bar with done/total on a terminal', async () => {
    const out = capture(true);
    let now = 0;
    const progress = createProgress({ stream: out.stream, now: () => now, label: 'runs' });
    progress.start(8);
    now = 2000;
    progress.tick(4);
    progress.stop();
    await vi.runAllTimersAsync();
    expect(out.text()).toContain('runs');
    expect(out.text()).toContain('4/8 | 2/s | 2s left');
  });
});
