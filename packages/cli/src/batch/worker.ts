import { checkReplicationOutput, type ReplicationOutput, type ReplicationRunner } from '@landport/experiment';

/** A message from the pool: run these replications of one scenario. */
export interface ChunkRequest {
  /** URL of the model module (exports `runReplication`). */
  model: string;
  /** The scenario data. */
  scenario: unknown;
  /** Master seed. */
  seed: number | string;
  /** Replication indices to run, in this order. */
  replications: number[];
}

/** A replication that threw, with enough to report it. */
export interface ReplicationFailure {
  /** Its index. */
  replication: number;
  /** The error's message. */
  message: string;
  /** The error's stack, if any. */
  stack: string | undefined;
}

/** The worker's answer: the outputs it produced, and the failure that stopped it, if any. */
export interface ChunkResponse {
  /** Outputs of the replications that finished, in run order. */
  outputs: ReplicationOutput[];
  /** Time spent running them, ms (for sizing later chunks; never part of any result). */
  elapsedMs: number;
  /** The replication that threw, after which the rest of the chunk was not run; null if none did. */
  failure: ReplicationFailure | null;
}

const runners = new Map<string, Promise<ReplicationRunner>>();

/**
 * Worker-thread entry (tinypool calls the default export once per message): runs a chunk of
 * replications in sequence. A chunk rather than one replication per message because a message
 * costs ~0.15 ms of round trip and cloning, which would dominate fast models.
 *
 * A replication that throws does not lose the chunk's earlier outputs: they are returned with the
 * failure, so that they reach the results log and a resume need not run them again.
 */
export default async function runChunk(request: ChunkRequest): Promise<ChunkResponse> {
  const run = await loadRunner(request.model);
  const outputs: ReplicationOutput[] = [];
  const started = performance.now();
  for (const replication of request.replications) {
    try {
      const output = run({ scenario: request.scenario, seed: request.seed, replication });
      outputs.push(checkReplicationOutput(output, replication));
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      return {
        outputs,
        elapsedMs: performance.now() - started,
        failure: { replication, message: e.message, stack: e.stack },
      };
    }
  }
  return { outputs, elapsedMs: performance.now() - started, failure: null };
}

/** Imports the model module once per worker and checks its export. */
function loadRunner(model: string): Promise<ReplicationRunner> {
  let runner = runners.get(model);
  if (runner === undefined) {
    runner = import(model).then((module: Record<string, unknown>) => {
      if (typeof module.runReplication !== 'function') {
        throw new TypeError(`The model module ${model} does not export a function named runReplication`);
      }
      return module.runReplication as ReplicationRunner;
    });
    runners.set(model, runner);
  }
  return runner;
}
