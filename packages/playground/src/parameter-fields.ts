/**
 * The common parameters as form fields over a scenario document: each field names the `--set`
 * paths it writes, and turns a value typed into the form into override texts. The overrides stay
 * the one record of what changed (they go into the link and are shown as `--set` lines); the form
 * only reads and rewrites them.
 */
export interface ParameterField {
  /** Groups the form's fieldsets: Calendar, Lanes, Opening hours, Quotas, Demand, Drivers. */
  readonly group: string;
  readonly label: string;
  /** The unit the value is typed in, shown beside it. */
  readonly unit: string;
  readonly input: 'number' | 'text';
  /** The value in the scenario as written (no overrides). */
  readonly base: string;
  /** The value with the overrides applied. */
  readonly current: string;
  /** Every override path this field writes (several for the demand scale). */
  readonly paths: readonly string[];
  /** The override texts for `value`; none when it equals the base value. */
  overrides(value: string): string[];
}

type Doc = Record<string, unknown>;

/** The fields for a scenario document as written (`base`) and with its overrides applied (`current`). */
export function parameterFields(base: Doc, current: Doc): ParameterField[] {
  const fields: ParameterField[] = [];
  for (const key of ['horizon', 'warmUp'] as const) {
    const b = days(record(base.calendar)?.[key]);
    if (b === null) continue;
    const path = `calendar.${key}`;
    fields.push(
      simple(
        'Calendar',
        key === 'horizon' ? 'Horizon' : 'Warm-up',
        'days',
        'number',
        b,
        days(record(current.calendar)?.[key]) ?? b,
        path,
        (v) => `${path}=${v}d`,
      ),
    );
  }
  for (const [i, station] of list(base.stations).entries()) {
    const lanes = station.lanes;
    if (typeof lanes !== 'number') continue;
    const id = String(station.id ?? i);
    const now = list(current.stations)[i]?.lanes;
    const path = `stations.${id}.lanes`;
    fields.push(
      simple(
        'Lanes',
        id,
        'lanes',
        'number',
        String(lanes),
        String(now ?? lanes),
        path,
        (v) => `${path}=${v}`,
      ),
    );
  }
  for (const [i, side] of list(base.sides).entries()) {
    const id = String(side.id ?? i);
    const currentSide = list(current.sides)[i];
    if (typeof side.openingHours === 'string') {
      const path = `sides.${id}.openingHours`;
      const now = currentSide?.openingHours;
      fields.push(
        simple(
          'Opening hours',
          id,
          'weekly hours, e.g. 24h or 09:00-18:00',
          'text',
          side.openingHours,
          typeof now === 'string' ? now : side.openingHours,
          path,
          (v) => `${path}=${v}`,
        ),
      );
    }
    for (const [j, q] of list(side.quotas).entries()) {
      if (typeof q.perDay !== 'number') continue;
      const qid = String(q.id ?? j);
      const path = `sides.${id}.quotas.${qid}.perDay`;
      const now = list(currentSide?.quotas)[j]?.perDay;
      fields.push(
        simple(
          'Quotas',
          `${id} ${qid}`,
          'tokens a day',
          'number',
          String(q.perDay),
          String(now ?? q.perDay),
          path,
          (v) => `${path}=${v}`,
        ),
      );
    }
  }
  const demand = demandField(base, current);
  if (demand !== null) fields.push(demand);
  const count = record(base.drivers)?.count;
  if (typeof count === 'number') {
    const now = record(current.drivers)?.count;
    fields.push(
      simple(
        'Drivers',
        'drivers.count',
        'drivers in the pool',
        'number',
        String(count),
        String(now ?? count),
        'drivers.count',
        (v) => `drivers.count=${v}`,
      ),
    );
  }
  return fields;
}

/**
 * Replaces in `overrides` every line that writes one of `field`'s paths by the overrides for
 * `value` (appended at the end, so they apply after anything else).
 */
export function rewriteOverrides(
  overrides: readonly string[],
  field: ParameterField,
  value: string,
): string[] {
  const paths = new Set(field.paths);
  const kept = overrides.filter((line) => !paths.has(line.slice(0, line.indexOf('='))));
  return [...kept, ...field.overrides(value)];
}

function simple(
  group: string,
  label: string,
  unit: string,
  input: 'number' | 'text',
  base: string,
  current: string,
  path: string,
  text: (value: string) => string,
): ParameterField {
  return {
    group,
    label,
    unit,
    input,
    base,
    current,
    paths: [path],
    overrides: (value) => (value.trim() === '' || value.trim() === base ? [] : [text(value.trim())]),
  };
}

/**
 * Demand as a percentage of the scenario's: every class whose arrivals have a plain rate
 * (`rate: { perDay: 123.88 }`) gets that rate scaled, one override each. Shows the scale of the
 * first such class (the form writes them all alike).
 */
function demandField(base: Doc, current: Doc): ParameterField | null {
  const rates: { path: string; unit: string; value: number; now: number | null }[] = [];
  for (const [i, c] of list(base.classes).entries()) {
    const rate = singleRate(record(c.arrivals)?.rate);
    if (rate === null) continue;
    const now = singleRate(record(list(current.classes)[i]?.arrivals)?.rate);
    rates.push({ path: `classes.${String(c.id ?? i)}.arrivals.rate`, ...rate, now: now?.value ?? null });
  }
  const first = rates[0];
  if (first === undefined) return null;
  const scale = first.now === null ? 100 : (100 * first.now) / first.value;
  return {
    group: 'Demand',
    label: 'demand scale',
    unit: `% of the scenario's arrival rates (${rates.length} class${rates.length === 1 ? '' : 'es'})`,
    input: 'number',
    base: '100',
    current: String(Number(scale.toPrecision(12))),
    paths: rates.map((r) => r.path),
    overrides: (value) => {
      const percent = Number(value);
      if (value.trim() === '' || percent === 100) return [];
      return rates.map((r) => `${r.path}=${JSON.stringify({ [r.unit]: (r.value * percent) / 100 })}`);
    },
  };
}

/** `{ perDay: 123.88 }` as its unit and number; null for anything else. */
function singleRate(rate: unknown): { unit: string; value: number } | null {
  const entries = Object.entries(record(rate) ?? {});
  if (entries.length !== 1) return null;
  const [unit, value] = entries[0]!;
  return typeof value === 'number' ? { unit, value } : null;
}

/** A duration as written (`{ days: 366 }`, `{ hours: 12 }`), in days; null for anything else. */
function days(duration: unknown): string | null {
  const d = record(duration);
  if (d === null) return null;
  const perDay: Record<string, number> = { days: 1, hours: 24, minutes: 1440, seconds: 86_400 };
  let total = 0;
  for (const [unit, value] of Object.entries(d)) {
    const per = perDay[unit];
    if (per === undefined || typeof value !== 'number') return null;
    total += value / per;
  }
  return String(Number(total.toPrecision(12)));
}

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.map((v) => record(v) ?? {}) : [];
}
