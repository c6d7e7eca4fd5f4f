import { loadScenario } from '@landport/scenarios';
import { describe, expect, it } from 'vitest';
import { formatOffset, SimulatedClock } from './simulated-clock.js';

// horgos-2023-2024 starts 2023-07-01T00:00+08:00; Kazakhstan is UTC+6, then UTC+5 from 1 March 2024.
const clock = new SimulatedClock(loadScenario('horgos-2023-2024'));
const hoursAt = (utcMs: number) => (utcMs - Date.UTC(2023, 5, 30, 16)) / 3_600_000;

describe('SimulatedClock', () => {
  it('places simulated hours on the clock of the scenario start', () => {
    expect(clock.label(0)).toBe('2023-07-01 00:00');
    expect(clock.label(45 * 24 + 6)).toBe('2023-08-15 06:00');
    expect(clock.x(0)).toBe(Date.UTC(2023, 6, 1));
    expect(clock.axisTitle).toBe('Date (clock of the scenario start, UTC+08:00)');
  });

  it('gives the hour of day on each side’s clock, following a dated change of offset', () => {
    expect(clock.hourOfDay(0, 'china')).toBe(0);
    expect(clock.hourOfDay(0, 'kazakhstan')).toBe(22);
    expect(clock.hourOfDay(0, null)).toBe(0);
    const march = hoursAt(Date.UTC(2024, 2, 10, 0));
    expect(clock.hourOfDay(march, 'china')).toBe(8);
    expect(clock.hourOfDay(march, 'kazakhstan')).toBe(5);
  });

  it('falls back to days since the start without a scenario', () => {
    const plain = new SimulatedClock(null);
    expect(plain.dated).toBe(false);
    expect(plain.x(36)).toBe(1.5);
    expect(plain.label(36)).toBe('day 1.5');
    expect(plain.hourOfDay(49, 'china')).toBe(1);
  });

  it('chooses axis labels that keep the year on long runs', () => {
    expect(clock.axisFormat(550 * 24)).toBe('%b %Y');
    expect(clock.axisFormat(30 * 24)).toBe('%d %b %Y');
    expect(clock.axisFormat(48)).toBe('%d %b %H:%M');
  });

  it('formats offsets with their sign', () => {
    expect(formatOffset(480)).toBe('UTC+08:00');
    expect(formatOffset(-210)).toBe('UTC−03:30');
  });
});
