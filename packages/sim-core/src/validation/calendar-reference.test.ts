import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarItem, EventCalendar } from '../calendar.js';

// The binary heap of EventCalendar against the simplest correct model of it: an array kept sorted
// by (time, priority, insertion number), popped from the front.

interface Entry {
  time: number;
  priority: number;
  id: number;
  item: CalendarItem;
}

type Op = { type: 'push'; delay: number; priority: number } | { type: 'pop' } | { type: 'clear' };

function compare(a: Entry, b: Entry): number {
  return a.time - b.time || a.priority - b.priority || a.id - b.id;
}

// Few distinct times and priorities, so ties (the interesting case) are common; the extremes of
// the priority range are where the packed key (priority + 128)·2^44 + seq is largest and smallest.
// Times are pushed as delays from the last popped time, as a simulation does (the calendar never
// goes back); delay 0 exercises the lanes for entries due now.
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 60,
    arbitrary: fc.record({
      type: fc.constant('push' as const),
      delay: fc.oneof(fc.constantFrom(0, 0, 1, 2.5, 1e9), fc.double({ min: 0, max: 1e6, noNaN: true })),
      priority: fc.oneof(fc.constantFrom(-128, 0, 1, 127), fc.integer({ min: -128, max: 127 })),
    }),
  },
  { weight: 40, arbitrary: fc.constant({ type: 'pop' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'clear' as const }) },
);

describe('EventCalendar against a sorted-array reference', () => {
  it('push, pop, peekTime, peekId and size agree with the reference on random sequences', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 400 }), fc.integer({ min: 1, max: 8 }), (ops, capacity) => {
        // A small initial capacity makes the heap grow several times during the sequence.
        const calendar = new EventCalendar(capacity);
        const reference: Entry[] = [];
        let nextId = 0;
        let now = 0;
        for (const op of ops) {
          if (op.type === 'push') {
            const item = () => {};
            const time = now + op.delay;
            const id = calendar.push(time, op.priority, item);
            expect(id).toBe(nextId++); // ids are the insertion numbers, never reused (clear included)
            reference.push({ time, priority: op.priority, id, item });
            reference.sort(compare);
          } else if (op.type === 'pop') {
            if (reference.length === 0) continue;
            const expected = reference.shift()!;
            expect(calendar.peekTime()).toBe(expected.time);
            expect(calendar.peekId()).toBe(expected.id);
            expect(calendar.pop()).toBe(expected.item);
            now = expected.time;
          } else {
            calendar.clear();
            reference.length = 0;
          }
          expect(calendar.size).toBe(reference.length);
          expect(calendar.peekTime()).toBe(reference[0]?.time ?? Number.POSITIVE_INFINITY);
        }
        // Drain: the remaining entries come out in reference order.
        for (const expected of reference) {
          expect(calendar.peekId()).toBe(expected.id);
          expect(calendar.pop()).toBe(expected.item);
        }
        expect(calendar.size).toBe(0);
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('refuses an entry before the last popped time', () => {
    const calendar = new EventCalendar();
    calendar.push(5, 1, () => {});
    calendar.pop();
    expect(() => calendar.push(4, 1, () => {})).toThrow('cannot schedule at 4, before the current time 5');
  });
});
