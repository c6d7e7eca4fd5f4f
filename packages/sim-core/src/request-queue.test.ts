import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Queued, RequestQueue } from './request-queue.js';

interface Item extends Queued {
  id: number;
}

describe('RequestQueue', () => {
  it('serves by priority then arrival, through FIFO and heap modes, with withdrawals, like a sorted reference', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('push' as const), priority: fc.integer({ min: 0, max: 2 }) }),
      fc.record({ kind: fc.constant('shift' as const) }),
      fc.record({ kind: fc.constant('withdraw' as const), pick: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), fc.boolean(), (ops, samePriority) => {
        const queue = new RequestQueue<Item>();
        let reference: Item[] = [];
        let order = 0;
        for (const o of ops) {
          if (o.kind === 'push') {
            const item: Item = {
              id: order,
              order: order++,
              priority: samePriority ? 0 : o.priority,
              _queued: false,
            };
            queue.push(item);
            reference.push(item);
            reference.sort((a, b) => a.priority - b.priority || a.order - b.order);
          } else if (o.kind === 'shift') {
            expect(queue.shift()?.id).toBe(reference.shift()?.id);
          } else if (reference.length > 0) {
            const item = reference[o.pick % reference.length]!;
            expect(queue.withdraw(item)).toBe(true);
            reference = reference.filter((x) => x !== item);
          }
          expect(queue.length).toBe(reference.length);
          expect(queue.peek()?.id).toBe(reference[0]?.id);
        }
        expect(queue.toArray().map((x) => x.id)).toEqual(reference.map((x) => x.id));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
