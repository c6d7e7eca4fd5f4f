import { availableParallelism } from 'node:os';
import { EVENTS_PER_WORKER } from '@landport/experiment';
import { describe, expect, it } from 'vitest';
import { UsageError } from './usage-error.js';
import { workerCount } from './worker-count.js';

describe('workerCount', () => {
  const cores = availableParallelism();

  it('never starts more threads than replications', () => {
    expect(workerCount('256', 2)).toBe(2);
    expect(workerCount(undefined, 1)).toBe(1);
  });

  it('never starts more than 4 × the cores', () => {
    expect(workerCount('256', 1_000_000)).toBe(Math.min(256, 4 * cores));
  });

  it('gives what was asked within those bounds, one per core by default', () => {
    expect(workerCount('1', 50)).toBe(1);
    expect(workerCount(undefined, 1000)).toBe(cores);
  });

  it('by default starts no more threads than one per EVENTS_PER_WORKER events of the whole run', () => {
    // 4 replications of 10 days of horgos-2024: about 42,000 events each.
    expect(workerCount(undefined, 4, 42_000)).toBe(1);
    expect(workerCount(undefined, 10, EVENTS_PER_WORKER / 10)).toBe(1);
    expect(workerCount(undefined, 10, EVENTS_PER_WORKER / 10 + 1)).toBe(Math.min(2, cores));
    // A replication-year of horgos-2024 (1.5 million events): a thread each, up to one per core.
    expect(workerCount(undefined, 3, 1.5e6)).toBe(Math.min(3, cores));
    expect(workerCount(undefined, 1000, 1.5e6)).toBe(cores);
    // What is asked for is started, however small the run.
    expect(workerCount('2', 4, 42_000)).toBe(2);
  });

  it('refuses values outside 1 to 256 with the range', () => {
    expect(() => workerCount('0', 10)).toThrow(
      new UsageError('--workers "0": expected a whole number from 1 to 256.'),
    );
    expect(() => workerCount('257', 10)).toThrow(
      new UsageError('--workers "257": expected a whole number from 1 to 256.'),
    );
  });
});
