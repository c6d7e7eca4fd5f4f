import { describe, expect, it } from 'vitest';
import { metricUnit } from './metric-unit.js';

describe('metricUnit(name, currency)', () => {
  it.each([
    ['class.car.crossingHours.mean', 'h'],
    ['station.kz.waitHours.p95', 'h'],
    ['carsPerDay', 'cars/day'],
    ['class.carrier.carsPerDay', 'cars/day'],
    ['throughputPerDay', 'vehicles/day'],
    ['daily.busiestDay.exited', 'vehicles/day'],
    ['daily.busiestDay.cars', 'cars/day'],
    ['daily.daysAbove', 'days'],
    ['class.truck.cost.perVehicle', 'KZT'],
    ['cost.total', 'KZT'],
    ['station.kz.queue.mean', 'vehicles'],
    ['station.kz.utilisation', 'share'],
  ])('%s is in %s', (name, unit) => {
    expect(metricUnit(name, 'KZT')).toBe(unit);
  });
});
