import type * as z from 'zod';
import { calendar } from './calendar.js';
import { costs, demurrage, fee } from './costs.js';
import { dailySettings } from './daily.js';
import { drivers } from './drivers.js';
import { equeue } from './equeue.js';
import { fleet } from './fleet.js';
import { policyShock } from './shocks.js';
import { side } from './side.js';
import { station } from './station.js';
import { vehicleClass } from './vehicle-class.js';

/*
 * The cross-field checks must run even where other parts of the file are broken, or a file with a
 * bad rate and a bad station reference in the same class would show only the rate. So the checks
 * see the file field by field: each top-level field of each object (each station, class, fee, …)
 * that passes its own schema, with its default when absent. Ids are taken from the raw file, so
 * that an element with a typo elsewhere still counts as defined and causes no cascade of
 * "unknown id" problems.
 */

/** The fields of an object that passed their own schema. */
export type ValidFields<T> = Partial<T>;

/** An element of a list, with its index in the file. */
export interface Indexed<T> {
  readonly index: number;
  readonly value: T;
}

/** Ids defined in the file, in file order (duplicates kept, so they can be reported). */
export interface DefinedIds {
  readonly sides: readonly (string | undefined)[];
  readonly stations: readonly (string | undefined)[];
  readonly classes: readonly (string | undefined)[];
  readonly fees: readonly (string | undefined)[];
  readonly equeues: readonly (string | undefined)[];
  readonly fleets: readonly (string | undefined)[];
  /** Port ids; null when the file has no `ports` list (a scenario of one crossing). */
  readonly ports: readonly (string | undefined)[] | null;
  /** Whether each class has an arrivals field (valid or not), in file order. */
  readonly classHasArrivals: readonly boolean[];
  /** Stations that have a secondary inspection (valid or not). */
  readonly inspectedStations: readonly string[];
  /** Quota ids with the index of their side and of the quota in it. */
  readonly quotas: readonly {
    readonly id: string | undefined;
    readonly side: number;
    readonly index: number;
  }[];
}

type Shock = z.output<typeof policyShock>;

/** The valid fields of a scenario file. */
export interface ScenarioParts {
  readonly calendar: ValidFields<z.output<typeof calendar>>;
  readonly sides: readonly Indexed<ValidFields<z.output<typeof side>>>[];
  readonly stations: readonly Indexed<ValidFields<z.output<typeof station>>>[];
  readonly classes: readonly Indexed<ValidFields<z.output<typeof vehicleClass>>>[];
  readonly equeues: readonly Indexed<ValidFields<z.output<typeof equeue>>>[];
  readonly fleets: readonly Indexed<ValidFields<z.output<typeof fleet>>>[];
  /** Whether the file has a drivers section at all (valid or not). */
  readonly hasDrivers: boolean;
  readonly drivers: ValidFields<z.output<typeof drivers>>;
  /** Currency and exchange rates (defaults when the file has no costs). */
  readonly costs: ValidFields<z.output<typeof costs>>;
  readonly fees: readonly Indexed<ValidFields<z.output<typeof fee>>>[];
  readonly demurrage: readonly Indexed<ValidFields<z.output<typeof demurrage>>>[];
  /** Shocks whose `change` is known, with the fields valid for that change. */
  readonly shocks: readonly Indexed<ValidFields<Shock> & Pick<Shock, 'change'>>[];
  readonly daily: ValidFields<z.output<typeof dailySettings>>;
  readonly ids: DefinedIds;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function idOf(value: unknown): string | undefined {
  const id = field(value, 'id');
  return typeof id === 'string' ? id : undefined;
}

/** The fields of `value` that pass the matching field schema of `schema` (with defaults filled). */
function validFields<S extends z.ZodObject>(schema: S, value: unknown): ValidFields<z.output<S>> {
  const valid: Record<string, unknown> = {};
  if (!isRecord(value)) return valid as ValidFields<z.output<S>>;
  for (const [key, fieldSchema] of Object.entries(schema.shape)) {
    const result = (fieldSchema as z.ZodType).safeParse(Object.hasOwn(value, key) ? value[key] : undefined);
    if (result.success && result.data !== undefined) valid[key] = result.data;
  }
  return valid as ValidFields<z.output<S>>;
}

function validElements<S extends z.ZodObject>(
  schema: S,
  value: unknown,
): Indexed<ValidFields<z.output<S>>>[] {
  return list(value).map((element, index) => ({ index, value: validFields(schema, element) }));
}

function validShocks(value: unknown): Indexed<ValidFields<Shock> & Pick<Shock, 'change'>>[] {
  const shocks: Indexed<ValidFields<Shock> & Pick<Shock, 'change'>>[] = [];
  list(value).forEach((element, index) => {
    const option = policyShock.options.find((o) => o.shape.change.value === field(element, 'change'));
    if (option === undefined) return;
    shocks.push({ index, value: validFields(option, element) as ValidFields<Shock> & Pick<Shock, 'change'> });
  });
  return shocks;
}

/** Splits a raw scenario into the fields that pass the schema on their own. */
export function scenarioParts(raw: unknown): ScenarioParts {
  const rawSides = list(field(raw, 'sides'));
  const rawCosts = field(raw, 'costs') ?? {};
  return {
    calendar: validFields(calendar, field(raw, 'calendar')),
    sides: validElements(side, rawSides),
    stations: validElements(station, field(raw, 'stations')),
    classes: validElements(vehicleClass, field(raw, 'classes')),
    equeues: validElements(equeue, field(raw, 'equeues')),
    fleets: validElements(fleet, field(raw, 'fleets')),
    hasDrivers: field(raw, 'drivers') !== undefined,
    drivers: validFields(drivers, field(raw, 'drivers')),
    costs: validFields(costs, rawCosts),
    fees: validElements(fee, field(rawCosts, 'fees')),
    demurrage: validElements(demurrage, field(rawCosts, 'demurrage')),
    shocks: validShocks(field(raw, 'shocks')),
    daily: validFields(dailySettings, field(raw, 'daily')),
    ids: {
      sides: rawSides.map(idOf),
      stations: list(field(raw, 'stations')).map(idOf),
      classes: list(field(raw, 'classes')).map(idOf),
      inspectedStations: list(field(raw, 'stations')).flatMap((st) => {
        const id = idOf(st);
        return id !== undefined && field(st, 'secondary') !== undefined ? [id] : [];
      }),
      fees: list(field(rawCosts, 'fees')).map(idOf),
      equeues: list(field(raw, 'equeues')).map(idOf),
      fleets: list(field(raw, 'fleets')).map(idOf),
      ports: field(raw, 'ports') === undefined ? null : list(field(raw, 'ports')).map(idOf),
      classHasArrivals: list(field(raw, 'classes')).map((c) => field(c, 'arrivals') !== undefined),
      quotas: rawSides.flatMap((s, sideIndex) =>
        list(field(s, 'quotas')).map((q, index) => ({ id: idOf(q), side: sideIndex, index })),
      ),
    },
  };
}
