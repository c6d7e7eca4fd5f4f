/**
 * Paths into a scenario document, as used by the `sources` map: JSON-pointer-like, but an element
 * of a list is named by its `id`, else its `label`, else its index, so that a path stays right
 * when a list is reordered: `/stations/kz-control/service`, `/shocks/QR-code clearance (carriers)`,
 * `/classes/carrier/arrivals/hourly`. As in JSON Pointer, `~` is written `~0` and `/` is `~1`.
 */

/** Fields that name an element of a list rather than describe it: they need no source. */
const NAMING_KEYS = new Set(['id', 'label', 'name']);

/** Top-level fields that are not parameters. */
const DOCUMENT_KEYS = new Set(['$schema', 'name', 'description', 'sources']);

function escapeSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

function unescapeSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** The segment naming element `index` of a list: its id, else its label, else the index. */
function elementSegment(element: unknown, index: number): string {
  if (element !== null && typeof element === 'object' && !Array.isArray(element)) {
    const { id, label } = element as { id?: unknown; label?: unknown };
    if (typeof id === 'string') return id;
    if (typeof label === 'string') return label;
  }
  return String(index);
}

function isScalarList(value: unknown[]): boolean {
  return value.every((v) => v === null || typeof v !== 'object');
}

/**
 * The paths of the parameters of a scenario document: every scalar and every list of scalars
 * (an hourly profile is one parameter, not 24), except names, ids, labels and the top-level
 * `$schema`, `name`, `description` and `sources`.
 */
export function parameterPaths(document: Readonly<Record<string, unknown>>): string[] {
  const paths: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      if (isScalarList(value)) paths.push(path);
      else {
        value.forEach((v, i) => {
          walk(v, `${path}/${escapeSegment(elementSegment(v, i))}`);
        });
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (!NAMING_KEYS.has(key)) walk(v, `${path}/${escapeSegment(key)}`);
      }
    } else {
      paths.push(path);
    }
  };
  for (const [key, value] of Object.entries(document)) {
    if (!DOCUMENT_KEYS.has(key)) walk(value, `/${escapeSegment(key)}`);
  }
  return paths;
}

/**
 * The value a path names in a scenario document, or `undefined` if it names nothing.
 *
 * @throws RangeError if the path does not start with `/`.
 */
export function valueAt(document: Readonly<Record<string, unknown>>, path: string): unknown {
  if (!path.startsWith('/'))
    throw new RangeError(`source path must start with "/", got ${JSON.stringify(path)}`);
  let value: unknown = document;
  for (const raw of path.slice(1).split('/')) {
    const segment = unescapeSegment(raw);
    if (Array.isArray(value)) {
      value = value.find((v, i) => elementSegment(v, i) === segment);
    } else if (value !== null && typeof value === 'object') {
      value = (value as Record<string, unknown>)[segment];
    } else {
      return undefined;
    }
  }
  return value;
}

/**
 * The source that covers a parameter: the entry for its own path, else for the nearest enclosing
 * path (a source for `/stations/cn-gate` covers its lanes and service). Undefined when none does.
 */
export function sourceOf(sources: Readonly<Record<string, string>>, path: string): string | undefined {
  for (let p = path; p.length > 0; p = p.slice(0, p.lastIndexOf('/'))) {
    const source = sources[p];
    if (source !== undefined) return source;
  }
  return undefined;
}
