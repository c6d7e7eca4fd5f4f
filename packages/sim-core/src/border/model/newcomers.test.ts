import { describe, expect, it } from 'vitest';
import { Newcomers } from './newcomers.js';

describe('Newcomers', () => {
  it('drops a vehicle that leaves at the instant it came, and hands the others over by kind', () => {
    const held = new Newcomers(2);
    held.join(0, 10);
    held.join(0, 10);
    held.join(1, 10);
    // Leaving at 10, having come at 10: a newcomer, dropped.
    expect(held.leave(0, 10, 10)).toBe(true);
    // Having come earlier, or of a kind with none held: the recorder's to record.
    expect(held.leave(0, 10, 4)).toBe(false);
    expect(held.leave(1, 10, 10)).toBe(true);
    expect(held.leave(1, 10, 10)).toBe(false);
    expect(held.held).toBe(1);
    // At a later time the one left is due, at the instant it came.
    expect(held.due(10)).toBe(false);
    expect(held.due(12)).toBe(true);
    expect(held.at).toBe(10);
    expect([held.take(0), held.take(1)]).toEqual([1, 0]);
    expect(held.due(12)).toBe(false);
    // A vehicle held no more is not a newcomer when it leaves later.
    expect(held.leave(0, 12, 10)).toBe(false);
  });
});
