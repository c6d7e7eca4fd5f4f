import { exp, log, log1p, tan } from '../math/index.js';
import { regularizedIncompleteBeta } from './incomplete-beta.js';
import { logGamma } from './log-gamma.js';
import { normalQuantile } from './normal-quantile.js';

/**
 * Above this many degrees of freedom the Cornish–Fisher expansion is used directly: its next
 * term is O(ν⁻⁵), far below double precision, while the incomplete beta gets slower (its
 * continued fraction needs O(√ν) terms) and its log-gamma prefactor loses digits.
 */
const EXPANSION_MIN_DF = 1e5;
const MAX_ITERATIONS = 200;

/**
 * Student-t CDF P(T ≤ t) for ν = df > 0 degrees of freedom (non-integer ν allowed, as
 * Welch's test needs), via P(T > t) = ½·I_{ν/(ν+t²)}(ν/2, ½) for t ≥ 0. Near t = 0 the
 * complementary form ½ − ½·I_{t²/(ν+t²)}(½, ν/2) is used so that no digits cancel.
 * Intended for df up to ~1e7; beyond, the t distribution is normal to 1e-7 anyway.
 */
export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t)) throw new RangeError(`studentTCdf: t must be a number, got ${t}`);
  checkDf(df, 'studentTCdf');
  const tail = upperTail(Math.abs(t), df);
  return t >= 0 ? 1 - tail : tail;
}

/**
 * Student-t quantile: the t with P(T ≤ t) = p for ν = df > 0 degrees of freedom (df may be
 * non-integer or Infinity, which gives the normal quantile). Accurate to ~1e-12 relative for
 * ν ≤ 1e5 and ~1e-9 beyond (limited by the normal quantile). Returns ∓Infinity at p = 0, 1.
 *
 * Method: closed forms for ν = 1 (Cauchy, tan) and ν = 2; otherwise the Cornish–Fisher
 * expansion (Abramowitz & Stegun 26.7.5) as a start, refined by Newton's method on the
 * upper tail, safeguarded by bisection inside a bracket so that heavy tails cannot diverge.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`studentTQuantile: p must be in [0, 1], got ${p}`);
  if (df !== Number.POSITIVE_INFINITY) checkDf(df, 'studentTQuantile');
  if (p === 0.5) return 0;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const q = p < 0.5 ? p : 1 - p;
  const t = upperQuantile(q, df);
  return p < 0.5 ? -t : t;
}

function checkDf(df: number, fn: string): void {
  if (!(df > 0) || df === Number.POSITIVE_INFINITY) {
    throw new RangeError(`${fn}: df must be a finite number > 0, got ${df}`);
  }
}

/** P(T > t) for t ≥ 0. */
function upperTail(t: number, df: number): number {
  const t2 = t * t;
  if (t2 < df) return 0.5 - 0.5 * regularizedIncompleteBeta(t2 / (df + t2), 0.5, df / 2);
  return 0.5 * regularizedIncompleteBeta(df / (df + t2), df / 2, 0.5);
}

/** The t > 0 with P(T > t) = q, for 0 < q < 1/2. */
function upperQuantile(q: number, df: number): number {
  if (df === 1) return 1 / tan(Math.PI * q);
  if (df === 2) return (1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
  const start = cornishFisher(-normalQuantile(q), df);
  if (df >= EXPANSION_MIN_DF) return start;

  // ln of the t density's normalizing constant Γ((ν+1)/2) / (√(νπ) Γ(ν/2)).
  const logNorm = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * log(df * Math.PI);
  const density = (x: number) => exp(logNorm - ((df + 1) / 2) * log1p((x * x) / df));

  // Bracket [lo, hi] with tail(lo) >= q >= tail(hi); the tail decreases in t.
  let lo = 0;
  let hi = Math.max(start, 1);
  while (upperTail(hi, df) > q) {
    lo = hi;
    hi *= 2;
  }
  let t = start > lo && start < hi ? start : (lo + hi) / 2;
  for (let k = 0; k < MAX_ITERATIONS; k++) {
    const excess = upperTail(t, df) - q;
    if (excess === 0) return t;
    if (excess > 0) lo = t;
    else hi = t;
    let next = t + excess / density(t);
    if (!(next > lo && next < hi)) {
      // Newton left the bracket (flat heavy tail): bisect, geometrically when it spans decades.
      next = lo > 0 && hi > 4 * lo ? Math.sqrt(lo * hi) : (lo + hi) / 2;
    }
    if (Math.abs(next - t) <= 1e-14 * t) return next;
    t = next;
  }
  return t;
}

/**
 * Cornish–Fisher expansion of the t quantile around the normal quantile z
 * (Abramowitz & Stegun 26.7.5), through the ν⁻⁴ term.
 */
function cornishFisher(z: number, df: number): number {
  if (df === Number.POSITIVE_INFINITY) return z;
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}
