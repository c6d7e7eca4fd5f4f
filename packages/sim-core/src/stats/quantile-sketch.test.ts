import { quantileSorted } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuantileSketch } from './quantile-sketch.js';

/** mulberry32: a tiny seeded generator so the test does not depend on the engine's random streams. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Box–Muller standard normal from two uniforms (1 − u keeps the log argument in (0, 1]). */
function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

function sketchOf(xs: Iterable<number>, maxBuckets = 2048): QuantileSketch {
  const s = new QuantileSketch({ maxBuckets });
  for (const x of xs) s.add(x);
  return s;
}

// n − 1 = 20000 makes q·(n − 1) an exact integer for these q (checked below), so d3's
// interpolating quantileSorted returns the very order statistic the sketch targets.
const N = 20_001;
const QS = [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999];

function expectWithinRelativeAccuracy(sketch: QuantileSketch, data: number[]): void {
  const sorted = [...data].sort((a, b) => a - b);
  // The guarantee is exact up to floating rounding in ln x / ln γ, hence the 1e-9 slack.
  const alpha = sketch.relativeAccuracy * (1 + 1e-9);
  for (const q of [0, ...QS, 1]) {
    expect(Number.isInteger(q * (N - 1))).toBe(true);
    const exact = quantileSorted(sorted, q)!;
    const estimate = sketch.quantile(q);
    expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(alpha * exact);
  }
}

describe('QuantileSketch', () => {
  it('QuantileSketch quantiles of exponential data are within the stated relative accuracy', () => {
    const rand = mulberry32(1);
    const data = Array.from({ length: N }, () => -5 * Math.log(1 - rand()));
    expectWithinRelativeAccuracy(sketchOf(data), data);
  });

  it('QuantileSketch quantiles of lognormal data with 30% exact zeros are within the stated relative accuracy', () => {
    const rand = mulberry32(2);
    const data = Array.from({ length: N }, () => (rand() < 0.3 ? 0 : Math.exp(1 + 1.5 * normal(rand))));
    const sketch = sketchOf(data);
    expect(sketch.zeroCount).toBe(data.filter((x) => x === 0).length);
    expect(sketch.quantile(0.1)).toBe(0);
    expectWithinRelativeAccuracy(sketch, data);
  });

  it('QuantileSketch honours a custom relative accuracy', () => {
    const rand = mulberry32(3);
    const data = Array.from({ length: N }, () => Math.exp(4 * normal(rand)));
    // At α = 0.1% a bucket is 10× narrower, so covering this data's ~e^±16 range takes
    // 32 / ln γ ≈ 16 000 buckets: the caller must raise maxBuckets with the accuracy.
    const sketch = new QuantileSketch({ relativeAccuracy: 0.001, maxBuckets: 20_000 });
    for (const x of data) sketch.add(x);
    expectWithinRelativeAccuracy(sketch, data);
  });

  it('QuantileSketch.merge of two halves equals the sketch of the whole', () => {
    const value = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e300, noNaN: true }));
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 80 }),
        fc.array(value, { maxLength: 80 }),
        fc.constantFrom(2, 7, 64, 2048),
        (xs, ys, maxBuckets) => {
          const whole = sketchOf([...xs, ...ys], maxBuckets).toJSON();
          expect(sketchOf(xs, maxBuckets).merge(sketchOf(ys, maxBuckets)).toJSON()).toEqual(whole);
          // Insertion order does not matter either, even when buckets collapse.
          expect(sketchOf([...ys, ...xs].reverse(), maxBuckets).toJSON()).toEqual(whole);
        },
      ),
      { seed: 11, numRuns: 300 },
    );
  });

  it('QuantileSketch memory stays bounded over 10^6 observations spanning 600 orders of magnitude', () => {
    const rand = mulberry32(4);
    const n = 1_000_000;
    const data = new Float64Array(n);
    const sketch = new QuantileSketch();
    for (let k = 0; k < n; k++) {
      const x = Math.exp(-690 + 1380 * rand());
      data[k] = x;
      sketch.add(x);
    }
    expect(sketch.count).toBe(n);
    expect(sketch.bucketCount).toBeLessThanOrEqual(2048);
    expect(sketch.toJSON().counts.length).toBeLessThanOrEqual(2048);
    // The kept 2048 buckets span ln(γ)·2048 ≈ 41 nepers of the 1380, i.e. the top ~3%:
    // high quantiles keep the guarantee; collapsed low ones read high but never below the min.
    data.sort();
    const alpha = sketch.relativeAccuracy * (1 + 1e-9);
    for (const q of [0.99, 0.999, 1]) {
      const exact = data[Math.floor(q * (n - 1))]!;
      expect(Math.abs(sketch.quantile(q) - exact)).toBeLessThanOrEqual(alpha * exact);
    }
    expect(sketch.quantile(0.5)).toBeGreaterThan(data[Math.floor(0.5 * (n - 1))]!);
    expect(sketch.quantile(0)).toBe(data[0]);
  });

  it('QuantileSketch collapses the lowest buckets, keeping the top quantiles accurate', () => {
    const data = Array.from({ length: 1000 }, (_, k) => k + 1);
    const sketch = sketchOf(data, 50);
    // 50 buckets of ln γ ≈ 0.02 cover a factor e^1 ≈ 2.7 below the max, i.e. values above ~370.
    expect(sketch.toJSON().counts.length).toBe(50);
    const exact99 = data[Math.floor(0.99 * 999)]!;
    expect(Math.abs(sketch.quantile(0.99) - exact99)).toBeLessThanOrEqual(0.01 * exact99);
    expect(sketch.quantile(0.1)).toBeGreaterThan(data[Math.floor(0.1 * 999)]!);
    expect(sketch.quantile(0)).toBe(1);
    expect(sketch.quantile(1)).toBe(1000);
  });

  it('QuantileSketch round-trips through JSON text', () => {
    const rand = mulberry32(5);
    const sketch = sketchOf(Array.from({ length: 500 }, () => (rand() < 0.1 ? 0 : rand() * 100)));
    const copy = QuantileSketch.fromJSON(JSON.parse(JSON.stringify(sketch.toJSON())));
    expect(copy.toJSON()).toEqual(sketch.toJSON());
    for (const q of QS) expect(copy.quantile(q)).toBe(sketch.quantile(q));
    const empty = QuantileSketch.fromJSON(JSON.parse(JSON.stringify(new QuantileSketch().toJSON())));
    expect(empty.count).toBe(0);
    expect(empty.quantile(0.5)).toBeNaN();
  });

  it('QuantileSketch.fromJSON rejects inconsistent state', () => {
    const json = sketchOf([0, 1, 2]).toJSON();
    expect(() => QuantileSketch.fromJSON({ ...json, count: 4 })).toThrow(/count 4/);
    expect(() => QuantileSketch.fromJSON({ ...json, counts: [-1] })).toThrow(/counts\[0\]/);
    expect(() => QuantileSketch.fromJSON({ ...json, min: null })).toThrow(RangeError);
    expect(() => QuantileSketch.fromJSON({ ...json, relativeAccuracy: 2 })).toThrow(/relativeAccuracy/);
  });

  it('QuantileSketch.merge into itself doubles every count', () => {
    const sketch = sketchOf([0, 1, 5, 5, 9]);
    sketch.merge(sketch);
    expect(sketch.toJSON()).toEqual(sketchOf([0, 1, 5, 5, 9, 0, 1, 5, 5, 9]).toJSON());
  });

  it('QuantileSketch.merge rejects sketches with different bucket layouts', () => {
    const a = new QuantileSketch();
    expect(() => a.merge(new QuantileSketch({ relativeAccuracy: 0.02 }))).toThrow(RangeError);
    expect(() => a.merge(new QuantileSketch({ maxBuckets: 100 }))).toThrow(/maxBuckets 100/);
  });

  it('QuantileSketch.reset forgets every observation', () => {
    const sketch = sketchOf([0, 3, 4]);
    sketch.reset();
    expect(sketch.toJSON()).toEqual(new QuantileSketch().toJSON());
    sketch.add(7);
    expect(sketch.quantile(0.5)).toBe(7);
  });

  it('QuantileSketch rejects negative, non-finite and out-of-range input with RangeErrors', () => {
    const sketch = new QuantileSketch();
    expect(() => sketch.add(-1)).toThrow(/>= 0, got -1/);
    expect(() => sketch.add(Number.NaN)).toThrow(RangeError);
    expect(() => sketch.add(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(sketch.count).toBe(0);
    expect(sketch.quantile(0.5)).toBeNaN();
    expect(() => sketch.quantile(1.5)).toThrow(/q must be in \[0, 1\], got 1.5/);
    expect(() => new QuantileSketch({ relativeAccuracy: 0 })).toThrow(RangeError);
    expect(() => new QuantileSketch({ maxBuckets: 1.5 })).toThrow(/maxBuckets/);
  });
});
