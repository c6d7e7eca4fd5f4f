// Ported from fdlibm e_rem_pio2.c as V8 11.3 (Node 20) compiles it in src/base/ieee754.cc, without
// the multi-precision path beyond about 2^20·π/2 (__kernel_rem_pio2).
// ====================================================
// Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//
// Developed at SunSoft, a Sun Microsystems, Inc. business.
// Permission to use, copy, modify, and distribute this
// software is freely granted, provided that this notice
// is preserved.
// ====================================================

import { highWord } from './float-words.js';

/** The reduced argument of the last `reduceByHalfPi` call, as head and tail: no allocation per call. */
export const REDUCED = new Float64Array(2);

/** The largest |x| this reduction handles: fdlibm's medium range, about 2^20·π/2 (high word 0x413921FB). */
export const MAX_REDUCIBLE = 1647099.9999999998;

// High words of n·π/2 for n = 1..32, to detect cancellation quickly.
const NPIO2_HW = [
  0x3ff921fb, 0x400921fb, 0x4012d97c, 0x401921fb, 0x401f6a7a, 0x4022d97c, 0x4025fdbb, 0x402921fb, 0x402c463a,
  0x402f6a7a, 0x4031475c, 0x4032d97c, 0x40346b9c, 0x4035fdbb, 0x40378fdb, 0x403921fb, 0x403ab41b, 0x403c463a,
  0x403dd85a, 0x403f6a7a, 0x40407e4c, 0x4041475c, 0x4042106c, 0x4042d97c, 0x4043a28c, 0x40446b9c, 0x404534ac,
  0x4045fdbb, 0x4046c6cb, 0x40478fdb, 0x404858eb, 0x404921fb,
] as const;

const INV_PIO2 = 0.6366197723675814; // 0x3FE45F30 6DC9C883: 53 bits of 2/pi
const PIO2_1 = 1.5707963267341256; // 0x3FF921FB 54400000: first 33 bits of pi/2
const PIO2_1T = 6.077100506506192e-11; // 0x3DD0B461 1A626331: pi/2 - PIO2_1
const PIO2_2 = 6.077100506303966e-11; // 0x3DD0B461 1A600000: second 33 bits of pi/2
const PIO2_2T = 2.0222662487959506e-21; // 0x3BA3198A 2E037073: pi/2 - (PIO2_1 + PIO2_2)
const PIO2_3 = 2.0222662487111665e-21; // 0x3BA3198A 2E000000: third 33 bits of pi/2
const PIO2_3T = 8.4784276603689e-32; // 0x397B839A 252049C1: pi/2 - (PIO2_1 + PIO2_2 + PIO2_3)

/**
 * x − n·π/2 with |result| ≲ π/4, written to REDUCED as head + tail; returns n. For finite
 * |x| ≤ MAX_REDUCIBLE; throws a RangeError beyond.
 */
export function reduceByHalfPi(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    // |x| <= pi/4: no reduction
    REDUCED[0] = x;
    REDUCED[1] = 0;
    return 0;
  }
  if (ix < 0x4002d97c) {
    // |x| < 3pi/4: n = +-1
    const sign = hx > 0 ? 1 : -1;
    let z = x - sign * PIO2_1;
    if (ix !== 0x3ff921fb) {
      // 33 + 53 bit pi is good enough
      REDUCED[0] = z - sign * PIO2_1T;
      REDUCED[1] = z - REDUCED[0]! - sign * PIO2_1T;
    } else {
      // near pi/2: 33 + 33 + 53 bit pi
      z -= sign * PIO2_2;
      REDUCED[0] = z - sign * PIO2_2T;
      REDUCED[1] = z - REDUCED[0]! - sign * PIO2_2T;
    }
    return sign;
  }
  if (ix > 0x413921fb) {
    throw new RangeError(
      `reduceByHalfPi: |x| = ${Math.abs(x)} is outside the supported range; expected a finite |x| <= ${MAX_REDUCIBLE}`,
    );
  }
  // medium size
  let t = Math.abs(x);
  const n = (t * INV_PIO2 + 0.5) | 0;
  const fn = n;
  let r = t - fn * PIO2_1;
  let w = fn * PIO2_1T; // first round, good to 85 bits
  let y0: number;
  if (n < 32 && ix !== NPIO2_HW[n - 1]) {
    y0 = r - w; // quick check: no cancellation
  } else {
    const j = ix >> 20;
    y0 = r - w;
    let i = j - ((highWord(y0) >> 20) & 0x7ff);
    if (i > 16) {
      // second iteration, good to 118 bits
      t = r;
      w = fn * PIO2_2;
      r = t - w;
      w = fn * PIO2_2T - (t - r - w);
      y0 = r - w;
      i = j - ((highWord(y0) >> 20) & 0x7ff);
      if (i > 49) {
        // third iteration, 151 bits: covers all cases
        t = r;
        w = fn * PIO2_3;
        r = t - w;
        w = fn * PIO2_3T - (t - r - w);
        y0 = r - w;
      }
    }
  }
  const y1 = r - y0 - w;
  if (hx < 0) {
    REDUCED[0] = -y0;
    REDUCED[1] = -y1;
    return -n;
  }
  REDUCED[0] = y0;
  REDUCED[1] = y1;
  return n;
}
