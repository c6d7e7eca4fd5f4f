import { MIN_BATCHES_TRUSTED, MIN_GAIN, SimulatedClock, type WarmupSuggestion } from '@landport/experiment';
import type { Scenario } from '@landport/sim-core/border';

/** The series `run` checks its warm-up against: vehicles in the port, the port's whole state in one number. */
export const HEADLINE_SERIES = 'inSystem';

/** `hours` as `30 h (1.25 days)`, with the date on the scenario's clock when `clock` is given. */
export function formatSimulatedTime(hours: number, clock: SimulatedClock | null): string {
  const h = Number(hours.toFixed(2));
  const days = Number((hours / 24).toFixed(2));
  return `${h} h (${days} days${clock === null ? '' : `, ${clock.label(hours)}`})`;
}

/** The lines `landport warmup` prints for its suggestions. */
export function formatWarmupReport(
  suggestions: readonly WarmupSuggestion[],
  warmUpInUse: number,
  replications: number,
  scenario: Scenario,
): string {
  const clock = new SimulatedClock(scenario);
  const lines = [
    `MSER-5 warm-up suggestions from ${replications} replications started empty (hours and days from the scenario start; dates on the ${clock.axisTitle.replace(/^Date \(/, '').replace(/\)$/, '')})`,
    `warm-up in use: ${formatSimulatedTime(warmUpInUse, clock)}`,
    '',
  ];
  for (const s of suggestions) {
    const head = `${s.name} — ${s.label} (${s.unit}, every ${formatStep(s.interval)})${s.name === HEADLINE_SERIES ? ' [headline]' : ''}`;
    lines.push(head);
    if (s.pooled === null || s.suggested === null) {
      lines.push(
        `  no suggestion: fewer than 10 values before ${s.cutBy === null ? 'the end' : `the change "${s.cutBy.label}"`}`,
      );
      continue;
    }
    const verdict = s.pooled.atLimit
      ? ' — at the limit of the search (half the series): the series does not settle; do not trust it'
      : s.pooled.truncation === 0 || s.suggested <= warmUpInUse
        ? ' — the warm-up in use covers it'
        : s.pooled.batches < MIN_BATCHES_TRUSTED
          ? ` — longer than the warm-up in use, but from only ${s.pooled.batches} batches of 5 (under ${MIN_BATCHES_TRUSTED}): too few to be sure`
          : (s.gain ?? 0) < MIN_GAIN
            ? ` — longer than the warm-up in use, but truncating changes little (it removes under ${MIN_GAIN * 100}% of the standard error)`
            : ' — LONGER than the warm-up in use';
    lines.push(`  suggested warm-up: ${formatSimulatedTime(s.suggested, clock)}${verdict}`);
    const r = s.perReplication;
    if (r !== null)
      lines.push(
        `  per replication: ${Number(r.min.toFixed(2))} to ${Number(r.max.toFixed(2))} h, median ${Number(r.median.toFixed(2))} h` +
          (r.atLimit > 0 ? ` (${r.atLimit} of ${r.analysed} at the limit)` : ''),
      );
    lines.push(
      `  standard error removed by truncating: ${Math.round((s.gain ?? 0) * 100)}%; searched ${s.points} values` +
        (s.cutBy === null
          ? ' to the end'
          : `, up to the change "${s.cutBy.label}" (${clock.label(s.cutBy.at)})`),
    );
  }
  return `${lines.join('\n')}\n`;
}

function formatStep(hours: number): string {
  if (hours === 24) return 'day';
  if (hours === 1) return 'hour';
  return `${Number(hours.toPrecision(4))} h`;
}
