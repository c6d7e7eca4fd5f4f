// Constructor-time checks shared by the distributions and arrival processes. They run once per
// object, never per draw, so they favour clear messages over speed. Every message has the form
// "<Owner>: <parameter> must be <expectation>, got <value>".

/**
 * The RangeError every constructor check throws. Besides the message it carries the parts, so a
 * caller that knows where the parameter came from (a scenario file) can report it at its own path.
 */
export class ParameterError extends RangeError {
  /** The class or function that rejected the parameter, e.g. `Lognormal`. */
  declare readonly owner: string;
  /** The parameter as named in the message, e.g. `cv` or `values[3]`. */
  declare readonly parameter: string;
  /** The parameter's path inside a plain-data spec, e.g. `['values', 3]`. */
  declare readonly path: readonly (string | number)[];
  /** What was expected, e.g. `a finite number > 0`. */
  declare readonly expected: string;
  /** The value received. */
  declare readonly value: unknown;

  constructor(
    owner: string,
    parameter: string,
    expected: string,
    value: unknown,
    shown: string,
    path: readonly (string | number)[],
  ) {
    super(`${owner}: ${parameter} must be ${expected}, got ${shown}`);
    // Printed, and compared by tests, as the plain RangeError it always was: the name stays, and the
    // parts are not enumerable. `instanceof ParameterError` tells it apart.
    const hidden = (v: unknown) => ({ value: v, enumerable: false });
    Object.defineProperties(this, {
      owner: hidden(owner),
      parameter: hidden(parameter),
      path: hidden(path),
      expected: hidden(expected),
      value: hidden(value),
    });
  }
}

/**
 * How a received value reads in a message: numbers as themselves, anything else with its type, so
 * that `new Exponential("5")` says it got the string "5" rather than a puzzling "got 5".
 */
export function describeReceived(value: unknown): string {
  switch (typeof value) {
    case 'number':
      return String(value);
    case 'string':
      return `the string ${JSON.stringify(value)}`;
    case 'undefined':
      return 'undefined';
    case 'bigint':
      return `the bigint ${value}n`;
    case 'boolean':
      return `the boolean ${value}`;
    case 'object':
      return value === null ? 'null' : Array.isArray(value) ? 'an array' : 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** `values[3]` for a parameter named `values` at index 3, from its path. */
function parameterName(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/**
 * Throws a {@link ParameterError} with the standard message shape, for checks the helpers below do
 * not cover. `name` is the parameter's name, or its path inside a spec (`['values', 3]`); `shown`
 * replaces the description of `value` where a summary reads better (`3 entries`).
 */
export function rejectParameter(
  owner: string,
  name: string | readonly (string | number)[],
  expected: string,
  value: unknown,
  shown: string = describeReceived(value),
): never {
  const path = typeof name === 'string' ? [name] : name;
  throw new ParameterError(
    owner,
    typeof name === 'string' ? name : parameterName(name),
    expected,
    value,
    shown,
    path,
  );
}

/** Throws a RangeError unless `value` is a finite number. */
export function requireFinite(owner: string, name: string, value: number): void {
  if (!Number.isFinite(value)) rejectParameter(owner, name, 'a finite number', value);
}

/** Throws a RangeError unless `value` is a finite number > 0. */
export function requirePositive(owner: string, name: string, value: number): void {
  if (!(Number.isFinite(value) && value > 0)) rejectParameter(owner, name, 'a finite number > 0', value);
}

/** Throws a RangeError unless `value` is a finite number >= 0. */
export function requireNonNegative(owner: string, name: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0)) rejectParameter(owner, name, 'a finite number >= 0', value);
}

/** Throws a RangeError unless `value` is a safe integer >= `min`. */
export function requireInteger(owner: string, name: string, value: number, min: number): void {
  if (!(Number.isSafeInteger(value) && value >= min))
    rejectParameter(owner, name, `an integer >= ${min}`, value);
}

/** Throws a RangeError unless `value` is an array (of anything: the elements are checked after). */
export function requireArray(owner: string, name: string, value: readonly unknown[]): void {
  if (!Array.isArray(value)) rejectParameter(owner, name, 'an array of numbers', value);
}
