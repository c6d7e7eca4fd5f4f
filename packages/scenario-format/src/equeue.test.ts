import { describe, expect, it } from 'vitest';
import { ScenarioError } from './scenario-error.js';
import type { ScenarioIssue } from './scenario-issue.js';
import type { ScenarioInput } from './schema.js';
import { validateScenario } from './validate.js';

/** A small scenario with an electronic queue; each test breaks one thing in a fresh copy. */
function base() {
  return {
    calendar: { start: '2024-01-01T00:00+05:00', horizon: { days: 30 } },
    sides: [{ id: 'kz', utcOffset: '+05:00' }],
    equeues: [
      {
        id: 'eq',
        side: 'kz',
        perDay: 100,
        perClass: { truck: 40 } as Record<string, number>,
        dayStart: '06:00',
        leadTime: { hours: 12 },
        noShow: 0.05,
        late: { share: 0.1, by: { exponential: { mean: { hours: 6 } } }, action: 'rebook' as const },
      },
    ],
    stations: [{ id: 'gate', side: 'kz', lanes: 2, service: { exponential: { mean: { minutes: 10 } } } }],
    classes: [{ id: 'truck', equeue: 'eq', arrivals: { rate: { perDay: 90 } }, route: ['gate'] }],
  } satisfies ScenarioInput;
}

function onlyIssue(mutate: (s: ReturnType<typeof base>) => void): ScenarioIssue {
  const scenario = base();
  mutate(scenario);
  try {
    validateScenario(scenario);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    expect(error.issues).toHaveLength(1);
    return error.issues[0]!;
  }
  throw new Error('expected a ScenarioError');
}

describe('electronic queues in a scenario', () => {
  it('resolves times to minutes and fills defaults', () => {
    const scenario = validateScenario(base());
    expect(scenario.equeues[0]).toMatchObject({
      id: 'eq',
      side: 'kz',
      perDay: 100,
      perClass: { truck: 40 },
      dayStart: 360,
      leadTime: 720,
      arrival: 'uniform',
      noShow: 0.05,
      late: { share: 0.1, action: 'rebook' },
    });
    expect(scenario.classes[0]!.equeue).toBe('eq');
    const plain = base() as ScenarioInput;
    delete plain.equeues;
    delete (plain.classes[0] as { equeue?: string }).equeue;
    const none = validateScenario(plain);
    expect(none.equeues).toEqual([]);
    expect(none.classes[0]!.equeue).toBeNull();
  });

  it('reports an e-queue on an unknown side', () => {
    expect(onlyIssue((s) => void (s.equeues[0]!.side = 'cn'))).toMatchObject({
      path: 'equeues[0].side',
      value: 'cn',
      expected: 'the id of a side ("kz")',
    });
  });

  it('reports a class naming an unknown e-queue', () => {
    expect(onlyIssue((s) => void (s.classes[0]!.equeue = 'e-q'))).toMatchObject({
      path: 'classes[0].equeue',
      value: 'e-q',
      expected: 'the id of an electronic queue ("eq")',
    });
  });

  it('reports a negative capacity, per day and per class', () => {
    expect(onlyIssue((s) => void (s.equeues[0]!.perDay = -5))).toMatchObject({
      path: 'equeues[0].perDay',
      value: -5,
      expected: 'an integer >= 1',
    });
    expect(onlyIssue((s) => void (s.equeues[0]!.perClass.truck = -1))).toMatchObject({
      path: 'equeues[0].perClass.truck',
      value: -1,
      expected: 'an integer >= 1',
    });
  });

  it('reports a per-class capacity of an unknown class', () => {
    expect(onlyIssue((s) => void (s.equeues[0]!.perClass = { bus: 3 }))).toMatchObject({
      path: 'equeues[0].perClass.bus',
      value: 'bus',
      expected: 'the id of a vehicle class ("truck")',
    });
  });

  it('reports a no-show or late share outside [0, 1]', () => {
    expect(onlyIssue((s) => void (s.equeues[0]!.noShow = 1.5))).toMatchObject({
      path: 'equeues[0].noShow',
      value: 1.5,
      expected: 'a probability between 0 and 1',
    });
    expect(onlyIssue((s) => void (s.equeues[0]!.late.share = -0.1))).toMatchObject({
      path: 'equeues[0].late.share',
      value: -0.1,
      expected: 'a probability between 0 and 1',
    });
  });

  it('reports an unknown late rule and a duplicate id', () => {
    expect(onlyIssue((s) => void ((s.equeues[0]!.late as { action: string }).action = 'wait'))).toMatchObject(
      {
        path: 'equeues[0].late.action',
        value: 'wait',
      },
    );
    expect(onlyIssue((s) => void s.equeues.push({ ...s.equeues[0]! }))).toMatchObject({
      path: 'equeues[1].id',
      value: 'eq',
    });
  });
});
