/** A JSON Schema (draft-07) node, as far as {@link validateJsonSchema} reads it. */
export interface JsonSchema {
  readonly $ref?: string;
  readonly definitions?: Readonly<Record<string, JsonSchema>>;
  readonly anyOf?: readonly JsonSchema[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly additionalProperties?: boolean | JsonSchema;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minProperties?: number;
}

/** Most problems reported; a broken spec usually has one cause that echoes through many anyOf branches. */
const MAX_PROBLEMS = 20;

/**
 * Validates `value` against `schema` and returns the problems, each `path: what is wrong` (empty
 * when valid). Covers exactly the keywords the Vega-Lite schema uses ($ref into definitions,
 * anyOf, enum, const, type, properties, additionalProperties, required, items, the numeric,
 * length and count bounds; `format` and `description` are ignored), which is what lets the tests
 * check each chart spec against Vega-Lite's own schema without a validator dependency. It is not
 * a general JSON Schema validator (no allOf, oneOf, patternProperties, tuple items, $id scopes).
 *
 * Why a schema check besides compiling: Vega-Lite ignores properties it does not know (a
 * misspelt `strokeDash` in a mark, `sort` on a rule), so a spec can compile cleanly and still not
 * say what was meant; the schema has `additionalProperties: false` almost everywhere.
 */
export function validateJsonSchema(schema: JsonSchema, value: unknown): string[] {
  const problems: string[] = [];
  check(schema, schema, value, '', problems);
  return problems.slice(0, MAX_PROBLEMS);
}

function check(root: JsonSchema, node: JsonSchema, value: unknown, path: string, out: string[]): boolean {
  if (node.$ref !== undefined) {
    const prefix = '#/definitions/';
    const target = node.$ref.startsWith(prefix)
      ? root.definitions?.[node.$ref.slice(prefix.length)]
      : undefined;
    if (target === undefined) throw new RangeError(`validateJsonSchema: unsupported $ref ${node.$ref}`);
    return check(root, target, value, path, out);
  }
  const at = path === '' ? '(root)' : path;
  if (node.anyOf !== undefined) {
    const branches: string[][] = [];
    for (const branch of node.anyOf) {
      const problems: string[] = [];
      if (check(root, branch, value, path, problems)) return true;
      branches.push(problems);
    }
    // A branch rejected only for a wrong `type` or constant is rarely the one meant; the others'
    // first problems say what is wrong with the value (a misspelt property, a missing one).
    const firsts = [...new Set(branches.map((p) => p[0]).filter((p) => p !== undefined))];
    const telling = firsts.filter((p) => !/: expected /.test(p));
    const shown = (telling.length > 0 ? telling : firsts).slice(0, 3);
    out.push(
      `${at}: matches none of ${node.anyOf.length} alternatives${shown.length > 0 ? `: ${shown.join(' | ')}` : ''}`,
    );
    return false;
  }
  if (node.const !== undefined && JSON.stringify(node.const) !== JSON.stringify(value)) {
    out.push(`${at}: expected ${JSON.stringify(node.const)}, got ${brief(value)}`);
    return false;
  }
  if (node.enum !== undefined && !node.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) {
    out.push(
      `${at}: expected one of ${node.enum.map((e) => JSON.stringify(e)).join(', ')}, got ${brief(value)}`,
    );
    return false;
  }
  if (node.type !== undefined) {
    const types = typeof node.type === 'string' ? [node.type] : node.type;
    if (!types.some((t) => hasType(value, t))) {
      out.push(`${at}: expected ${types.join(' or ')}, got ${brief(value)}`);
      return false;
    }
  }
  const before = out.length;
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum)
      out.push(`${at}: ${value} < minimum ${node.minimum}`);
    if (node.maximum !== undefined && value > node.maximum)
      out.push(`${at}: ${value} > maximum ${node.maximum}`);
  } else if (typeof value === 'string') {
    if (node.minLength !== undefined && value.length < node.minLength)
      out.push(`${at}: shorter than ${node.minLength}`);
    if (node.maxLength !== undefined && value.length > node.maxLength)
      out.push(`${at}: longer than ${node.maxLength}`);
  } else if (Array.isArray(value)) {
    if (node.minItems !== undefined && value.length < node.minItems)
      out.push(`${at}: fewer than ${node.minItems} items`);
    if (node.maxItems !== undefined && value.length > node.maxItems)
      out.push(`${at}: more than ${node.maxItems} items`);
    // The first bad item is enough (and keeps a wrong anyOf branch over thousands of data rows cheap).
    if (node.items !== undefined) {
      for (let i = 0; i < value.length; i++)
        if (!check(root, node.items, value[i], `${path}[${i}]`, out)) break;
    }
  } else if (value !== null && typeof value === 'object') {
    checkObject(root, node, value as Record<string, unknown>, path, out);
  }
  return out.length === before;
}

function checkObject(
  root: JsonSchema,
  node: JsonSchema,
  value: Record<string, unknown>,
  path: string,
  out: string[],
): void {
  const at = path === '' ? '(root)' : path;
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  if (node.minProperties !== undefined && keys.length < node.minProperties) {
    out.push(`${at}: fewer than ${node.minProperties} properties`);
  }
  for (const key of node.required ?? [])
    if (!(key in value)) out.push(`${at}: missing required property ${key}`);
  for (const key of keys) {
    const child = `${path}.${key}`;
    const own = node.properties?.[key];
    if (own !== undefined) check(root, own, value[key], child, out);
    else if (node.additionalProperties === false) out.push(`${at}: unknown property ${JSON.stringify(key)}`);
    else if (typeof node.additionalProperties === 'object')
      check(root, node.additionalProperties, value[key], child, out);
  }
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    default:
      return typeof value === type;
  }
}

function brief(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
