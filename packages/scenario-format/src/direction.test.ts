import { DIRECTIONS } from '@landport/sim-core/border';
import { describe, expect, it } from 'vitest';
import { direction } from './direction.js';

describe('direction', () => {
  it("accepts exactly the model's DIRECTIONS, in the model's order", () => {
    expect(direction.options).toEqual([...DIRECTIONS]);
    for (const d of DIRECTIONS) expect(direction.parse(d)).toBe(d);
    expect(direction.safeParse('sideways').success).toBe(false);
  });
});
