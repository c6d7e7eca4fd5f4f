import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The peak resident set size of this process, with a reset. The kernel's lifetime high-water mark
 * (`resourceUsage().maxRSS`) is useless here: loading TypeScript through tsx peaks higher than most
 * models ever do. On Linux, writing 5 to /proc/self/clear_refs resets the high-water mark VmHWM
 * (Linux >= 4.0, see proc(5)), so the peak can be taken over the model runs alone.
 */
export class PeakRss {
  /** Whether the high-water mark could be reset; if not, `read` falls back to the lifetime peak. */
  readonly resettable: boolean;

  constructor() {
    this.resettable = PeakRss.tryReset();
  }

  /** Restarts the high-water mark from the current RSS (a no-op where it cannot be reset). */
  reset(): void {
    if (this.resettable) PeakRss.tryReset();
  }

  /** The peak RSS in bytes since the last reset (or since the process started). */
  read(): number {
    if (this.resettable) {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
      if (match !== null) return Number(match[1]) * 1024;
    }
    return process.resourceUsage().maxRSS * 1024;
  }

  private static tryReset(): boolean {
    try {
      writeFileSync('/proc/self/clear_refs', '5');
      return true;
    } catch {
      return false;
    }
  }
}
