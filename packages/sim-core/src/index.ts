// The public API of @landport/sim-core. This file only re-exports.
export type { CalendarItem } from './calendar.js';
export { EventCalendar } from './calendar.js';
export { Condition } from './condition.js';
export type { EventCallback } from './event.js';
export { Event } from './event.js';
export { Interrupt } from './interrupt.js';
export { NORMAL, URGENT } from './priority.js';
export type { ProcessGenerator, Yieldable } from './process.js';
export { Process } from './process.js';
export type { Preempted, RequestStatus } from './request.js';
export { Request } from './request.js';
export type { CapacityRule, RequestOptions, ResourceOptions } from './resource.js';
export { Resource } from './resource.js';
export type { RunOptions, SimulationOptions } from './simulation.js';
export { Simulation } from './simulation.js';
export type { TraceRecord, TraceSink } from './trace.js';
export * from './stats/index.js';
export * from './random/index.js';
