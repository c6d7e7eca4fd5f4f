import type { MmcImplementation } from './mmc.js';
import { runCallbackModel } from './mmc-callback.js';
import { runCallbackSeizeModel } from './mmc-callback-seize.js';
import { runGeneratorFloorModel } from './mmc-generator-floor.js';
import { runGeneratorFloorDirectModel } from './mmc-generator-floor-direct.js';
import { runHandLoopModel } from './mmc-handloop.js';
import { runJsSimulatorModel } from './mmc-js-simulator.js';
import { runJsSimulatorAgentsModel } from './mmc-js-simulator-agents.js';
import { runProcessModel } from './mmc-process.js';
import { runProcessSeizeModel } from './mmc-process-seize.js';
import { runProcessStreamsModel } from './mmc-process-streams.js';
import { runScheduleModel } from './mmc-schedule.js';
import { runSwitchLoopModel } from './mmc-switch-loop.js';

/** The implementations of the M/M/c model, by the name the bench's command line and tables use. */
export const implementations = {
  process: runProcessModel,
  'process-seize': runProcessSeizeModel,
  'process-streams': runProcessStreamsModel,
  'generator-floor': runGeneratorFloorModel,
  'generator-floor-direct': runGeneratorFloorDirectModel,
  callback: runCallbackModel,
  'callback-seize': runCallbackSeizeModel,
  handloop: runHandLoopModel,
  'switch-loop': runSwitchLoopModel,
  schedule: runScheduleModel,
  'js-simulator': runJsSimulatorModel,
  'js-simulator-agents': runJsSimulatorAgentsModel,
} satisfies Record<string, MmcImplementation>;

/** The name of one implementation. */
export type ImplementationName = keyof typeof implementations;

/** Human-readable labels for tables. */
export const implementationLabels: Record<ImplementationName, string> = {
  process: 'engine, process API (request)',
  'process-seize': 'engine, process API (seize)',
  'process-streams': 'engine, process API + RandomStream',
  'generator-floor': 'generators on the hand loop (the floor)',
  'generator-floor-direct': 'the floor without start and grant entries',
  callback: 'engine, callback API (request)',
  'callback-seize': 'engine, callback API (seize)',
  handloop: 'hand loop (ceiling)',
  'switch-loop': 'hand loop, switch dispatch',
  schedule: 'engine, sim.schedule only',
  'js-simulator': 'js-simulator 1.0.17, bare event loop',
  'js-simulator-agents': 'js-simulator 1.0.17, an agent per customer',
};

/** Narrows a command-line string to an implementation name, or throws listing the valid ones. */
export function implementationNamed(name: string): ImplementationName {
  if (Object.hasOwn(implementations, name)) return name as ImplementationName;
  throw new RangeError(
    `unknown implementation ${JSON.stringify(name)}; expected one of ${Object.keys(implementations).join(', ')}`,
  );
}
