import { compareCodeUnits } from '@landport/experiment';

/**
 * Canonical JSON of plain data: object keys sorted by UTF-16 code units (locale-independent),
 * no whitespace, arrays in order, properties whose value is undefined dropped (as JSON.stringify
 * does). Two values that are equal as JSON data give the same text whatever their key order, so
 * its hash identifies a scenario's content.
 *
 * Throws a TypeError with the path of anything that is not JSON data (a function, a bigint, a
 * non-finite number, a class instance such as Map or Date), since hashing a lossy rendering of it
 * would claim two different scenarios equal.
 */
export function canonicalJson(value: unknown): string {
  return render(value, '$');
}

function render(value: unknown, path: string): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new TypeError(`canonicalJson: ${path} is ${value}, which JSON cannot hold`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item, i) => (item === undefined ? 'null' : render(item, `${path}[${i}]`))).join(',')}]`;
  }
  if (typeof value === 'object') {
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      throw new TypeError(
        `canonicalJson: ${path} is a ${prototype?.constructor?.name ?? 'class'} instance, not plain data`,
      );
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort(compareCodeUnits);
    return `{${keys.map((key) => `${JSON.stringify(key)}:${render(record[key], `${path}.${key}`)}`).join(',')}}`;
  }
  throw new TypeError(`canonicalJson: ${path} is a ${typeof value}, which JSON cannot hold`);
}
