import { describe, expect, it } from 'vitest';
import { RandomStreams } from './streams.js';

function draws(streams: RandomStreams, name: string, n = 50): number[] {
  const s = streams.stream(name);
  return Array.from({ length: n }, () => s.random());
}

describe('RandomStreams', () => {
  it('RandomStreams gives identical sequences for the same (seed, replication, name)', () => {
    expect(draws(new RandomStreams(42, 3), 'arrivals')).toEqual(draws(new RandomStreams(42, 3), 'arrivals'));
  });

  it('RandomStreams gives different sequences for a different name, replication or seed', () => {
    const base = draws(new RandomStreams(42, 0), 'arrivals');
    expect(draws(new RandomStreams(42, 0), 'service')).not.toEqual(base);
    expect(draws(new RandomStreams(42, 1), 'arrivals')).not.toEqual(base);
    expect(draws(new RandomStreams(43, 0), 'arrivals')).not.toEqual(base);
  });

  it('RandomStreams stream does not depend on which other streams exist or their creation order', () => {
    const plain = new RandomStreams('exp-1', 2);
    const expected = draws(plain, 'arrivals');
    // A richer model: other streams created first, and drawn from, before and between.
    const rich = new RandomStreams('exp-1', 2);
    draws(rich, 'customs');
    draws(rich, 'breakdowns', 1000);
    const arrivals = rich.stream('arrivals');
    draws(rich, 'customs');
    expect(Array.from({ length: 50 }, () => arrivals.random())).toEqual(expected);
  });

  it('RandomStreams returns the same cached stream object for a name', () => {
    const streams = new RandomStreams(1);
    expect(streams.stream('a')).toBe(streams.stream('a'));
    streams.stream('b');
    expect(streams.names()).toEqual(['a', 'b']);
  });

  it('RandomStreams treats the number 42 and the string "42" as the same master seed', () => {
    expect(draws(new RandomStreams(42), 'x')).toEqual(draws(new RandomStreams('42'), 'x'));
  });

  it('RandomStreams seeds are unambiguous where a plain join would collide', () => {
    // With "seed/rep/name" joining, ('a/0', 0, 'x') and ('a', 0, '0/x') would share a seed string.
    expect(draws(new RandomStreams('a/0'), 'x')).not.toEqual(draws(new RandomStreams('a'), '0/x'));
    expect(new RandomStreams('a/0').stream('x').seed).toBe('["a/0",0,"x"]');
  });

  it('RandomStreams first draws across many stream names look independent uniforms', () => {
    // Hashed seeds should not make neighbouring names ('s0', 's1', …) start alike: the first draws
    // of 20,000 streams must have uniform mean, and consecutive names uncorrelated first draws.
    const streams = new RandomStreams(7);
    const n = 20_000;
    const first = Array.from({ length: n }, (_, i) => streams.stream(`s${i}`).random());
    const mean = first.reduce((a, b) => a + b, 0) / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n)); // 5 SE
    let lagProduct = 0;
    for (let i = 1; i < n; i++) lagProduct += (first[i]! - 0.5) * (first[i - 1]! - 0.5);
    expect(Math.abs((lagProduct / (n - 1)) * 12)).toBeLessThan(5 / Math.sqrt(n)); // correlation, 5 SE
  });

  it.each([
    [Number.NaN, 0, 'RandomStreams: masterSeed must be a finite number or a non-empty string, got NaN'],
    ['', 0, 'RandomStreams: masterSeed must be a finite number or a non-empty string, got ""'],
    [1, -1, 'RandomStreams: replication must be an integer >= 0, got -1'],
    [1, 1.5, 'RandomStreams: replication must be an integer >= 0, got 1.5'],
  ] as const)('RandomStreams(%s, %s) throws a RangeError', (seed, replication, message) => {
    expect(() => new RandomStreams(seed, replication)).toThrow(new RangeError(message));
  });

  it('RandomStreams.stream rejects an empty name', () => {
    expect(() => new RandomStreams(1).stream('')).toThrow(
      new RangeError('RandomStreams.stream: name must be a non-empty string, got ""'),
    );
  });
});
