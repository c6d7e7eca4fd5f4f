import type { ProblemDraft } from './scenario-issue.js';
import type { ScenarioParts } from './scenario-parts.js';

/**
 * A quota counted at `booking` takes its token when a vehicle books an e-queue slot, so it means
 * something only for classes that book: each class it names must name an `equeue`, and when it
 * names none (every class that books), at least one class must book. It counts bookings, one token
 * each (a vehicle's cars are not known before it is loaded), and no station lists it: it is
 * counted before the vehicle comes anywhere near a station. Unknown class ids are reported by the
 * reference checks.
 */
export function checkBookingQuotas(parts: ScenarioParts): ProblemDraft[] {
  const problems: ProblemDraft[] = [];
  const booking = new Set<string>();
  for (const { index, value: s } of parts.sides) {
    s.quotas?.forEach((q, j) => {
      if (q.countedAt !== 'booking') return;
      booking.add(q.id);
      const at = ['sides', index, 'quotas', j];
      if (q.counts === 'cars') {
        problems.push({
          segments: [...at, 'counts'],
          value: q.counts,
          kind: 'invalid',
          expected: `'vehicles': quota "${q.id}" is counted at booking, one token per booking`,
        });
      }
      const books = new Map(parts.classes.map(({ value: c }) => [c.id, c.equeue !== undefined]));
      if (q.classes === undefined) {
        if (![...books.values()].some(Boolean)) {
          problems.push({
            segments: [...at, 'countedAt'],
            value: q.countedAt,
            kind: 'invalid',
            expected: "'arrival' or 'serviceStart': no class books through an electronic queue (`equeue`)",
          });
        }
        return;
      }
      q.classes.forEach((id, k) => {
        if (books.get(id) !== false) return;
        problems.push({
          segments: [...at, 'classes', k],
          value: id,
          kind: 'invalid',
          expected: `a class that books through an electronic queue (its \`equeue\` field): quota "${q.id}" counts bookings`,
        });
      });
    });
  }
  if (booking.size === 0) return problems;
  for (const { index, value: st } of parts.stations) {
    st.quotas?.forEach((id, j) => {
      if (!booking.has(id)) return;
      problems.push({
        segments: ['stations', index, 'quotas', j],
        value: id,
        kind: 'invalid',
        expected: `a quota counted at 'arrival' or 'serviceStart': quota "${id}" counts bookings, before any station`,
      });
    });
  }
  return problems;
}
