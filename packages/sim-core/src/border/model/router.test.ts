import { describe, expect, it } from 'vitest';
import type { RandomStream } from '../../random/stream.js';
import { makeRouter, ProbabilisticRouter, SequenceRouter } from './router.js';
import type { StationModel } from './station-model.js';

/** Stand-ins for stations: a router only reads their id and index. */
const stations = new Map(
  ['gate', 'customs', 'yard'].map((id, index) => [id, { id, index } as unknown as StationModel]),
);
const at = (id: string) => stations.get(id)!;

/** A stream that replays the given uniforms and counts the draws. */
function replay(...uniforms: number[]) {
  const stream = { draws: 0, random: () => uniforms[stream.draws++]! };
  return stream;
}

describe('SequenceRouter', () => {
  it('gives the stations in order, then the exit', () => {
    const router = new SequenceRouter([at('gate'), at('yard')]);
    expect(router.first()).toBe(at('gate'));
    expect(router.next(at('gate'), 0)).toBe(at('yard'));
    expect(router.next(at('yard'), 1)).toBeNull();
    expect(new SequenceRouter([]).first()).toBeNull();
  });
});

describe('ProbabilisticRouter', () => {
  const route = {
    kind: 'probabilistic' as const,
    entry: [
      { to: 'gate', probability: 0.25 },
      { to: 'customs', probability: 0.75 },
    ],
    next: {
      gate: [
        { to: 'yard', probability: 0.5 },
        { to: 'exit', probability: 0.5 },
      ],
      customs: [],
    },
  };

  it('draws each step from the cumulative probabilities, one uniform per draw', () => {
    const rng = replay(0.2, 0.3, 0.6, 0.49, 0.51);
    const router = new ProbabilisticRouter(route, stations, rng as unknown as RandomStream);
    expect(router.first()).toBe(at('gate')); // 0.2 < 0.25
    expect(router.first()).toBe(at('customs')); // 0.3 ≥ 0.25
    expect(router.first()).toBe(at('customs'));
    expect(router.next(at('gate'))).toBe(at('yard')); // 0.49 < 0.5
    expect(router.next(at('gate'))).toBeNull(); // 'exit'
    expect(rng.draws).toBe(5);
  });

  it('leaves without a draw from a station with no row or an empty one', () => {
    const rng = replay();
    const router = makeRouter(route, stations, rng as unknown as RandomStream);
    expect(router.next(at('customs'), 0)).toBeNull();
    expect(router.next(at('yard'), 1)).toBeNull();
    expect(rng.draws).toBe(0);
  });
});
