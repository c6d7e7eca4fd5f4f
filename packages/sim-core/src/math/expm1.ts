// Ported from fdlibm s_expm1.c as V8 11.3 (Node 20) compiles it in src/base/ieee754.cc.
// ====================================================
// Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//
// Developed at SunSoft, a Sun Microsystems, Inc. business.
// Permission to use, copy, modify, and distribute this
// software is freely granted, provided that this notice
// is preserved.
// ====================================================

import { highWord, lowWord } from './float-words.js';
import { twoToThe } from './powers-of-two.js';

const O_THRESHOLD = 709.782712893384; // 0x40862E42 FEFA39EF
const LN2_HI = 0.6931471803691238; // 0x3FE62E42 FEE00000
const LN2_LO = 1.9082149292705877e-10; // 0x3DEA39EF 35793C76
const INV_LN2 = Math.LOG2E; // 0x3FF71547 652B82FE
// Scaled Q's: Qn_here = 2^n * Qn_above, for R(2z) where z = hxs = x*x/2.
const Q1 = -0.03333333333333313; // BFA11111 111110F4
const Q2 = 0.0015873015872548146; // 3F5A01A0 19FE5585
const Q3 = -0.0000793650757867488; // BF14CE19 9EAADBB7
const Q4 = 0.000004008217827329362; // 3ED0CFCA 86E65239
const Q5 = -2.0109921818362437e-7; // BE8AFDB7 6E09C32D
const HUGE = 1e300;
const TINY = 1e-300;
const TWO_1023 = 8.98846567431158e307;

/** e^x − 1, accurate near 0, bit for bit as Node 20's `Math.expm1` (fdlibm). */
export function expm1(x: number): number {
  let hx = highWord(x);
  const xsb = hx & 0x80000000; // sign bit of x
  hx &= 0x7fffffff; // high word of |x|
  // filter out huge and non-finite arguments
  if (hx >= 0x4043687a) {
    // |x| >= 56 ln2
    if (hx >= 0x40862e42) {
      // |x| >= 709.78...
      if (hx >= 0x7ff00000) {
        if (((hx & 0xfffff) | lowWord(x)) !== 0) return x + x; // NaN
        return xsb === 0 ? x : -1; // expm1(+-inf) = {inf, -1}
      }
      if (x > O_THRESHOLD) return HUGE * HUGE; // overflow
    }
    if (xsb !== 0 && x + TINY < 0) return TINY - 1; // x < -56 ln2
  }
  let k: number;
  let c = 0;
  // argument reduction
  if (hx > 0x3fd62e42) {
    // |x| > 0.5 ln2
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      // and |x| < 1.5 ln2
      if (xsb === 0) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = (INV_LN2 * x + (xsb === 0 ? 0.5 : -0.5)) | 0; // C's truncating (int) cast
      const t = k;
      hi = x - t * LN2_HI; // t * LN2_HI is exact here
      lo = t * LN2_LO;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    return x; // |x| < 2^-54
  } else {
    k = 0;
  }
  // x is now in the primary range
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  let t = 3 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6 - x * t));
  if (k === 0) return x - (x * e - hxs); // c is 0
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  // fdlibm's twopk (2^k) and 2^-k, from the table rather than written as float halves: see
  // powers-of-two.ts. k is in [-56, 1024]; 2^1024 is not a float64, and that case never reads it.
  let y: number;
  if (k <= -2 || k > 56) {
    // suffice to return exp(x) - 1
    y = 1 - (e - x);
    y = k === 1024 ? y * 2 * TWO_1023 : y * twoToThe(k);
    return y - 1;
  }
  t = 1;
  if (k < 20) {
    t = 1 - twoToThe(-k); // exact, the bits fdlibm writes into t's high word
    y = t - (e - x);
    y = y * twoToThe(k);
  } else {
    t = twoToThe(-k);
    y = x - (e + t);
    y += 1;
    y = y * twoToThe(k);
  }
  return y;
}
