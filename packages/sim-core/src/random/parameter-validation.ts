// Constructor-time checks shared by the distributions and arrival processes. They run once per
// object, never per draw, so they favour clear messages over speed. Every message has the form
// "<Owner>: <parameter> must be <expectation>, got <value>".

/** Throws a RangeError with the standard message shape, for checks the helpers below do not cover. */
export function rejectParameter(owner: string, name: string, expected: string, value: unknown): never {
  throw new RangeError(`${owner}: ${name} must be ${expected}, got ${String(value)}`);
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
