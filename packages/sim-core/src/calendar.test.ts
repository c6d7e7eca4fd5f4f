import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventCalendar } from './calendar.js';

interface Entry {
  readonly time: number;
  readonly priority: number;
  readonly id: number;
}

/** The order the calendar promises: time, then priority, then insertion order. */
function before(a: Entry, b: Entry): number {
  return a.time - b.time || a.priority - b.priority || a.id - b.id;
}

describe('EventCalendar', () => {
  it('pops in (time, priority, insertion) order like a sorted reference, with pushes for now and later interleaved', () => {
    const op = fc.oneof(
      {
        weight: 3,
        arbitrary: fc.record({
          kind: fc.constant('push' as const),
          // Small delays make ties in time common; 0 schedules for the current time (the lanes).
          delay: fc.oneof(
            fc.constant(0),
            fc.integer({ min: 0, max: 5 }),
            fc.double({ min: 0, max: 50, noNaN: true }),
          ),
          priority: fc.integer({ min: -2, max: 3 }),
        }),
      },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('pop' as const) }) },
    );
    fc.assert(
      fc.property(
        fc.array(op, { minLength: 50, maxLength: 1000 }),
        fc.integer({ min: 1, max: 8 }),
        (ops, capacity) => {
          const calendar = new EventCalendar(capacity);
          const reference: Entry[] = [];
          let now = 0;
          for (const o of ops) {
            if (o.kind === 'push') {
              const entry = { time: now + o.delay, priority: o.priority, id: -1 };
              const id = calendar.push(entry.time, entry.priority, () => {});
              reference.push({ ...entry, id });
              continue;
            }
            if (reference.length === 0) {
              expect(calendar.size).toBe(0);
              continue;
            }
            reference.sort(before);
            const expected = reference.shift()!;
            expect(calendar.peekTime()).toBe(expected.time);
            expect(calendar.peekId()).toBe(expected.id);
            calendar.pop();
            now = expected.time;
          }
          expect(calendar.size).toBe(reference.length);
          reference.sort(before);
          for (const expected of reference) {
            expect(calendar.peekId()).toBe(expected.id);
            calendar.pop();
          }
          expect(calendar.size).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('holds on to no item it has given out: its slots hold exactly the entries still waiting', () => {
    // White-box on purpose: a popped item left in a slot would live as long as the simulation (a
    // leak no output shows). The slots are private; the test reads them as the heap does.
    const slotsOf = (calendar: EventCalendar) => (calendar as unknown as { items: unknown[] }).items;
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: 0, max: 10, noNaN: true }), fc.constant(-1)), { maxLength: 300 }),
        fc.integer({ min: 1, max: 4 }),
        (ops, capacity) => {
          const calendar = new EventCalendar(capacity);
          const waiting = new Set<() => void>();
          let now = 0;
          for (const op of ops) {
            if (op >= 0) {
              const item = () => {};
              calendar.push(now + op + 1e-9, 5, item); // later than now and past the lanes' priorities: the heap
              waiting.add(item);
            } else if (calendar.size > 0) {
              now = calendar.peekTime();
              const item = calendar.pop() as () => void;
              expect(waiting.delete(item)).toBe(true);
            }
            expect(new Set(slotsOf(calendar).filter((x) => x !== undefined))).toEqual(waiting);
          }
          calendar.clear();
          expect(slotsOf(calendar).every((x) => x === undefined)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
