import { formatLocal, parseDateTime } from './date-time.js';
import type { ProblemDraft } from './scenario-issue.js';
import type { ScenarioParts } from './scenario-parts.js';
import { shockSide } from './shock-side.js';
import { closureInterval, fixedSchedule, instantOf, offsetSchedule } from './side-clock.js';
import { type DurationInput, toMinutes } from './units.js';

/**
 * Times that must be in order: the warm-up inside the horizon, offset changes ascending, closures
 * ending after they start, shocks inside the run [start, start + horizon], and e-queues opening
 * at or after the start.
 */
export function checkTimeline(parts: ScenarioParts): ProblemDraft[] {
  const problems: ProblemDraft[] = [];
  const { start, horizon, warmUp } = parts.calendar;
  if (horizon !== undefined && warmUp !== undefined && toMinutes(warmUp) >= toMinutes(horizon)) {
    problems.push({
      segments: ['calendar', 'warmUp'],
      value: warmUp,
      kind: 'invalid',
      expected: `a warm-up shorter than the horizon (${toMinutes(horizon)} minutes)`,
    });
  }
  for (const { index, value: s } of parts.sides) {
    if (s.utcOffset === undefined || s.utcOffsetChanges === undefined) continue;
    const schedule = offsetSchedule({ utcOffset: s.utcOffset, utcOffsetChanges: s.utcOffsetChanges });
    for (let j = 2; j < schedule.length; j++) {
      if (!(schedule[j]!.from > schedule[j - 1]!.from)) {
        problems.push({
          segments: ['sides', index, 'utcOffsetChanges', j - 1, 'at'],
          value: s.utcOffsetChanges[j - 1]!.at,
          kind: 'invalid',
          expected: 'a time after the previous offset change',
        });
      }
    }
    s.closures?.forEach((c, j) => {
      const at = ['sides', index, 'closures', j];
      if (c.to === undefined) {
        if (!parseDateTime(c.from)!.dateOnly) {
          problems.push({
            segments: [...at, 'to'],
            value: undefined,
            kind: 'missing',
            expected:
              'an end date-time, since from has a time of day (only a bare date closes one whole day)',
          });
        }
        return;
      }
      const interval = closureInterval(schedule, c.from, c.to);
      if (!(interval.to > interval.from)) {
        problems.push({
          segments: [...at, 'to'],
          value: c.to,
          kind: 'invalid',
          expected: `an end after the start (from: ${c.from}; a bare date ends at 24:00 that day)`,
        });
      }
    });
  }
  if (start !== undefined && horizon !== undefined)
    problems.push(...checkShockDates(parts, start, toMinutes(horizon)));
  return problems;
}

function checkShockDates(parts: ScenarioParts, start: string, horizon: number): ProblemDraft[] {
  const problems: ProblemDraft[] = [];
  const startTime = parseDateTime(start)!;
  const startOffset = startTime.offset ?? 0;
  const startUtc = startTime.wallMinutes - startOffset;
  const stations = parts.stations.map((s) => s.value);
  const sides = parts.sides.map((s) => s.value);
  // Minutes since the start of a time written as a date-time on `side`'s clock (the start's
  // clock when the side or its offsets are not valid yet) or as a duration from the start.
  const minuteOf = (at: string | DurationInput, side: (typeof sides)[number] | undefined): number => {
    if (typeof at !== 'string') return toMinutes(at);
    const schedule =
      side?.utcOffset !== undefined && side.utcOffsetChanges !== undefined
        ? offsetSchedule({ utcOffset: side.utcOffset, utcOffsetChanges: side.utcOffsetChanges })
        : fixedSchedule(startOffset);
    return instantOf(schedule, parseDateTime(at)!) - startUtc;
  };
  for (const { index, value: shock } of parts.shocks) {
    if (shock.at === undefined) continue;
    const minute = minuteOf(shock.at, shockSide(shock, stations, sides));
    if (minute < 0 || minute > horizon) {
      problems.push({
        segments: ['shocks', index, 'at'],
        value: shock.at,
        kind: 'invalid',
        expected: `a time within the run, from ${formatLocal(startUtc, startOffset)} to ${formatLocal(startUtc + horizon, startOffset)}`,
      });
    }
  }
  for (const { index, value: q } of parts.equeues) {
    if (q.opens === undefined) continue;
    // After the horizon is allowed: a shortened run (--horizon) simply ends before it opens.
    if (
      minuteOf(
        q.opens,
        sides.find((s) => s?.id === q.side),
      ) < 0
    ) {
      problems.push({
        segments: ['equeues', index, 'opens'],
        value: q.opens,
        kind: 'invalid',
        expected: `a time at or after the start, ${formatLocal(startUtc, startOffset)}`,
      });
    }
  }
  return problems;
}
