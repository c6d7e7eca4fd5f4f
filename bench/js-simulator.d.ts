// js-simulator 1.0.17 ships no types; this declares the part of its API the bench uses.
declare module 'js-simulator' {
  /** An event (or agent) on the scheduler; `update` runs when it fires. */
  class SimEvent {
    constructor(rank?: number);
    time: number;
    rank: number;
    update(deltaTime: number): void;
  }
  /** The discrete-event scheduler: a binary heap of SimEvents ordered by (time, -rank). */
  class Scheduler {
    current_time: number | null;
    scheduleOnceIn(event: SimEvent, deltaTime: number): void;
    hasEvents(): boolean;
    /** Fires every event due at the earliest pending time. */
    update(): void;
  }
  const jssim: { SimEvent: typeof SimEvent; Scheduler: typeof Scheduler };
  export default jssim;
}
