/** A service target such as `p95 wait < 4h`, resolved to a metric of one station. */
export interface Target {
  readonly metric: string;
  readonly op: '<' | '<=';
  readonly value: number;
  readonly text: string;
}

const FORM =
  /^\s*(mean|p50|p90|p95|p99|max)\s+wait\s*(<=|<)\s*(\d+(?:\.\d+)?)\s*(h|hours?|m|min|minutes?)\s*$/;
const QUEUE = /^\s*mean\s+queue\s*(<=|<)\s*(\d+(?:\.\d+)?)\s*$/;
const RAW = /^\s*([A-Za-z0-9_.:-]+)\s*(<=|<)\s*(-?\d+(?:\.\d+)?)\s*$/;

/**
 * Reads a target: `<stat> wait < <value><unit>` (stat: mean, p50, p90, p95, p99, max; unit: h or
 * min), `mean queue < <n>`, or any metric name of summary.json with `<` or `<=` and a number.
 * Throws a RangeError saying what was expected for anything else.
 */
export function parseTarget(text: string, station: string): Target {
  let m = FORM.exec(text);
  if (m !== null) {
    const hours = m[4]!.startsWith('h') ? Number(m[3]) : Number(m[3]) / 60;
    return { metric: `station.${station}.waitHours.${m[1]}`, op: m[2] as Target['op'], value: hours, text };
  }
  m = QUEUE.exec(text);
  if (m !== null)
    return { metric: `station.${station}.queue.mean`, op: m[1] as Target['op'], value: Number(m[2]), text };
  m = RAW.exec(text);
  if (m !== null && m[1]!.includes('.'))
    return { metric: m[1]!, op: m[2] as Target['op'], value: Number(m[3]), text };
  throw new RangeError(
    `--target ${JSON.stringify(text)}: expected '<stat> wait < <value>h' (stat: mean, p50, p90, p95, p99 or max; unit h or min), 'mean queue < <n>', or '<metric> < <number>' with a metric name from summary.json, e.g. --target 'p95 wait < 4h'.`,
  );
}

/** Whether a value meets the target. */
export function meets(target: Target, value: number): boolean {
  return target.op === '<' ? value < target.value : value <= target.value;
}
