// Ported from fdlibm s_tan.c and k_tan.c as V8 11.3 (Node 20) compiles them in src/base/ieee754.cc.
// ====================================================
// Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//
// Developed at SunSoft, a Sun Microsystems, Inc. business.
// Permission to use, copy, modify, and distribute this
// software is freely granted, provided that this notice
// is preserved.
// ====================================================

import { highWord, lowWord, withLowWord } from './float-words.js';
import { REDUCED, reduceByHalfPi } from './reduce-by-half-pi.js';

const T = [
  0.3333333333333341, // 3FD55555 55555563
  0.13333333333320124, // 3FC11111 1110FE7A
  0.05396825397622605, // 3FABA1BA 1BB341FE
  0.021869488294859542, // 3F9664F4 8406D637
  0.0088632398235993, // 3F8226E3 E96E8493
  0.0035920791075913124, // 3F6D6D22 C9560328
  0.0014562094543252903, // 3F57DBC8 FEE08315
  0.0005880412408202641, // 3F4344D8 F2F26501
  0.0002464631348184699, // 3F3026F7 1A8D1068
  0.00007817944429395571, // 3F147E88 A03792A6
  0.00007140724913826082, // 3F12B80F 32F0A7E9
  -0.000018558637485527546, // BEF375CB DB605373
  0.00002590730518636337, // 3EFB2A70 74BF7AD4
] as const;
const PIO4 = 0.7853981633974483; // 3FE921FB 54442D18
const PIO4_LO = 3.061616997868383e-17; // 3C81A626 33145C07

/** tan(x + y) (iy = 1) or −1/tan(x + y) (iy = −1) for |x| ≲ π/4, y the tail of x. */
function kernelTan(x: number, y: number, iy: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix < 0x3e300000) {
    // |x| < 2^-28
    if ((ix | lowWord(x) | (iy + 1)) === 0) return 1 / Math.abs(x);
    if (iy === 1) return x;
    // -1 / (x + y), carefully
    const w = x + y;
    const z = withLowWord(w, 0);
    const v = y - (z - x);
    const a = -1 / w;
    const t = withLowWord(a, 0);
    const s = 1 + t * z;
    return t + a * (s + t * v);
  }
  if (ix >= 0x3fe59428) {
    // |x| >= 0.6744
    if (hx < 0) {
      x = -x;
      y = -y;
    }
    const z = PIO4 - x;
    const w = PIO4_LO - y;
    x = z + w;
    y = 0;
  }
  const z = x * x;
  let w = z * z;
  // x^5(T1 + x^4 T3 + ... + x^20 T11) + x^5(x^2 (T2 + x^4 T4 + ... + x^22 T12))
  let r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
  let v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
  const s = z * x;
  r = y + z * (s * (r + v) + y);
  r += T[0] * s;
  w = x + r;
  if (ix >= 0x3fe59428) {
    v = iy;
    return (1 - ((hx >> 30) & 2)) * (v - 2 * (x - ((w * w) / (w + v) - r)));
  }
  if (iy === 1) return w;
  // -1 / (x + r), accurately
  const zz = withLowWord(w, 0);
  v = r - (zz - x); // zz + v = r + x
  const a = -1 / w;
  const t = withLowWord(a, 0);
  const ss = 1 + t * zz;
  return t + a * (ss + t * v);
}

/**
 * The tangent, bit for bit as Node 20's `Math.tan` (fdlibm) for |x| up to about 2^20·π/2 (1,647,099),
 * where fdlibm's medium argument reduction suffices; beyond it this throws a RangeError rather than
 * port fdlibm's multi-precision reduction, which nothing in Landport needs (it calls tan(πq), 0 < q < 1).
 */
export function tan(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelTan(x, 0, 1); // |x| <= pi/4
  if (ix >= 0x7ff00000) return x - x; // NaN or infinity
  const n = reduceByHalfPi(x);
  return kernelTan(REDUCED[0]!, REDUCED[1]!, 1 - ((n & 1) << 1));
}
