import { describe, expect, it } from 'vitest';
import { Container } from './container.js';
import { Resource } from './resource.js';
import { Simulation } from './simulation.js';
import { Store } from './store.js';

/**
 * Library calls with wrong arguments, as a user of the engine might write them. Each must fail at
 * the call, with an error naming the argument and the value, and leave the simulation as it was:
 * nothing scheduled, nothing queued, and a later run() unaffected. Before these checks, most of
 * them were accepted and failed later inside run() ("item._fire is not a function"), or never
 * (`run({ until: "10" })` ran to the end).
 */
interface Case {
  readonly name: string;
  /** Makes the bad call on a fresh simulation holding one resource `lane` (capacity 1, one user). */
  readonly call: (sim: Simulation, lane: Resource) => unknown;
  readonly error: typeof TypeError | typeof RangeError | typeof Error;
  readonly message: RegExp;
}

const generatorFunction = function* () {
  yield 1;
};

const cases: Case[] = [
  {
    name: 'run({ until: "10" }): a string bound',
    call: (sim) => sim.run({ until: '10' as never }),
    error: TypeError,
    message: /^run: until must be a number \(a time\) or an event, got "10" \(a string\)$/,
  },
  {
    name: 'run({ until: NaN })',
    call: (sim) => sim.run({ until: Number.NaN }),
    error: RangeError,
    message: /^run: until must be a finite time .*got NaN$/,
  },
  {
    name: 'run({ until: Infinity })',
    call: (sim) => sim.run({ until: Number.POSITIVE_INFINITY }),
    error: RangeError,
    message:
      /^run: until must be a finite time \(leave it out to run until nothing is left to do\), got Infinity$/,
  },
  {
    name: 'run({ until: -1 }): a bound in the past',
    call: (sim) => sim.run({ until: -1 }),
    error: RangeError,
    message: /^run: until must be >= now \(0\), got -1$/,
  },
  {
    name: 'run(10): SimPy style, not an options object',
    call: (sim) => sim.run(10 as never),
    error: TypeError,
    message: /^run\(options\) must be an options object \(\{ until \}\), got 10$/,
  },
  {
    name: 'run({ untill: 10 }): a misspelt option',
    call: (sim) => sim.run({ untill: 10 } as never),
    error: TypeError,
    message: /^run\(options\) has an unknown option "untill"; expected until$/,
  },
  {
    name: 'run({ until: event of another simulation })',
    call: (sim) => sim.run({ until: new Simulation().event() }),
    error: Error,
    message: /^run: until is an event of another simulation/,
  },
  {
    name: 'schedule(1, "nope"): not a callback',
    call: (sim) => sim.schedule(1, 'nope' as never),
    error: TypeError,
    message: /^schedule: callback must be a function, got "nope" \(a string\)$/,
  },
  {
    name: 'schedule("5", f): a string delay',
    call: (sim) => sim.schedule('5' as never, () => {}),
    error: TypeError,
    message: /^schedule: delay must be a finite number >= 0, got "5" \(a string\)$/,
  },
  {
    name: 'scheduleAt(5, { not: "callable" })',
    call: (sim) => sim.scheduleAt(5, { not: 'callable' } as never),
    error: TypeError,
    message: /^scheduleAt: callback must be a function, got an object \(Object\)$/,
  },
  {
    name: 'scheduleAt("5", f): a string time',
    call: (sim) => sim.scheduleAt('5' as never, () => {}),
    error: TypeError,
    message: /^scheduleAt: time must be a number, got "5" \(a string\)$/,
  },
  {
    name: 'schedule(1, f, 1.5): a fractional priority',
    call: (sim) => sim.schedule(1, () => {}, 1.5),
    error: RangeError,
    message: /^schedule: priority must be an integer in \[-128, 127\], got 1.5$/,
  },
  {
    name: 'cancel("3"): not an id',
    call: (sim) => sim.cancel('3' as never),
    error: TypeError,
    message: /^cancel: id must be an id returned by schedule or scheduleAt .*got "3" \(a string\)$/,
  },
  {
    name: 'timeout("2")',
    call: (sim) => sim.timeout('2' as never),
    error: TypeError,
    message: /^timeout: delay must be a finite number >= 0, got "2" \(a string\)$/,
  },
  {
    name: 'process(plain function): not a generator function',
    call: (sim) => sim.process(function car() {} as never),
    error: TypeError,
    message:
      /^process: a function \(car\) returned undefined, not a generator; write it as a generator function/,
  },
  {
    name: 'process(generator function result of the wrong kind: an array)',
    call: (sim) => sim.process([1, 2] as never),
    error: TypeError,
    message: /^process: body must be a generator .*got an array$/,
  },
  {
    name: 'process(gen, 42): a name that is not a string',
    call: (sim) => sim.process(generatorFunction(), 42 as never),
    error: TypeError,
    message: /^process: name must be a string, got 42$/,
  },
  {
    name: 'anyOf([event, 5]): not an event',
    call: (sim) => sim.anyOf([sim.event(), 5 as never]),
    error: TypeError,
    message: /^anyOf\/allOf: events\[1\] must be an event, got 5$/,
  },
  {
    name: 'event().addCallback("x")',
    call: (sim) => sim.event().addCallback('x' as never),
    error: TypeError,
    message: /^addCallback: callback must be a function, got "x" \(a string\)$/,
  },
  {
    name: 'request({ priority: "high" })',
    call: (_, lane) => lane.request({ priority: 'high' as never }),
    error: TypeError,
    message: /^lane: request priority must be a number, got "high" \(a string\)$/,
  },
  {
    name: 'request({ priority: NaN })',
    call: (_, lane) => lane.request({ priority: Number.NaN }),
    error: RangeError,
    message: /^lane: request priority must be a finite number, got NaN$/,
  },
  {
    name: 'request({ patience: "5" })',
    call: (_, lane) => lane.request({ patience: '5' as never }),
    error: TypeError,
    message: /^lane: request patience must be a number, got "5" \(a string\)$/,
  },
  {
    name: 'request(5): not an options object',
    call: (_, lane) => lane.request(5 as never),
    error: TypeError,
    message: /^lane: request\(options\) must be given an options object .*got 5$/,
  },
  {
    name: 'release(42): not a request',
    call: (_, lane) => lane.release(42 as never),
    error: TypeError,
    message: /^lane: release\(request\) takes a request made by request\(\), .*got 42$/,
  },
  {
    name: 'seize("go"): not a callback',
    call: (_, lane) => lane.seize('go' as never),
    error: TypeError,
    message: /^lane: seize: then must be a function, got "go" \(a string\)$/,
  },
  {
    name: 'new Resource(sim, { capacity: "3" })',
    call: (sim) => new Resource(sim, { capacity: '3' as never }),
    error: TypeError,
    message: /^resource: capacity must be a number, got "3" \(a string\)$/,
  },
  {
    name: 'new Resource(sim, { queueLimit: "5" })',
    call: (sim) => new Resource(sim, { queueLimit: '5' as never }),
    error: TypeError,
    message: /^resource: queueLimit must be a number, got "5" \(a string\)$/,
  },
  {
    name: 'new Resource(sim, { capactiy: 3 }): a misspelt option',
    call: (sim) => new Resource(sim, { capactiy: 3 } as never),
    error: TypeError,
    message: /^new Resource\(sim, options\) has an unknown option "capactiy"/,
  },
  {
    name: 'new Store(sim, { capacity: "3" })',
    call: (sim) => new Store(sim, { capacity: '3' as never }),
    error: TypeError,
    message: /^store: capacity must be a number, got "3" \(a string\)$/,
  },
  {
    name: 'new Container(sim).put("5")',
    call: (sim) => new Container(sim).put('5' as never),
    error: TypeError,
    message: /^container: put amount must be a number, got "5" \(a string\)$/,
  },
  {
    name: 'new Simulation({ trace: true })',
    call: () => new Simulation({ trace: true as never }),
    error: TypeError,
    message: /^new Simulation: trace must be a function, got true$/,
  },
];

describe('library calls with wrong arguments fail at the call and change nothing', () => {
  it.each(cases)('$name', ({ call, error, message }) => {
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 1, name: 'lane' });
    const user = lane.request(); // the unit is taken, so a bad request would have to queue
    let fired = 0;
    sim.schedule(2, () => fired++);
    let thrown: unknown;
    try {
      call(sim, lane);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(error);
    expect((thrown as Error).message).toMatch(message);
    // Nothing was left behind: no entry on the calendar, nobody in line, and the run is normal.
    expect(sim.calendar.size).toBe(1);
    expect(lane.queueLength).toBe(0);
    sim.run();
    expect(fired).toBe(1);
    expect(sim.now).toBe(2);
    expect(user.status).toBe('granted');
  });
});

describe('Request.waited stops growing when the request leaves the line', () => {
  it('a request that reneges at t = 5 has waited 5, read at t = 100', () => {
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 1 });
    lane.request();
    const impatient = lane.request({ patience: 5 });
    sim.schedule(100, () => {});
    sim.run();
    expect(sim.now).toBe(100);
    expect(impatient.status).toBe('reneged');
    expect(impatient.leftAt).toBe(5);
    expect(impatient.waited).toBe(5);
  });

  it('a request that balks at t = 3 has waited 0, read at t = 100', () => {
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 1, queueLimit: 0 });
    lane.request();
    let balked: ReturnType<Resource['request']> | undefined;
    sim.schedule(3, () => {
      balked = lane.request();
    });
    sim.schedule(100, () => {});
    sim.run();
    expect(balked!.status).toBe('balked');
    expect(balked!.waited).toBe(0);
  });

  it('a request cancelled at t = 7 while waiting has waited 7, read at t = 100', () => {
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 1 });
    lane.request();
    const given = lane.request();
    sim.schedule(7, () => given.cancel());
    sim.schedule(100, () => {});
    sim.run();
    expect(given.status).toBe('cancelled');
    expect(given.waited).toBe(7);
  });

  it('a request still waiting keeps counting', () => {
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 1 });
    lane.request();
    const waiting = lane.request();
    sim.run({ until: 40 });
    expect(waiting.waited).toBe(40);
  });
});
