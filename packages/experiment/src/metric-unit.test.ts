import { describe, expect, it } from 'vitest';
import { metricHeader, metricUnit } from './metric-unit.js';

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
    ['station.kz.secondaryUtilisation', 'share'],
    ['direction.inbound.inSystemAtEnd', 'vehicles'],
    ['fleet.carriers.roundTrips', 'round trips'],
    ['fleet.carriers.roundTripsPerDay', 'round trips/day'],
    ['fleet.carriers.queue.mean', 'vehicles'],
    ['quota.kz-acceptance.used', 'tokens'],
    ['quota.kz-acceptance.queueAtEnd', 'vehicles'],
    ['equeue.eq.booked', 'vehicles'],
    ['equeue.eq.refused', 'vehicles'],
    ['equeue.eq.backlog.max', 'vehicles'],
    ['equeue.eq.daysToFreeSlot.max', 'days'],
    ['equeue.eq.virtualWaitHours.p95', 'h'],
    ['drivers.fees', 'KZT'],
    ['events', 'events'],
  ])('%s is in %s', (name, unit) => {
    expect(metricUnit(name, 'KZT')).toBe(unit);
  });
});

describe('metricHeader(name, currency)', () => {
  it('names the unit in parentheses, the currency for money, and nothing for an unknown name', () => {
    expect(metricHeader('class.truck.cost.perVehicle', 'USD')).toBe('class.truck.cost.perVehicle (USD)');
    expect(metricHeader('station.kz.waitHours.mean')).toBe('station.kz.waitHours.mean (h)');
    expect(metricHeader('carsPerDay')).toBe('carsPerDay (cars/day)');
    expect(metricHeader('meanWait')).toBe('meanWait');
  });
});
