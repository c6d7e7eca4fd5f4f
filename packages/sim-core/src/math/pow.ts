// Ported from fdlibm e_pow.c as V8 11.3 (Node 20) compiles it: base::ieee754::legacy::pow in
// src/base/ieee754.cc, which backs Math.pow and the ** operator there. Later V8 versions call the
// platform's std::pow instead (flag use_std_math_pow), so browsers disagree in the last bit.
// ====================================================
// Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//
// Developed at SunSoft, a Sun Microsystems, Inc. business.
// Permission to use, copy, modify, and distribute this
// software is freely granted, provided that this notice
// is preserved.
// ====================================================

import { fromWords, highWord, lowWord, withHighWord, withLowWord } from './float-words.js';

const BP1 = 1.5;
const DP_H1 = 0.5849624872207642; // 0x3FE2B803 40000000
const DP_L1 = 1.350039202129749e-8; // 0x3E4CFDEB 43CFD006
const TWO53 = 9007199254740992; // 0x43400000 00000000
const TWO54 = 18014398509481984;
const TWO_M54 = 5.551115123125783e-17;
const HUGE = 1e300;
const TINY = 1e-300;
// poly coefs for (3/2)*(log(x)-2s-2/3*s**3
const L1 = 0.5999999999999946; // 0x3FE33333 33333303
const L2 = 0.4285714285785502; // 0x3FDB6DB6 DB6FABFF
const L3 = 0.33333332981837743; // 0x3FD55555 518F264D
const L4 = 0.272728123808534; // 0x3FD17460 A91D4101
const L5 = 0.23066074577556175; // 0x3FCD864A 93C9DB65
const L6 = 0.20697501780033842; // 0x3FCA7E28 4A454EEF
const P1 = 0.16666666666666602; // 0x3FC55555 5555553E
const P2 = -0.0027777777777015593; // 0xBF66C16C 16BEBD93
const P3 = 0.00006613756321437934; // 0x3F11566A AF25DE2C
const P4 = -0.0000016533902205465252; // 0xBEBBBD41 C5D26BF1
const P5 = 4.1381367970572385e-8; // 0x3E663769 72BEA4D0
const LG2 = Math.LN2; // 0x3FE62E42 FEFA39EF
const LG2_H = 0.6931471824645996; // 0x3FE62E43 00000000
const LG2_L = -1.904654299957768e-9; // 0xBE205C61 0CA86C39
const OVT = 8.008566259537294e-17; // -(1024-log2(ovfl+.5ulp))
const CP = 0.9617966939259756; // 0x3FEEC709 DC3A03FD = 2/(3ln2)
const CP_H = 0.9617967009544373; // 0x3FEEC709 E0000000 = (float)cp
const CP_L = -7.028461650952758e-9; // 0xBE3E2FE0 145B01F5 = tail of cp_h
const IVLN2 = Math.LOG2E; // 0x3FF71547 652B82FE = 1/ln2
const IVLN2_H = 1.4426950216293335; // 0x3FF71547 60000000 = 24b 1/ln2
const IVLN2_L = 1.9259629911266175e-8; // 0x3E54AE0B F85DDF44 = 1/ln2 tail

/** x * 2^n for a result fdlibm's pow knows to be subnormal or zero (fdlibm s_scalbn.c). */
function scalbnSmall(x: number, n: number): number {
  const hx = highWord(x);
  let k = (hx & 0x7ff00000) >> 20;
  if (k === 0) {
    if ((lowWord(x) | (hx & 0x7fffffff)) === 0) return x;
    x *= TWO54;
    k = ((highWord(x) & 0x7ff00000) >> 20) - 54;
  }
  k += n;
  const h = highWord(x);
  if (k > 0) return withHighWord(x, (h & 0x800fffff) | (k << 20));
  if (k <= -54) return TINY * (x < 0 ? -TINY : TINY);
  return withHighWord(x, (h & 0x800fffff) | ((k + 54) << 20)) * TWO_M54;
}

/**
 * x^y, bit for bit as Node 20's `Math.pow` and `**` (fdlibm): the same number in every JavaScript
 * engine. Special cases follow ECMAScript (e.g. (±1)^±∞ is NaN).
 */
export function pow(x: number, y: number): number {
  const hx = highWord(x);
  const lx = lowWord(x) >>> 0;
  const hy = highWord(y);
  const ly = lowWord(y) >>> 0;
  let ix = hx & 0x7fffffff;
  const iy = hy & 0x7fffffff;

  if ((iy | ly) === 0) return 1; // x^0 = 1
  if (
    ix > 0x7ff00000 ||
    (ix === 0x7ff00000 && lx !== 0) ||
    iy > 0x7ff00000 ||
    (iy === 0x7ff00000 && ly !== 0)
  ) {
    return x + y; // NaN
  }

  // yisint = 0: y is not an integer; 1: an odd integer; 2: an even integer (only when x < 0)
  let yisint = 0;
  if (hx < 0) {
    if (iy >= 0x43400000) {
      yisint = 2;
    } else if (iy >= 0x3ff00000) {
      const e = (iy >> 20) - 0x3ff;
      if (e > 20) {
        const j = ly >>> (52 - e);
        if ((j << (52 - e)) >>> 0 === ly) yisint = 2 - (j & 1);
      } else if (ly === 0) {
        const j = iy >> (20 - e);
        if (j << (20 - e) === iy) yisint = 2 - (j & 1);
      }
    }
  }

  // special values of y
  if (ly === 0) {
    if (iy === 0x7ff00000) {
      // y is +-inf
      if (((ix - 0x3ff00000) | lx) === 0) return y - y; // (+-1)^+-inf is NaN
      if (ix >= 0x3ff00000) return hy >= 0 ? y : 0; // (|x|>1)^+-inf = inf, 0
      return hy < 0 ? -y : 0; // (|x|<1)^-,+inf = inf, 0
    }
    if (iy === 0x3ff00000) return hy < 0 ? 1 / x : x; // y is +-1
    if (hy === 0x40000000) return x * x; // y is 2
    if (hy === 0x3fe00000 && hx >= 0) return Math.sqrt(x); // y is 0.5, x >= +0 (sqrt is exact in IEEE 754)
  }

  let ax = Math.abs(x);
  // special values of x
  if (lx === 0 && (ix === 0x7ff00000 || ix === 0 || ix === 0x3ff00000)) {
    let z = ax; // x is +-0, +-inf, +-1
    if (hy < 0) z = 1 / z;
    if (hx < 0) {
      if (((ix - 0x3ff00000) | yisint) === 0)
        z = Number.NaN; // (-1)^non-int
      else if (yisint === 1) z = -z; // (x<0)^odd = -(|x|^odd)
    }
    return z;
  }

  let n = (hx >> 31) + 1;
  if ((n | yisint) === 0) return Number.NaN; // (x<0)^(non-int)
  let s = 1; // sign of the result
  if ((n | (yisint - 1)) === 0) s = -1; // (-ve)^(odd int)

  let t1: number;
  let t2: number;
  if (iy > 0x41e00000) {
    // |y| > 2^31
    if (iy > 0x43f00000) {
      // |y| > 2^64: must over/underflow
      if (ix <= 0x3fefffff) return hy < 0 ? HUGE * HUGE : TINY * TINY;
      if (ix >= 0x3ff00000) return hy > 0 ? HUGE * HUGE : TINY * TINY;
    }
    // over/underflow if x is not close to one
    if (ix < 0x3fefffff) return hy < 0 ? s * HUGE * HUGE : s * TINY * TINY;
    if (ix > 0x3ff00000) return hy > 0 ? s * HUGE * HUGE : s * TINY * TINY;
    // |1-x| <= 2^-20: log(x) by x - x^2/2 + x^3/3 - x^4/4
    const t = ax - 1;
    const w = t * t * (0.5 - t * (0.3333333333333333 - t * 0.25));
    const u = IVLN2_H * t;
    const v = t * IVLN2_L - w * IVLN2;
    t1 = withLowWord(u + v, 0);
    t2 = v - (t1 - u);
  } else {
    n = 0;
    if (ix < 0x00100000) {
      // subnormal x
      ax *= TWO53;
      n -= 53;
      ix = highWord(ax);
    }
    n += (ix >> 20) - 0x3ff;
    const j = ix & 0x000fffff;
    // determine the interval
    ix = j | 0x3ff00000; // normalize ix
    let k: number;
    if (j <= 0x3988e) {
      k = 0; // |x| < sqrt(3/2)
    } else if (j < 0xbb67a) {
      k = 1; // |x| < sqrt(3)
    } else {
      k = 0;
      n += 1;
      ix -= 0x00100000;
    }
    ax = withHighWord(ax, ix);
    const bp = k === 0 ? 1 : BP1;
    // ss = s_h + s_l = (x-1)/(x+1) or (x-1.5)/(x+1.5)
    let u = ax - bp;
    let v = 1 / (ax + bp);
    const ss = u * v;
    const sH = withLowWord(ss, 0);
    // t_h = ax + bp, high part
    let tH = fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
    let tL = ax - (tH - bp);
    const sL = v * (u - sH * tH - sH * tL);
    // log(ax)
    let s2 = ss * ss;
    let r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
    r += sL * (sH + ss);
    s2 = sH * sH;
    tH = withLowWord(3 + s2 + r, 0);
    tL = r - (tH - 3 - s2);
    // u + v = ss * (1 + ...)
    u = sH * tH;
    v = sL * tH + tL * ss;
    // 2/(3log2) * (ss + ...)
    const pH = withLowWord(u + v, 0);
    const pL = v - (pH - u);
    const zH = CP_H * pH; // cp_h + cp_l = 2/(3 log2)
    const zL = CP_L * pH + pL * CP + (k === 0 ? 0 : DP_L1);
    // log2(ax) = (ss + ...) * 2/(3 log2) = n + dp_h + z_h + z_l
    const t = n;
    const dpH = k === 0 ? 0 : DP_H1;
    t1 = withLowWord(zH + zL + dpH + t, 0);
    t2 = zL - (t1 - t - dpH - zH);
  }

  // split y into y1 + y2 and compute (y1 + y2) * (t1 + t2)
  const y1 = withLowWord(y, 0);
  const pL = (y - y1) * t1 + y * t2;
  let pH = y1 * t1;
  let z = pL + pH;
  let j = highWord(z);
  const i = lowWord(z);
  if (j >= 0x40900000) {
    // z >= 1024
    if (((j - 0x40900000) | i) !== 0) return s * HUGE * HUGE; // z > 1024: overflow
    if (pL + OVT > z - pH) return s * HUGE * HUGE;
  } else if ((j & 0x7fffffff) >= 0x4090cc00) {
    // z <= -1075
    if (((j - 0xc090cc00) | i) !== 0) return s * TINY * TINY; // z < -1075: underflow
    if (pL <= z - pH) return s * TINY * TINY;
  }
  // 2^(p_h + p_l)
  const iz = j & 0x7fffffff;
  let k = (iz >> 20) - 0x3ff;
  n = 0;
  if (iz > 0x3fe00000) {
    // |z| > 0.5: n = [z + 0.5]
    n = (j + (0x00100000 >> (k + 1))) | 0;
    k = ((n & 0x7fffffff) >> 20) - 0x3ff; // new k for n
    const t = fromWords(n & ~(0x000fffff >> k), 0);
    n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
    if (j < 0) n = -n;
    pH -= t;
  }
  const t = withLowWord(pL + pH, 0);
  const u = t * LG2_H;
  const v = (pL - (t - pH)) * LG2 + t * LG2_L;
  z = u + v;
  const w = v - (z - u);
  const tt = z * z;
  const tt1 = z - tt * (P1 + tt * (P2 + tt * (P3 + tt * (P4 + tt * P5))));
  const r = (z * tt1) / (tt1 - 2 - (w + z * w));
  z = 1 - (r - z);
  j = highWord(z);
  j = (j + (n << 20)) | 0;
  if (j >> 20 <= 0)
    z = scalbnSmall(z, n); // subnormal output
  else z = withHighWord(z, (highWord(z) + (n << 20)) | 0);
  return s * z;
}
