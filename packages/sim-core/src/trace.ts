/**
 * The event trace: typed records of what happened, for debugging, animation and tests.
 *
 * Why a callback and not a buffer: a trace of a long run is larger than memory, so records are
 * handed to a sink as they occur (write them to a stream, filter them, count them). When no sink is
 * set, the engine tests one field per event and builds no record: tracing costs nothing when off.
 */
export type TraceRecord =
  | { kind: 'fire'; time: number; id: number; name: string }
  | { kind: 'process-start'; time: number; process: string }
  | { kind: 'process-end'; time: number; process: string; ok: boolean }
  | { kind: 'interrupt'; time: number; process: string; cause: unknown }
  | { kind: 'request'; time: number; resource: string; priority: number; queueLength: number }
  | { kind: 'grant'; time: number; resource: string; waited: number }
  | { kind: 'release'; time: number; resource: string; held: number }
  | { kind: 'balk'; time: number; resource: string; queueLength: number }
  | { kind: 'renege'; time: number; resource: string; waited: number }
  | { kind: 'preempt'; time: number; resource: string; held: number }
  | { kind: 'capacity'; time: number; resource: string; capacity: number; busy: number };

/** A function that receives trace records in the order they happen. */
export type TraceSink = (record: TraceRecord) => void;
