import { loadScenario } from '@landport/scenarios';
import { estimateRunCost } from '@landport/sim-core/border';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENTS_PER_WORKER, estimatedEvents, workersForWork } from './workers-for-work.js';

describe('workersForWork', () => {
  it('gives a thread per EVENTS_PER_WORKER events, started or not', () => {
    // Four 10-day replications of horgos-2024: about 42,000 events each.
    expect(workersForWork(8, 4, 4 * 42_000)).toBe(1);
    expect(workersForWork(8, 10, EVENTS_PER_WORKER)).toBe(1);
    expect(workersForWork(8, 10, EVENTS_PER_WORKER + 1)).toBe(2);
    // Replication-years of horgos-2024 (1.5 million events each).
    expect(workersForWork(8, 3, 3 * 1.5e6)).toBe(3);
    expect(workersForWork(8, 1000, 1000 * 1.5e6)).toBe(8);
  });

  it('is one at least, and never more than the cores or the replications', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 512 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.double({ min: 0, max: 1e15, noNaN: true }),
        (cores, replications, events) => {
          const n = workersForWork(cores, replications, events);
          expect(Number.isSafeInteger(n)).toBe(true);
          expect(n).toBeGreaterThanOrEqual(1);
          expect(n).toBeLessThanOrEqual(Math.min(cores, replications));
          // Each thread but the first has at least EVENTS_PER_WORKER events' worth of work.
          if (n > 1) expect(events / (n - 1)).toBeGreaterThan(EVENTS_PER_WORKER);
        },
      ),
    );
  });
});

describe('estimatedEvents', () => {
  it("sums each listed scenario's estimate, once per listing", () => {
    const horgos = loadScenario('horgos-2024');
    const kashgar = loadScenario('kashgar-2024');
    const [h, k] = [estimateRunCost(horgos).events, estimateRunCost(kashgar).events];
    // A replication-year of each is about a million events or more (1.55 and 0.95 million measured).
    expect(h).toBeGreaterThan(1e6);
    expect(k).toBeGreaterThan(5e5);
    expect(estimatedEvents([])).toBe(0);
    expect(estimatedEvents([horgos, horgos, kashgar])).toBe(h + h + k);
    expect(estimatedEvents([kashgar, horgos, horgos])).toBe(k + h + h);
  });
});
