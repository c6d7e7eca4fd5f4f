import { validateScenario } from '@landport/scenario-format';
import { describe, expect, it } from 'vitest';
import { runBorderReplication } from './run-border-replication.js';

describe('time zones and closures', () => {
  it('a station closed on its local holiday and at weekends serves nobody in those local hours', () => {
    // Kyrgyz side on UTC+6, weekdays only, closed on 8 March (local). Start Monday 4 March 00:00 UTC.
    const scenario = validateScenario({
      calendar: { start: '2024-03-04T00:00Z', horizon: { days: 14 } },
      sides: [
        {
          id: 'kg',
          utcOffset: '+06:00',
          openingHours: ['09:00-18:00'],
          daysOff: ['saturday', 'sunday'],
          closures: [{ label: "Women's Day", from: '2024-03-08' }],
        },
      ],
      stations: [
        { id: 'torugart', side: 'kg', lanes: 6, service: { exponential: { mean: { minutes: 24 } } } },
      ],
      classes: [{ id: 'car', arrivals: { rate: { perHour: 8 } }, route: ['torugart'] }],
    });
    const grants: number[] = [];
    const result = runBorderReplication(scenario, {
      seed: 1,
      replication: 0,
      trace: (r) => {
        if (r.kind === 'grant' && r.resource === 'torugart') grants.push(r.time);
      },
    });
    expect(grants.length).toBeGreaterThan(500);
    for (const t of grants) {
      // Local time = UTC + 6 h; minute 0 is Monday 00:00 UTC, i.e. Monday 06:00 local.
      const local = t + 360;
      const day = Math.floor(local / 1440); // 0 = Monday 4 March, local
      const minute = local - day * 1440;
      expect(minute).toBeGreaterThanOrEqual(9 * 60);
      expect(minute).toBeLessThan(18 * 60);
      expect(day % 7).toBeLessThan(5); // no Saturday (5) or Sunday (6)
      expect(day).not.toBe(4); // Friday 8 March, the holiday
    }
    // Utilisation by local hour: open 09:00–18:00 only, so the other hours have no open lane-time,
    // except lanes finishing their last vehicles after 18:00 (busy, so counted open: exactly 1).
    const byHour = result.stations.torugart!.utilisationByHour!;
    byHour.forEach((u, hour) => {
      if (hour >= 9 && hour < 18) expect(u).toBeGreaterThan(0.3);
      else if (hour >= 18) expect(u === null || u === 1).toBe(true);
      else expect(u).toBeNull();
    });
  });
});
