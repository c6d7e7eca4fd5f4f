import * as z from 'zod';

/**
 * A `z.strictObject` whose errors describe it in words a scenario author understands.
 *
 * Unknown keys are rejected rather than stripped: a misspelt optional field (`lane: 4` for
 * `lanes: 4`) would otherwise be silently ignored and the default used. The error lists the
 * keys that are known, so the typo is obvious.
 *
 * @param what - the object's name with its article, e.g. `'a station'`.
 * @param shape - the zod shape.
 * @param keyKind - for objects whose keys are choices rather than fields (`'units'`,
 *   `'distribution names'`): how to name the list of keys in errors.
 */
export function strictObject<S extends z.core.$ZodLooseShape>(what: string, shape: S, keyKind?: string) {
  const keys = Object.keys(shape).join(', ');
  const known =
    keyKind === undefined ? `one of the fields of ${what}: ${keys}` : `one of the ${keyKind}: ${keys}`;
  const type = keyKind === undefined ? `${what} (an object with fields ${keys})` : what;
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') return known;
      if (issue.code === 'invalid_type') return type;
      return undefined;
    },
  });
}

/** The keys of `value` whose values are not `undefined` (an explicit `undefined` counts as absent). */
export function presentKeys(value: object): string[] {
  return Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined);
}

/**
 * A check that exactly one of the object's keys is present: the shape of `{ minutes: 5 }`,
 * `{ perDay: 100 }` and `{ lognormal: {...} }`. Written as optional keys plus this check rather
 * than as a union of one-key objects, because a union reports "no option matched" where this
 * reports the nested field that is wrong (`service.lognormal.cv`).
 */
export function exactlyOneKey(what: string, keys: readonly string[]) {
  return (ctx: z.core.ParsePayload<object>): void => {
    // An unknown key has been reported already; "exactly one" would only repeat it.
    if (ctx.issues.length > 0) return;
    const present = presentKeys(ctx.value);
    if (present.length === 1) return;
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `${what} with exactly one of ${keys.join(', ')}${present.length > 1 ? ` (it has ${present.join(' and ')})` : ''}`,
    });
  };
}
