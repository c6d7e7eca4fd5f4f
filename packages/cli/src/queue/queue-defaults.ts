/*
 * Defaults of the work queue, apart from the modules that use them so that the command
 * definitions can show them in --help without loading BullMQ and ioredis, which costs ~0.3 s of
 * start-up that every other `landport` command would otherwise pay.
 */

/** Default tries of a job (the first run and two retries). */
export const DEFAULT_ATTEMPTS = 3;

/** Default delay before the first retry of a failed job, ms; it doubles at each further retry. */
export const DEFAULT_BACKOFF_MS = 1000;

/**
 * Default time a job's lock lasts without renewal, ms: a killed worker's job is taken again after
 * it. A live worker renews it every half of this, from its main thread, which never runs a model.
 */
export const DEFAULT_LOCK_DURATION_MS = 30_000;

/** Default time between two checks for jobs whose worker stopped, ms. */
export const DEFAULT_STALLED_INTERVAL_MS = 30_000;

/**
 * Times a job may be abandoned by a stopped worker before it counts as failed: a few, since
 * preemptible machines do get stopped, but not unlimited, since a replication that kills its
 * worker every time (out of memory) must end up reported rather than loop.
 */
export const DEFAULT_MAX_STALLED_COUNT = 3;
