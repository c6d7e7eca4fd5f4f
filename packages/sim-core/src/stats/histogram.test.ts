import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Histogram } from './histogram.js';

describe('Histogram', () => {
  it('Histogram puts values in half-open bins with underflow and overflow', () => {
    const h = new Histogram(0, 10, 5);
    for (const x of [-0.1, 0, 1.99, 2, 5, 9.999, 10, 42]) h.add(x);
    expect(h.edges).toEqual([0, 2, 4, 6, 8, 10]);
    expect(h.counts).toEqual([2, 1, 1, 0, 1]);
    expect(h.underflow).toBe(1);
    expect(h.overflow).toBe(2);
    expect(h.count).toBe(8);
  });

  it('Histogram bins agree with the published edges even where the bin arithmetic rounds', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.integer({ min: 1, max: 97 }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        (from, width, bins, u) => {
          const h = new Histogram(from, from + width, bins);
          const edges = h.edges;
          // Probe an edge itself (the case rounding gets wrong) or a point inside the range.
          const k = Math.floor(u * bins);
          for (const x of [edges[k]!, from + u * width]) {
            const before = h.counts;
            h.add(x);
            const bin = h.counts.findIndex((c, i) => c !== before[i]);
            if (bin >= 0) {
              expect(x).toBeGreaterThanOrEqual(edges[bin]!);
              expect(x).toBeLessThan(edges[bin + 1]!);
            } else {
              expect(x >= h.to || x < h.from).toBe(true);
            }
          }
        },
      ),
      { seed: 3, numRuns: 300 },
    );
  });

  it('Histogram.merge adds counts bin by bin', () => {
    const a = new Histogram(0, 1, 4);
    const b = new Histogram(0, 1, 4);
    for (const x of [0.1, 0.3, -1]) a.add(x);
    for (const x of [0.3, 0.9, 1]) b.add(x);
    a.merge(b);
    expect(a.toJSON()).toEqual({
      from: 0,
      to: 1,
      bins: 4,
      edges: [0, 0.25, 0.5, 0.75, 1],
      counts: [1, 2, 0, 1],
      underflow: 1,
      overflow: 1,
    });
    expect(b.count).toBe(3);
  });

  it('Histogram.merge rejects a different binning', () => {
    expect(() => new Histogram(0, 1, 4).merge(new Histogram(0, 1, 5))).toThrow(/bins=5/);
  });

  it('Histogram.reset forgets every observation', () => {
    const h = new Histogram(0, 1, 2);
    h.add(0.5);
    h.add(2);
    h.reset();
    expect(h.count).toBe(0);
    expect(h.counts).toEqual([0, 0]);
  });

  it('Histogram rejects bad parameters and NaN with RangeErrors', () => {
    expect(() => new Histogram(1, 1, 3)).toThrow(/from < to, got from=1, to=1/);
    expect(() => new Histogram(0, Number.POSITIVE_INFINITY, 3)).toThrow(RangeError);
    expect(() => new Histogram(0, 1, 0)).toThrow(/bins must be an integer >= 1, got 0/);
    expect(() => new Histogram(0, 1, 2.5)).toThrow(RangeError);
    expect(() => new Histogram(0, 1, 2).add(Number.NaN)).toThrow(RangeError);
  });
});
