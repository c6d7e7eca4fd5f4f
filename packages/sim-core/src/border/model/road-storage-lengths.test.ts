import { describe, expect, it } from 'vitest';
import { Simulation } from '../../simulation.js';
import { RoadStorage } from './road-storage.js';

/** A 50 m road with one lane: bays as long as the longest class (20 m), so 70 m in all. */
function road(turnAway: boolean) {
  const sim = new Simulation();
  // Class 0: a car of 7.5 m; class 1: a truck of 20 m.
  const storage = new RoadStorage({ sim, roadMetres: 50, lengthByClass: [7.5, 20], turnAway });
  storage.setCapacity(1);
  return { sim, storage };
}

describe('road storage by length', () => {
  it('fills by metres, not places: three trucks and a car fit in 70 m, a fourth truck does not', () => {
    const { storage } = road(true);
    const taken = [1, 1, 1].map(() => storage.request({}, 1));
    expect(taken.map((p) => p.value)).toEqual([true, true, true]);
    expect(storage.usedMetres).toBe(60);
    expect(storage.hasRoom(1)).toBe(false);
    expect(storage.hasRoom(0)).toBe(true);
    expect(storage.request({}, 0).value).toBe(true);
    expect(storage.usedMetres).toBe(67.5);
    expect(storage.request({}, 1).value).toBe(false); // gives up at once
    storage.release(taken[0]!);
    expect(storage.usedMetres).toBe(47.5);
  });

  it('lets waiting vehicles in by priority, then in order, and a long one at the head holds back short ones', () => {
    const { sim, storage } = road(false);
    const trucks = [1, 1, 1].map(() => storage.request({}, 1)); // 60 m of 70
    const order: string[] = [];
    const wait = (name: string, priority: number, cls: number) => {
      const place = storage.request({ priority }, cls);
      place.addCallback(() => order.push(name));
      return place;
    };
    wait('truck', 0, 1); // 20 m: does not fit in the 10 m left
    wait('car', 0, 0); // 7.5 m would fit, but waits behind the truck
    wait('urgent car', -1, 0); // a better priority goes first, and fits
    expect(storage.queueLength).toBe(3);
    sim.run();
    expect(order).toEqual([]);
    sim.schedule(1, () => storage.release(trucks[0]!));
    sim.run();
    // 10 + 20 m free: the urgent car (7.5) gets in, then the truck (20) fits in 22.5, then the car no longer fits.
    expect(order).toEqual(['urgent car', 'truck']);
    expect(storage.usedMetres).toBe(67.5);
    sim.schedule(1, () => storage.setCapacity(2)); // a second lane adds a bay of 20 m
    sim.run();
    expect(order).toEqual(['urgent car', 'truck', 'car']);
    expect(storage.queueLength).toBe(0);
  });
});
