import { setFlagsFromString } from 'node:v8';

/**
 * Makes the worker threads started from now on optimise their code on their own thread, not on
 * V8's background compiler threads (`--no-concurrent-recompilation`). Called before a replication
 * pool starts its workers; setting the flag again is harmless.
 *
 * Why: on Node 20, stopping a worker (`worker.terminate()`, which the pool does as soon as a batch
 * ends) can leave a TurboFan job of that worker's isolate running on a background thread. When the
 * job then asks Node to schedule a GC task for the isolate, Node no longer knows it and aborts the
 * whole process (`NodePlatform::ForIsolate … Assertion failed: (data.first) != nullptr`, from a
 * `CompileTask`): a finished batch ends in SIGABRT. CI saw it twice in one day (docs/reliability.md).
 * A worker started with the flag off has no background compile job to outlive it: `--trace-opt`
 * shows its optimisations in `ConcurrencyMode::kSynchronous`.
 *
 * The cost is none that shows: the compile work moves to the worker's own thread, where on a
 * machine whose cores the workers keep busy it competed with them anyway (docs/performance.md).
 * V8's flags belong to the process, and `new Worker` cannot be given its own; the main thread's
 * isolate, made before this call, is never terminated.
 */
export function compileWorkersSynchronously(): void {
  setFlagsFromString('--no-concurrent-recompilation');
}
