import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { VegaLiteSpec } from '@landport/experiment';
import { compileSpec } from './chart-svg.js';
import { type JsonSchema, validateJsonSchema } from './json-schema-validator.js';

let schema: JsonSchema | null = null;

/** Vega-Lite's own JSON Schema, shipped in its package (build/vega-lite-schema.json); read once. */
export function vegaLiteSchema(): JsonSchema {
  if (schema === null) {
    const require = createRequire(import.meta.url);
    const path = join(dirname(require.resolve('vega-lite')), 'vega-lite-schema.json');
    schema = JSON.parse(readFileSync(path, 'utf8')) as JsonSchema;
  }
  return schema;
}

/**
 * Everything wrong with a chart spec, empty for a good one: its violations of the Vega-Lite JSON
 * Schema (checked on the spec as written to its .vl.json file, i.e. after a JSON round trip) and
 * the warnings Vega-Lite gives compiling it. Both are needed: the schema catches properties
 * Vega-Lite would silently ignore, the compiler catches combinations the schema allows but Vega-Lite
 * cannot draw (an encoding a mark does not support, a missing field type).
 */
export function specProblems(spec: VegaLiteSpec): string[] {
  const written = JSON.parse(JSON.stringify(spec)) as VegaLiteSpec;
  const problems = validateJsonSchema(vegaLiteSchema(), written).map((p) => `schema: ${p}`);
  try {
    problems.push(...compileSpec(written).warnings.map((w) => `compile warning: ${w}`));
  } catch (error) {
    problems.push(`compile error: ${(error as Error).message}`);
  }
  return problems;
}
