import type { Override } from './overrides.js';

const DURATION = /^(\d+(?:\.\d+)?)(d|h|m)$/;
const UNIT = { d: 'days', h: 'hours', m: 'minutes' } as const;

/**
 * Reads `30d`, `12h` or `90m` as a scenario duration (`{ days: 30 }`, …), or null for any other
 * text: the short form the CLI's `--horizon` and `--warmup` take, and the page's form fields.
 */
export function parseDurationShorthand(text: string): Record<string, number> | null {
  const match = DURATION.exec(text.trim());
  return match === null ? null : { [UNIT[match[2] as keyof typeof UNIT]]: Number(match[1]) };
}

/**
 * Reads `calendar.horizon=30d` (and `calendar.warmUp`) as `--horizon 30d` does. A manifest
 * records `--horizon` and `--warmup` in that form among the overrides, so this is what lets a run
 * be reproduced from its manifest by passing every override as `--set`; any other override, and
 * a value that is not in the short form, is returned as it is.
 */
export function readDurationShorthand(o: Override): Override {
  const path = o.path.join('.');
  if ((path === 'calendar.horizon' || path === 'calendar.warmUp') && typeof o.value === 'string') {
    const value = parseDurationShorthand(o.value);
    if (value !== null) return { ...o, value };
  }
  return o;
}
