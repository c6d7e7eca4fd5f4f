import { unknownReference } from './check-ids.js';
import { EXIT } from './route.js';
import { routeStations } from './route-stations.js';
import type { ProblemDraft } from './scenario-issue.js';
import type { ScenarioParts } from './scenario-parts.js';

type Segments = readonly (string | number)[];

/**
 * Every id used as a reference must be defined: sides, stations, classes, quotas and fees. The
 * expected text lists the ids that exist, which usually shows the typo at a glance.
 */
export function checkReferences(parts: ScenarioParts): ProblemDraft[] {
  const problems: ProblemDraft[] = [];
  const { ids } = parts;
  const quotaIds = ids.quotas.map((q) => q.id);
  // Sets, not Array.includes: a large file (thousands of stations on a route) made the lookups
  // quadratic, minutes for a few MB.
  const sets = new Map<readonly (string | undefined)[], ReadonlySet<string | undefined>>();
  const ref = (
    segments: Segments,
    value: string | undefined,
    kind: string,
    defined: readonly (string | undefined)[],
  ) => {
    if (value === undefined) return;
    let set = sets.get(defined);
    if (set === undefined) sets.set(defined, (set = new Set(defined)));
    if (!set.has(value)) problems.push(unknownReference(segments, value, kind, defined));
  };
  const classList = (segments: Segments, classes: readonly string[] | undefined) =>
    classes?.forEach((id, k) => {
      ref([...segments, k], id, 'a vehicle class', ids.classes);
    });
  const classKeys = (segments: Segments, map: Readonly<Record<string, unknown>> | undefined) =>
    Object.keys(map ?? {}).forEach((id) => {
      ref([...segments, id], id, 'a vehicle class', ids.classes);
    });

  for (const { index, value: s } of parts.sides) {
    s.quotas?.forEach((q, j) => {
      classList(['sides', index, 'quotas', j, 'classes'], q.classes);
      ref(['sides', index, 'quotas', j, 'clock'], q.clock, 'a side', ids.sides);
    });
  }

  for (const { index, value: q } of parts.equeues) {
    ref(['equeues', index, 'side'], q.side, 'a side', ids.sides);
    classKeys(['equeues', index, 'perClass'], q.perClass);
  }

  for (const { index, value: st } of parts.stations) {
    const at = ['stations', index];
    ref([...at, 'side'], st.side, 'a side', ids.sides);
    st.quotas?.forEach((q, j) => {
      ref([...at, 'quotas', j], q, 'a quota', quotaIds);
    });
    classKeys([...at, 'serviceByClass'], st.serviceByClass);
    classKeys([...at, 'perCarByClass'], st.perCarByClass);
    classKeys([...at, 'secondary', 'probabilityByClass'], st.secondary?.probabilityByClass);
  }

  for (const { index, value: c } of parts.classes) {
    const at = ['classes', index];
    ref([...at, 'arrivals', 'clock'], c.arrivals?.clock, 'a side', ids.sides);
    ref([...at, 'equeue'], c.equeue, 'an electronic queue', ids.equeues);
    if (c.needsDriver && !parts.hasDrivers) {
      problems.push({
        segments: [...at, 'needsDriver'],
        value: true,
        kind: 'invalid',
        expected: 'false, or a drivers section defining the pool of hired drivers',
      });
    }
    const routes: [Segments, NonNullable<typeof c.route>][] = [];
    if (c.route !== undefined) routes.push([[...at, 'route'], c.route]);
    for (const [port, r] of Object.entries(c.routesAt ?? {})) routes.push([[...at, 'routesAt', port], r]);
    for (const [where, route] of routes) {
      for (const { id, segments } of routeStations(route)) {
        // A transition's target (next.<from>.<to>) may also be the exit.
        const kind = segments.length === 3 ? `a station or "${EXIT}"` : 'a station';
        ref([...where, ...segments], id, kind, ids.stations);
      }
    }
  }

  ref(['drivers', 'takenAt'], parts.drivers.takenAt, 'a station', ids.stations);
  ref(['drivers', 'releasedAt'], parts.drivers.releasedAt, 'a station', ids.stations);

  for (const { index, value: f } of parts.fees) {
    classList(['costs', 'fees', index, 'classes'], f.classes);
    ref(['costs', 'fees', index, 'station'], f.station, 'a station', ids.stations);
  }
  for (const { index, value: d } of parts.demurrage)
    classList(['costs', 'demurrage', index, 'classes'], d.classes);

  ref(['daily', 'side'], parts.daily.side, 'a side', ids.sides);

  for (const { index, value: shock } of parts.shocks) {
    const at = ['shocks', index];
    if ('station' in shock) ref([...at, 'station'], shock.station, 'a station', ids.stations);
    if ('side' in shock) ref([...at, 'side'], shock.side, 'a side', ids.sides);
    if ('quota' in shock) ref([...at, 'quota'], shock.quota, 'a quota', quotaIds);
    if ('fee' in shock) ref([...at, 'fee'], shock.fee, 'a fee', ids.fees);
    if ('class' in shock) ref([...at, 'class'], shock.class, 'a vehicle class', ids.classes);
    if (shock.change === 'inspection' && shock.station !== undefined) {
      if (ids.stations.includes(shock.station) && !ids.inspectedStations.includes(shock.station)) {
        problems.push({
          segments: [...at, 'station'],
          value: shock.station,
          kind: 'invalid',
          expected: 'a station with a secondary inspection',
        });
      }
    }
    if ((shock.change === 'driverFee' || shock.change === 'driverPool') && !parts.hasDrivers) {
      problems.push({
        segments: [...at, 'change'],
        value: shock.change,
        kind: 'invalid',
        expected: 'a change that applies: the file has no drivers section',
      });
    }
  }
  return problems;
}
