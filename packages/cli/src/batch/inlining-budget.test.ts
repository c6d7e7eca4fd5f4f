import { describe, expect, it } from 'vitest';
import { WIDE_INLINING_EVENTS_PER_WORKER, wideInliningRepays } from './inlining-budget.js';

describe('wideInliningRepays', () => {
  it('repays from the threshold of estimated events per worker thread, not below it', () => {
    expect(wideInliningRepays(WIDE_INLINING_EVENTS_PER_WORKER, 1)).toBe(true);
    expect(wideInliningRepays(WIDE_INLINING_EVENTS_PER_WORKER - 1, 1)).toBe(false);
    expect(wideInliningRepays(2 * WIDE_INLINING_EVENTS_PER_WORKER, 2)).toBe(true);
    expect(wideInliningRepays(2 * WIDE_INLINING_EVENTS_PER_WORKER - 1, 2)).toBe(false);
  });

  it('repays for the README main job (50 replication-years of horgos-2024 on 2 threads) but not for a short what-if', () => {
    // About 1.55 million events a replication-year of horgos-2024 (bench:border).
    const year = 1.55e6;
    expect(wideInliningRepays(50 * year, 2)).toBe(true);
    expect(wideInliningRepays(4 * (20 / 366) * year, 1)).toBe(false);
  });
});
