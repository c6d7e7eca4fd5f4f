/**
 * Checks of the arguments of the engine's public entry points.
 *
 * Why here and not later: a wrong argument that is stored and used later fails inside the event
 * loop, at another time, with a message about the engine's internals ("item._fire is not a
 * function"), or not at all (`run({ until: "10" })` ran to the end). So each public method checks
 * what it is given and names the method, the argument and the value. The checks are `typeof`
 * tests, cheap enough for the hot paths (`schedule`, `request`); the event loop checks nothing.
 */

/** `value` as an error message shows it: strings quoted, so that "5" and 5 read differently. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return `${JSON.stringify(value)} (a string)`;
    case 'function':
      return `a function${value.name === '' ? '' : ` (${value.name})`}`;
    case 'bigint':
      return `${value}n (a bigint)`;
    case 'symbol':
      return value.toString();
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return 'an array';
      return `an object (${value.constructor?.name ?? 'no prototype'})`;
    default:
      return String(value);
  }
}

/** Throws a TypeError unless `value` is a function. */
export function checkFunction(where: string, value: unknown): void {
  if (typeof value !== 'function') {
    throw new TypeError(`${where} must be a function, got ${describeValue(value)}`);
  }
}

/** Throws unless `value` is a finite number >= 0: a TypeError for a non-number, else a RangeError. */
export function checkDuration(where: string, value: unknown): void {
  if (typeof value !== 'number') {
    throw new TypeError(`${where} must be a finite number >= 0, got ${describeValue(value)}`);
  }
  if (!(value >= 0) || value === Number.POSITIVE_INFINITY) {
    throw new RangeError(`${where} must be a finite number >= 0, got ${value}`);
  }
}

/** Throws a TypeError unless `value` is a number (its range is the caller's to check). */
export function checkNumber(where: string, value: unknown): asserts value is number {
  if (typeof value !== 'number') {
    throw new TypeError(`${where} must be a number, got ${describeValue(value)}`);
  }
}

/** Throws a TypeError unless `value` is a boolean or undefined. */
export function checkOptionalBoolean(where: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new TypeError(`${where} must be true or false, got ${describeValue(value)}`);
  }
}

/**
 * Throws a TypeError unless `value` is undefined or a plain options object whose keys are all
 * among `known`: a misspelt option (`{ untill: 10 }`) would otherwise be ignored without a word.
 */
export function checkOptions(where: string, value: unknown, known: readonly string[]): void {
  if (value === undefined) return;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(
      `${where} must be an options object ({ ${known.join(', ')} }), got ${describeValue(value)}`,
    );
  }
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new TypeError(
        `${where} has an unknown option ${JSON.stringify(key)}; expected ${known.join(', ')}`,
      );
    }
  }
}
