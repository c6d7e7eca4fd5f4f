import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOverrides, OverrideError, parseOverride } from './overrides.js';

const scenario = {
  calendar: { horizon: { days: 365 } },
  stations: [
    { id: 'kz-control', lanes: 8, service: { minutes: 20 } },
    { id: 'cn-control', lanes: 4 },
  ],
};

describe('parseOverride(text)', () => {
  it('splits the path on dots and reads the value as JSON when it is JSON', () => {
    expect(parseOverride('stations.kz-control.lanes=10')).toEqual({
      path: ['stations', 'kz-control', 'lanes'],
      value: 10,
      text: 'stations.kz-control.lanes=10',
    });
    expect(parseOverride('a={"minutes":20}').value).toEqual({ minutes: 20 });
    expect(parseOverride('a=true').value).toBe(true);
  });

  it('keeps a value that is not JSON as text, and splits only at the first =', () => {
    expect(parseOverride('calendar.horizon=24h').value).toBe('24h');
    expect(parseOverride('name=a=b').value).toBe('a=b');
  });

  it('rejects text with no path or an empty path segment, naming the text', () => {
    expect(() => parseOverride('lanes')).toThrow(/^--set "lanes": expected path=value/);
    expect(() => parseOverride('=3')).toThrow(OverrideError);
    expect(() => parseOverride('stations..lanes=3')).toThrow(
      /--set "stations\.\.lanes=3": the path has an empty segment/,
    );
  });
});

describe('applyOverrides(input, overrides)', () => {
  it('sets a field inside a list element named by its id or by its index', () => {
    const changed = applyOverrides(scenario, [
      parseOverride('stations.kz-control.lanes=10'),
      parseOverride('stations.1.lanes=6'),
    ]);
    expect(changed.stations.map((s) => s.lanes)).toEqual([10, 6]);
  });

  it('leaves its input unchanged', () => {
    const before = structuredClone(scenario);
    applyOverrides(scenario, [parseOverride('calendar.horizon={"days":10}')]);
    expect(scenario).toEqual(before);
  });

  it('applies overrides in order: the last one on a path wins', () => {
    const changed = applyOverrides(scenario, [
      parseOverride('stations.0.lanes=3'),
      parseOverride('stations.0.lanes=5'),
    ]);
    expect(changed.stations[0]!.lanes).toBe(5);
  });

  it('never adds a field: a mistyped path names the keys or elements that exist there', () => {
    expect(() => applyOverrides(scenario, [parseOverride('stations.kz-control.lanez=3')])).toThrow(
      '--set stations.kz-control.lanez=3: stations.kz-control has no field "lanez"; it has id, lanes, service. Only fields present in the scenario can be set.',
    );
    expect(() => applyOverrides(scenario, [parseOverride('stations.kg-control.lanes=3')])).toThrow(
      '--set stations.kg-control.lanes=3: stations has no element "kg-control"; it has kz-control, cn-control.',
    );
    expect(() => applyOverrides(scenario, [parseOverride('stations.kz-control.lanes.x=3')])).toThrow(
      /stations\.kz-control\.lanes is a value \(8\), not an object or list/,
    );
  });

  it('an index past the end of a list is no element', () => {
    expect(() => applyOverrides(scenario, [parseOverride('stations.2.lanes=3')])).toThrow(OverrideError);
  });

  it('setting a number anywhere and reading it back gives the number (property)', () => {
    const paths = [
      'calendar.horizon.days',
      'stations.kz-control.lanes',
      'stations.1.lanes',
      'stations.0.service.minutes',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.integer({ min: -1e6, max: 1e6 }), (path, value) => {
        const changed = applyOverrides(scenario, [parseOverride(`${path}=${value}`)]);
        expect(valueIn(changed, path)).toBe(value);
        // Everything else is as it was.
        const again = applyOverrides(changed, [
          parseOverride(`${path}=${JSON.stringify(valueIn(scenario, path))}`),
        ]);
        expect(again).toEqual(scenario);
      }),
    );
  });
});

/** The value at a dot path, walked independently of the code under test. */
function valueIn(root: unknown, path: string): unknown {
  let node = root;
  for (const segment of path.split('.')) {
    node = Array.isArray(node)
      ? (node.find((el: { id?: string }) => el.id === segment) ?? node[Number(segment)])
      : (node as Record<string, unknown>)[segment];
  }
  return node;
}
