import { describe, expect, it } from 'vitest';
import { type JsonSchema, validateJsonSchema } from './json-schema-validator.js';
import { vegaLiteSchema } from './spec-problems.js';

const schema: JsonSchema = {
  $ref: '#/definitions/Spec',
  definitions: {
    Spec: {
      type: 'object',
      properties: {
        mark: { anyOf: [{ enum: ['bar', 'line'] }, { $ref: '#/definitions/MarkDef' }] },
        width: { type: ['number', 'null'], minimum: 0 },
        data: { type: 'array', items: { type: 'number' }, minItems: 1 },
      },
      required: ['mark'],
      additionalProperties: false,
    },
    MarkDef: {
      type: 'object',
      properties: { type: { enum: ['bar', 'line'] }, opacity: { type: 'number', maximum: 1 } },
      required: ['type'],
      additionalProperties: false,
    },
  },
};

describe('validateJsonSchema', () => {
  it('accepts values that follow the schema', () => {
    expect(validateJsonSchema(schema, { mark: 'bar', width: null, data: [1, 2] })).toEqual([]);
    expect(validateJsonSchema(schema, { mark: { type: 'line', opacity: 0.5 } })).toEqual([]);
  });

  it('names the path of an unknown property, a missing one, a wrong type and a bound', () => {
    expect(validateJsonSchema(schema, { mark: 'bar', colour: 'red' })).toEqual([
      '(root): unknown property "colour"',
    ]);
    expect(validateJsonSchema(schema, { width: 3 })).toEqual(['(root): missing required property mark']);
    expect(validateJsonSchema(schema, { mark: 'bar', data: [1, 'x'] })).toEqual([
      '.data[1]: expected number, got "x"',
    ]);
    expect(validateJsonSchema(schema, { mark: 'bar', width: -1 })).toEqual(['.width: -1 < minimum 0']);
  });

  it('reports the telling problem of a failed anyOf, not the discriminator mismatch', () => {
    const [problem] = validateJsonSchema(schema, { mark: { type: 'bar', opcity: 1 } });
    expect(problem).toContain('.mark: unknown property "opcity"');
  });

  it('finds a misspelt mark property in a spec that Vega-Lite would compile silently', () => {
    const vegaLite = vegaLiteSchema();
    const good = {
      data: { values: [{ a: 1 }] },
      mark: 'point',
      encoding: { x: { field: 'a', type: 'quantitative' } },
    };
    expect(validateJsonSchema(vegaLite, good)).toEqual([]);
    const bad = { ...good, mark: { type: 'rule', strokeDsh: [2, 2] } };
    expect(validateJsonSchema(vegaLite, bad).join('\n')).toContain('unknown property "strokeDsh"');
  });
});
