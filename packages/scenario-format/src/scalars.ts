import * as z from 'zod';

/*
 * Leaf schemas. Each carries its "expected" text as its error, so every failure of that field
 * (missing, wrong type, NaN, Infinity, out of range) reads the same, e.g. "expected an integer >= 1".
 * Zod 4's z.number() already rejects NaN and ±Infinity, which JSON cannot carry but a TypeScript
 * object or a YAML `.nan` / `.inf` can.
 */

/** Any finite number. */
export const finiteNumber = z.number({ error: 'a finite number' });

/** A finite number > 0 (rates, means, scales). */
export const positiveNumber = z.number({ error: 'a finite number > 0' }).gt(0);

/** A finite number >= 0 (amounts, multipliers). */
export const nonNegativeNumber = z.number({ error: 'a finite number >= 0' }).min(0);

/** A probability in [0, 1]. */
export const probability = z.number({ error: 'a probability between 0 and 1' }).min(0).max(1);

/** An integer >= 1 (lanes, pool sizes, Erlang k). */
export const positiveInteger = z.int({ error: 'an integer >= 1' }).min(1);

/** An integer >= 0 (buffer capacities: 0 means no waiting room). */
export const nonNegativeInteger = z.int({ error: 'an integer >= 0' }).min(0);

/** An integer that orders classes in a queue; larger is served first. */
export const integer = z.int({ error: 'an integer' });

/**
 * Ids start with a letter or digit and hold only letters, digits, `_`, `.` and `-`. Excluding a
 * leading underscore keeps `__proto__` out of the id-keyed maps of the resolved scenario.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** The id of a side, station, class, quota or fee. */
export const identifier = z
  .string({ error: 'an id: letters, digits, "_", "." or "-", starting with a letter or digit' })
  .regex(ID_PATTERN);

/** Free text shown in reports (names, labels). */
export const text = z.string({ error: 'a non-empty string' }).min(1);

/** An ISO 4217 currency code. */
export const currencyCode = z
  .string({ error: 'a currency code of 3 capital letters, e.g. "CNY"' })
  .regex(/^[A-Z]{3}$/);

/** A list of ids; duplicates are reported by the cross-field checks. */
export const identifierList = z.array(identifier, { error: 'a list of ids' });
