// Ported from fdlibm e_log.c as V8 11.3 (Node 20) compiles it in src/base/ieee754.cc.
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

const LN2_HI = 0.6931471803691238; // 0x3FE62E42 FEE00000
const LN2_LO = 1.9082149292705877e-10; // 0x3DEA39EF 35793C76
const TWO54 = 18014398509481984; // 0x43500000 00000000
const LG1 = 0.6666666666666735; // 3FE55555 55555593
const LG2 = 0.3999999999940942; // 3FD99999 9997FA04
const LG3 = 0.2857142874366239; // 3FD24924 94229359
const LG4 = 0.22222198432149784; // 3FCC71C5 1D8E78AF
const LG5 = 0.1818357216161805; // 3FC74664 96CB03DE
const LG6 = 0.15313837699209373; // 3FC39A09 D078C69F
const LG7 = 0.14798198605116586; // 3FC2F112 DF3E5244

/**
 * The natural logarithm, bit for bit as Node 20's `Math.log` (fdlibm): the same number in every
 * JavaScript engine, where `Math.log` may differ in the last bit between engines.
 */
export function log(x: number): number {
  let hx = highWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    // x < 2^-1022: zero, negative, subnormal
    if (((hx & 0x7fffffff) | lowWord(x)) === 0) return Number.NEGATIVE_INFINITY;
    if (hx < 0) return Number.NaN;
    k -= 54;
    x *= TWO54;
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  const e = (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  // Normalise x or x/2: fdlibm overwrites the exponent (SET_HIGH_WORD); scaling by 2^-(e + i/2^20)
  // gives the same bits, since the result is normal, and reads no half-written float.
  const scale = e + (i >> 20);
  x *= twoToThe(-scale);
  k += scale;
  const f = x - 1;
  if ((0x000fffff & (2 + hx)) < 3) {
    // -2^-20 <= f < 2^-20
    if (f === 0) {
      if (k === 0) return 0;
      return k * LN2_HI + k * LN2_LO;
    }
    const r = f * f * (0.5 - 0.3333333333333333 * f);
    if (k === 0) return f - r;
    return k * LN2_HI - (r - k * LN2_LO - f);
  }
  const s = f / (2 + f);
  const dk = k;
  const z = s * s;
  let j = hx - 0x6147a;
  const w = z * z;
  const jj = 0x6b851 - hx;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  j |= jj;
  const r = t2 + t1;
  if (j > 0) {
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + r));
    return dk * LN2_HI - (hfsq - (s * (hfsq + r) + dk * LN2_LO) - f);
  }
  if (k === 0) return f - s * (f - r);
  return dk * LN2_HI - (s * (f - r) - dk * LN2_LO - f);
}
