/**
 * The unit of work every batch schedules: replication `replication` of `scenario` with master seed
 * `seed`. Plain data in, plain data out, so that it crosses worker-thread boundaries by structured
 * clone and lands in the results log as one JSON line.
 */
export interface ReplicationTask {
  /** The scenario as plain JSON data; opaque to the batch machinery, interpreted by the model. */
  scenario: unknown;
  /** The experiment's master seed; replication i draws from the streams derived from (seed, i). */
  seed: number | string;
  /** The replication index, an integer >= 0. */
  replication: number;
}

/** A named time series sampled at `start + k·interval`, k = 0, 1, ... */
export interface ReplicationSeries {
  /** Unique within one output, e.g. 'station.kz-gate.queue'. */
  name: string;
  /** Time of the first value. */
  start: number;
  /** Spacing of the values, > 0. */
  interval: number;
  /** The values; NaN allowed (e.g. a mean over an empty interval). */
  values: number[];
}

/** What one replication reports. */
export interface ReplicationOutput {
  /** The replication index of the task. */
  replication: number;
  /** Flat named scalars, e.g. 'station.kz-gate.wait.p95'; NaN and ±Infinity are allowed and stored losslessly. */
  metrics: Record<string, number>;
  /** Time series of this replication. */
  series?: ReplicationSeries[];
  /** Any further structured result, as plain JSON (non-finite numbers in it become null, as JSON has them). */
  detail?: unknown;
}

/**
 * Runs one replication. Must be pure: the output depends only on the task, never on which thread
 * runs it, what ran before, or the clock. That is what makes results identical for any number of
 * workers, any shard split and any interruption.
 */
export type ReplicationRunner = (task: ReplicationTask) => ReplicationOutput;

/**
 * What a model module exports: an ES module, importable by URL from a worker thread, with a
 * named export `runReplication`.
 */
export interface ModelModule {
  /** The model's replication function. */
  runReplication: ReplicationRunner;
}

/**
 * Checks that `value` is a well-formed output of replication `replication` and returns it typed.
 * Run on every output before it is logged, so that a model bug surfaces at once with the
 * replication and the offending field named, rather than as a corrupt summary later.
 */
export function checkReplicationOutput(value: unknown, replication: number): ReplicationOutput {
  const fail = (problem: string): never => {
    throw new TypeError(
      `runReplication returned an invalid output for replication ${replication}: ${problem}`,
    );
  };
  if (!isPlainObject(value)) return fail(`expected an object, got ${describe(value)}`);
  if (value.replication !== replication) {
    fail(`its replication field must be ${replication}, got ${describe(value.replication)}`);
  }
  const metrics = value.metrics;
  if (!isPlainObject(metrics)) return fail(`metrics must be an object of numbers, got ${describe(metrics)}`);
  for (const [name, x] of Object.entries(metrics)) {
    if (name === '') fail('a metric name is empty');
    if (typeof x !== 'number') fail(`metrics[${JSON.stringify(name)}] must be a number, got ${describe(x)}`);
  }
  if (value.series !== undefined) {
    if (!Array.isArray(value.series)) return fail(`series must be an array, got ${describe(value.series)}`);
    const names = new Set<string>();
    for (let k = 0; k < value.series.length; k++) checkSeries(value.series[k], k, names, fail);
  }
  return value as unknown as ReplicationOutput;
}

function checkSeries(s: unknown, k: number, names: Set<string>, fail: (problem: string) => never): void {
  if (!isPlainObject(s)) fail(`series[${k}] must be an object, got ${describe(s)}`);
  if (typeof s.name !== 'string' || s.name === '') {
    fail(`series[${k}].name must be a non-empty string, got ${describe(s.name)}`);
  }
  const name = JSON.stringify(s.name);
  if (names.has(s.name as string)) fail(`series name ${name} appears twice`);
  names.add(s.name as string);
  if (typeof s.start !== 'number' || !Number.isFinite(s.start)) {
    fail(`series ${name}: start must be a finite number, got ${describe(s.start)}`);
  }
  if (typeof s.interval !== 'number' || !(s.interval > 0) || !Number.isFinite(s.interval)) {
    fail(`series ${name}: interval must be a finite number > 0, got ${describe(s.interval)}`);
  }
  if (!Array.isArray(s.values) || !s.values.every((x: unknown) => typeof x === 'number')) {
    fail(`series ${name}: values must be an array of numbers`);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return String(value);
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
