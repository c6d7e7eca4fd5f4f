import { type DistributionSpec, makeDistribution, ParameterError } from '@landport/sim-core';
import type * as z from 'zod';
import { presentKeys } from './strict-object.js';

/*
 * The last check of a distribution in a file: that the engine can build and sample it. The
 * engine's constructors know where double precision gives out (a lognormal with cv 1e200, a
 * Weibull with shape 1e-5, a normal truncated to an interval it never reaches); running them here
 * means a scenario that validates never stops a run with "a hold of NaN", and the two places
 * cannot disagree. A rejection is reported at the parameter's own path, in the file's terms.
 */

/** Parameters of the time families that are not durations (the others are checked in minutes). */
const PLAIN_NUMBERS = new Set(['cv', 'shape', 'k', 'weights']);

/**
 * A zod check for a distribution object `{ family: parameters }` that has passed its structural
 * checks: resolves it with `resolve`, builds it, and turns a constructor's ParameterError into an
 * issue at `family.parameter`. `inMinutes` says whether the family's parameters are durations.
 */
export function samplable<T extends object>(resolve: (value: T) => DistributionSpec, inMinutes: boolean) {
  return (ctx: z.core.ParsePayload<T>): void => {
    if (ctx.issues.length > 0) return;
    const family = presentKeys(ctx.value)[0];
    if (family === undefined) return;
    try {
      makeDistribution(resolve(ctx.value));
    } catch (error) {
      if (!(error instanceof ParameterError)) throw error;
      const parameters = (ctx.value as Record<string, unknown>)[family];
      const path = pathInFile(parameters, error.path);
      const duration = inMinutes && !PLAIN_NUMBERS.has(String(error.path[0]));
      ctx.issues.push({
        code: 'custom',
        input: valueAt(parameters, path),
        path: [family, ...path],
        message: `${error.expected}${duration ? ', in minutes' : ''}`,
      });
    }
  };
}

/**
 * Where a constructor's parameter sits in the file's parameters object: the same path where the
 * file has it (`cv`, `values[3]`); the family's object itself for a value that is the object
 * (`deterministic: { minutes: 5 }`), and `max` for a relation such as Normal's `[min, max]`.
 */
function pathInFile(parameters: unknown, path: readonly (string | number)[]): (string | number)[] {
  if (parameters === null || typeof parameters !== 'object') return [];
  const head = path[0];
  if (typeof head === 'string' && Object.hasOwn(parameters, head)) return [...path];
  if (Object.hasOwn(parameters, 'max')) return ['max'];
  return [];
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}
