import { setFlagsFromString } from 'node:v8';

/**
 * Estimated events per worker thread from which the wider budget repays its longer compiles: a
 * short batch spends more on compiling the larger functions than it gains running them (12
 * replications of 10 days of horgos-2024, 2.1 against 1.8 CPU-s), a long one gains 8–13%. Break-even
 * was about 8 million events a worker (about five replication-years of horgos-2024).
 */
export const WIDE_INLINING_EVENTS_PER_WORKER = 10_000_000;

/** Whether `events` estimated events on `workers` threads repay the wider budget. */
export function wideInliningRepays(events: number, workers: number): boolean {
  return events / workers >= WIDE_INLINING_EVENTS_PER_WORKER;
}

/**
 * Lets TurboFan inline larger functions, and more of them into one, in the code optimised from now
 * on: in particular the worker threads a replication pool starts next. Called before a pool starts
 * its workers; setting the flags again is harmless, and a process keeps them for its later batches.
 *
 * Why: V8's defaults (460 bytes of bytecode for one function, 920 for all it inlines into one) keep
 * a border replication's hottest calls out of line: the lognormal draw's `exp` (545 bytes) and
 * normal quantile (794), called at every service start. A call left out of line returns its
 * number boxed on the heap: about 170 MB of short-lived heap numbers a replication-year of
 * horgos-2024. With these budgets both are inlined into the draw, and a batch of horgos-2024 took
 * 8–13% less time and CPU, alternating with the build before (docs/performance.md, "Sixth round").
 * Twice these budgets was slower than V8's defaults, as the journey's code grew.
 *
 * Inlining changes no result: V8 computes the same IEEE operations in the same order, and the
 * outputs of a batch are byte-identical with and without it. V8's flags belong to the process, and
 * `new Worker` cannot be given its own; the main thread's code optimised from now on gets them too.
 */
export function widenInliningBudget(): void {
  setFlagsFromString('--max-inlined-bytecode-size=1000');
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=3000');
}
