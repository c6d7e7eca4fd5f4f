import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUMMARY_SCHEMA_VERSION } from '@landport/experiment';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureBuilt,
  FIXTURES,
  landport,
  REPO_ROOT,
  removeFolder,
  scratchFolder,
} from './landport-process.js';

type Schema = Record<string, unknown>;

/** The JSON Schema keywords {@link violations} checks; any other keyword fails, so none is silently ignored. */
const CHECKED = new Set(
  'type const enum anyOf required properties additionalProperties propertyNames minLength minimum maximum exclusiveMinimum exclusiveMaximum pattern items $ref'.split(
    ' ',
  ),
);
const ANNOTATIONS = new Set(['$schema', 'title', 'description', '$defs']);

/**
 * The places where `value` breaks `schema`, for the subset of JSON Schema 2020-12 that
 * docs/summary.schema.json uses (no dependency for a full validator). `$ref` resolves
 * '#/$defs/<name>' against `root`.
 */
function violations(value: unknown, schema: Schema, root: Schema, path = '$'): string[] {
  const out: string[] = [];
  for (const keyword of Object.keys(schema)) {
    if (!CHECKED.has(keyword) && !ANNOTATIONS.has(keyword))
      out.push(`${path}: unsupported keyword ${keyword}`);
  }
  const s = schema as Record<string, any>;
  if (s.$ref !== undefined) {
    const name = /^#\/\$defs\/(.+)$/.exec(s.$ref)?.[1];
    const target = name === undefined ? undefined : (root.$defs as Record<string, Schema>)[name];
    if (target === undefined) return [...out, `${path}: unresolved $ref ${s.$ref}`];
    out.push(...violations(value, target, root, path));
  }
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (s.type !== undefined) {
    const is = (type: string) =>
      type === 'object'
        ? isObject
        : type === 'array'
          ? Array.isArray(value)
          : type === 'null'
            ? value === null
            : type === 'integer'
              ? Number.isInteger(value)
              : type === 'number'
                ? typeof value === 'number'
                : type === 'string' && typeof value === 'string';
    const ok = Array.isArray(s.type) ? s.type.some(is) : is(s.type);
    if (!ok) return [...out, `${path}: expected ${s.type}, got ${JSON.stringify(value)}`];
  }
  if (Array.isArray(value) && s.items !== undefined)
    for (let k = 0; k < value.length; k++) out.push(...violations(value[k], s.items, root, `${path}[${k}]`));
  if (typeof value === 'string' && s.pattern !== undefined && !new RegExp(s.pattern, 'u').test(value))
    out.push(`${path}: does not match ${s.pattern}`);
  if ('const' in s && value !== s.const) out.push(`${path}: expected ${JSON.stringify(s.const)}`);
  if (s.enum !== undefined && !s.enum.includes(value))
    out.push(`${path}: not one of ${JSON.stringify(s.enum)}`);
  if (
    s.anyOf !== undefined &&
    !s.anyOf.some((sub: Schema) => violations(value, sub, root, path).length === 0)
  ) {
    out.push(`${path}: matches none of anyOf (${JSON.stringify(value)})`);
  }
  if (typeof value === 'number') {
    if (s.minimum !== undefined && !(value >= s.minimum)) out.push(`${path}: below ${s.minimum}`);
    if (s.maximum !== undefined && !(value <= s.maximum)) out.push(`${path}: above ${s.maximum}`);
    if (s.exclusiveMinimum !== undefined && !(value > s.exclusiveMinimum))
      out.push(`${path}: not above ${s.exclusiveMinimum}`);
    if (s.exclusiveMaximum !== undefined && !(value < s.exclusiveMaximum))
      out.push(`${path}: not below ${s.exclusiveMaximum}`);
  }
  if (typeof value === 'string' && s.minLength !== undefined && value.length < s.minLength) {
    out.push(`${path}: shorter than ${s.minLength}`);
  }
  if (isObject) {
    const record = value as Record<string, unknown>;
    for (const key of s.required ?? []) if (!(key in record)) out.push(`${path}: missing ${key}`);
    for (const [key, v] of Object.entries(record)) {
      const where = `${path}.${key}`;
      if (s.propertyNames !== undefined)
        out.push(...violations(key, s.propertyNames, root, `${where} (name)`));
      if (s.properties?.[key] !== undefined) out.push(...violations(v, s.properties[key], root, where));
      else if (s.additionalProperties === false) out.push(`${where}: not allowed`);
      else if (typeof s.additionalProperties === 'object')
        out.push(...violations(v, s.additionalProperties, root, where));
    }
  }
  return out;
}

const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'docs/summary.schema.json'), 'utf8')) as Schema;
let dir: string;
let mmc: Record<string, any>;
let horgos: Record<string, any>;

beforeAll(async () => {
  ensureBuilt();
  dir = scratchFolder('schema');
  // No charts: only summary.json is read here, and drawing them cost each run about 2 CPU-s.
  const runs = await Promise.all([
    landport(
      ['run', join(FIXTURES, 'mmc.yaml'), '-r', '3', '-q', '--no-charts', '--out', join(dir, 'mmc')],
      dir,
    ),
    // A built-in scenario, short: its metric set is the full one, with NaN statistics in it.
    landport(
      [
        'run',
        'horgos-2024',
        '-r',
        '2',
        '--horizon',
        '5d',
        '--warmup',
        '1d',
        '-q',
        '--no-charts',
        '--out',
        join(dir, 'h'),
      ],
      dir,
    ),
  ]);
  for (const r of runs) expect(r.code).toBe(0);
  mmc = JSON.parse(readFileSync(join(dir, 'mmc', 'summary.json'), 'utf8'));
  horgos = JSON.parse(readFileSync(join(dir, 'h', 'summary.json'), 'utf8'));
});
afterAll(() => removeFolder(dir));

describe('docs/summary.schema.json', () => {
  it('describes the schema version the CLI writes', () => {
    expect((schema.properties as Schema).schemaVersion).toMatchObject({ const: SUMMARY_SCHEMA_VERSION });
  });

  it('accepts the summary.json of real runs, NaN statistics included', () => {
    expect(violations(mmc, schema, schema)).toEqual([]);
    expect(violations(horgos, schema, schema)).toEqual([]);
    // A border run has its daily section: five days after a day of warm-up, on Kazakh time.
    expect(horgos.daily.days).toBe(horgos.daily.series.exited.mean.length);
    expect(horgos.daily.side).toBe('kazakhstan');
    expect(Object.keys(horgos.daily.byDirection)).toEqual(['outbound', 'inbound']);
    expect(horgos.daily.byClass.carrier.meanWait.unit).toBe('h');
    const encoded = Object.values(horgos.metrics).flatMap((m: any) => Object.values(m));
    expect(encoded).toContain('NaN');
  });

  it('lists the metric fields in the order the CLI writes them', () => {
    const metric = (schema.$defs as Record<string, Schema>).metric!;
    for (const summary of [mmc, horgos])
      for (const m of Object.values(summary.metrics))
        expect(Object.keys(m as object)).toEqual(metric.required);
  });

  it('rejects what a reader must not accept (so the check above is not vacuous)', () => {
    const name = 'station.server.waitHours.mean';
    const broken = (change: (s: any) => void) => {
      const copy = structuredClone(mmc);
      change(copy);
      return violations(copy, schema, schema);
    };
    expect(broken((s) => (s.schemaVersion = 2))).toEqual(['$.schemaVersion: expected 1']);
    expect(broken((s) => delete s.metrics[name].sd)).toEqual([`$.metrics.${name}: missing sd`]);
    expect(broken((s) => (s.metrics[name].mean = null))).toEqual([
      `$.metrics.${name}.mean: matches none of anyOf (null)`,
    ]);
    expect(broken((s) => (s.metrics[name].n = 2.5))).toEqual([
      `$.metrics.${name}.n: expected integer, got 2.5`,
    ]);
    expect(broken((s) => (s.level = 1))).toEqual(['$.level: not below 1']);
    expect(broken((s) => (s.extra = true))).toEqual(['$.extra: not allowed']);
    expect(broken((s) => (s.daily.queueHour = 24))).toEqual(['$.daily.queueHour: above 23']);
    expect(broken((s) => (s.daily.series.cars.mean[0] = null))).toEqual([
      '$.daily.series.cars.mean[0]: matches none of anyOf (null)',
    ]);
    expect(broken((s) => delete s.daily.byDirection.outbound.meanWait)).toEqual([
      '$.daily.byDirection.outbound: missing meanWait',
    ]);
  });
});
