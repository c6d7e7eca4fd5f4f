export { erlangB } from './erlang-b.js';
export { erlangC } from './erlang-c.js';
export { mm1 } from './mm1.js';
export { mmc, type QueueMetrics } from './mmc.js';
export { type MmckMetrics, mmck } from './mmck.js';
export { type MG1Metrics, pollaczekKhinchine } from './pollaczek-khinchine.js';
export {
  type PriorityClass,
  type PriorityClassMetrics,
  type PriorityMetrics,
  priorityNonPreemptive,
} from './priority-non-preemptive.js';
