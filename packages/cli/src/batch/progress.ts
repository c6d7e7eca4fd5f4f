import { Presets, SingleBar } from 'cli-progress';

/** Receives the progress of a batch. */
export interface ProgressReporter {
  /** A batch of `total` replications starts, `done` of them already finished (a resume). */
  start(total: number, done?: number): void;
  /** `count` more replications finished (default 1). */
  tick(count?: number): void;
  /** The batch ended (completed, failed or interrupted): final line, timers released. */
  stop(): void;
}

/** Options of {@link createProgress}. */
export interface ProgressOptions {
  /** Where to write (default process.stderr, so that stdout stays clean for `--json`). */
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Print nothing (`--quiet`). */
  quiet?: boolean;
  /** Draw a bar (default: whether the stream is a terminal). */
  tty?: boolean;
  /** Time between plain lines when not on a terminal, ms (default 5000). */
  intervalMs?: number;
  /** What is counted (default 'replications'). */
  label?: string;
  /** Clock in ms, for tests (default performance.now). Progress never affects results. */
  now?: () => number;
}

/**
 * A progress reporter on stderr: on a terminal a cli-progress bar (done/total, rate, time left);
 * elsewhere (CI logs, pipes) a plain line every few seconds and a final line, since a redrawn bar
 * would fill a log with carriage returns; nothing at all when quiet.
 */
export function createProgress(options: ProgressOptions = {}): ProgressReporter {
  if (options.quiet === true) return { start() {}, tick() {}, stop() {} };
  const stream = options.stream ?? process.stderr;
  const label = options.label ?? 'replications';
  const now = options.now ?? (() => performance.now());
  const tty = options.tty ?? stream.isTTY === true;
  return tty
    ? new BarProgress(stream, label, now)
    : new LineProgress(stream, label, now, options.intervalMs ?? 5000);
}

/** Counts and rates shared by both displays; the rate counts only this session's replications. */
class Counter {
  total = 0;
  done = 0;
  private startDone = 0;
  private startTime = 0;

  constructor(private readonly now: () => number) {}

  start(total: number, done: number): void {
    if (!(Number.isSafeInteger(total) && total >= 0))
      throw new RangeError(`total must be an integer >= 0, got ${total}`);
    this.total = total;
    this.done = done;
    this.startDone = done;
    this.startTime = this.now();
  }

  /** Replications per second since start; NaN before the first. */
  rate(): number {
    const seconds = (this.now() - this.startTime) / 1000;
    const count = this.done - this.startDone;
    return count > 0 && seconds > 0 ? count / seconds : Number.NaN;
  }

  elapsedSeconds(): number {
    return (this.now() - this.startTime) / 1000;
  }

  /** Seconds left at the current rate; NaN if unknown. */
  remainingSeconds(): number {
    return (this.total - this.done) / this.rate();
  }
}

class BarProgress implements ProgressReporter {
  private readonly counter: Counter;
  private readonly bar: SingleBar;

  constructor(stream: NodeJS.WritableStream, label: string, now: () => number) {
    this.counter = new Counter(now);
    this.bar = new SingleBar(
      {
        stream,
        format: `${label} {bar} {value}/{total} | {rate}/s | {left} left`,
        hideCursor: true,
        fps: 5,
      },
      Presets.shades_classic,
    );
  }

  start(total: number, done = 0): void {
    this.counter.start(total, done);
    this.bar.start(total, done, this.payload());
  }

  tick(count = 1): void {
    this.counter.done += count;
    this.bar.update(this.counter.done, this.payload());
  }

  stop(): void {
    this.bar.update(this.counter.done, this.payload());
    this.bar.stop();
  }

  private payload(): { rate: string; left: string } {
    return { rate: formatRate(this.counter.rate()), left: formatDuration(this.counter.remainingSeconds()) };
  }
}

class LineProgress implements ProgressReporter {
  private readonly counter: Counter;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly label: string,
    now: () => number,
    private readonly intervalMs: number,
  ) {
    if (!(intervalMs > 0)) throw new RangeError(`intervalMs must be a number > 0, got ${intervalMs}`);
    this.counter = new Counter(now);
  }

  start(total: number, done = 0): void {
    this.counter.start(total, done);
    const resumed = done > 0 ? ` (${done} already done)` : '';
    this.stream.write(`${this.label}: ${total} to run${resumed}\n`);
    this.timer = setInterval(() => this.report(), this.intervalMs);
    this.timer.unref();
  }

  tick(count = 1): void {
    this.counter.done += count;
  }

  /** Writes the current state; called by the timer. */
  report(): void {
    const { done, total } = this.counter;
    const percent = total === 0 ? 100 : (100 * done) / total;
    this.stream.write(
      `${this.label}: ${done}/${total} (${percent.toFixed(1)}%), ${formatRate(this.counter.rate())}/s, ` +
        `${formatDuration(this.counter.remainingSeconds())} left\n`,
    );
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    const { done, total } = this.counter;
    this.stream.write(
      `${this.label}: ${done}/${total} in ${formatDuration(this.counter.elapsedSeconds())} ` +
        `(${formatRate(this.counter.rate())}/s)\n`,
    );
  }
}

/** "12.3", "0.41", "—" when unknown: three significant figures are plenty for a rate. */
function formatRate(rate: number): string {
  return Number.isFinite(rate) ? String(Number(rate.toPrecision(3))) : '—';
}

/** "42s", "3m 05s", "1h 02m", "?" when unknown. */
function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
