// In every browser and in Node since 17, but not in the ES library types this package builds with.
declare const structuredClone: <T>(value: T) => T;

/**
 * A change to a scenario as written, before it is validated: the CLI's `--set path=value`, or a
 * form control of a web page. The value is then checked like the rest of the scenario.
 */
export interface Override {
  readonly path: readonly string[];
  readonly value: unknown;
  /** As the user wrote it, for the manifest and error messages. */
  readonly text: string;
}

/**
 * An override that cannot be read or applied: its message starts with the override as written
 * (`--set stations.x.lanes=10: ...`) and names the keys or elements that do exist there.
 */
export class OverrideError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OverrideError';
  }
}

/**
 * Parses `path=value` (the text of a `--set`). The path is dot-separated; inside a list, a segment is an element's
 * `id` (`stations.kz-control.lanes`) or its index (`stations.0.lanes`). The value is read as JSON
 * when it parses as JSON (`10`, `true`, `{"minutes":20}`) and as a string otherwise (`24h`).
 *
 * @throws OverrideError when there is no `=` or the path has an empty segment.
 */
export function parseOverride(text: string): Override {
  const eq = text.indexOf('=');
  if (eq <= 0) {
    throw new OverrideError(
      `--set ${JSON.stringify(text)}: expected path=value, e.g. --set stations.kz-control.lanes=10.`,
    );
  }
  const path = text.slice(0, eq).split('.');
  if (path.some((segment) => segment === '')) {
    throw new OverrideError(
      `--set ${JSON.stringify(text)}: the path has an empty segment; write it as a.b.c.`,
    );
  }
  const raw = text.slice(eq + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // not JSON: keep the text
  }
  return { path, value, text };
}

/**
 * Applies overrides to a scenario as written (before validation, so the value is checked like
 * the rest of the file). Only existing fields can be set, so a typo in a path is reported with the
 * keys that exist there, never silently added. The input is not changed.
 *
 * @throws OverrideError naming the override and what exists where its path fails.
 */
export function applyOverrides<T>(input: T, overrides: readonly Override[]): T {
  const copy = structuredClone(input) as unknown;
  for (const o of overrides) setPath(copy, o);
  return copy as T;
}

function setPath(root: unknown, o: Override): void {
  let node = root;
  for (let i = 0; i < o.path.length; i++) {
    const segment = o.path[i]!;
    const last = i === o.path.length - 1;
    const where = o.path.slice(0, i).join('.') || '(the scenario)';
    if (Array.isArray(node)) {
      const index = node.findIndex(
        (el) => el !== null && typeof el === 'object' && (el as { id?: unknown }).id === segment,
      );
      const k =
        index >= 0 ? index : /^\d+$/.test(segment) && Number(segment) < node.length ? Number(segment) : -1;
      if (k < 0) {
        const ids = node.map((el, j) =>
          el !== null && typeof el === 'object' && 'id' in el ? String(el.id) : String(j),
        );
        throw new OverrideError(
          `--set ${o.text}: ${where} has no element ${JSON.stringify(segment)}; it has ${ids.join(', ') || 'none'}.`,
        );
      }
      if (last) node[k] = o.value;
      else node = node[k];
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (!(segment in record)) {
        throw new OverrideError(
          `--set ${o.text}: ${where} has no field ${JSON.stringify(segment)}; it has ${Object.keys(record).join(', ') || 'none'}. Only fields present in the scenario can be set.`,
        );
      }
      if (last) record[segment] = o.value;
      else node = record[segment];
    } else {
      throw new OverrideError(
        `--set ${o.text}: ${where} is a value (${JSON.stringify(node)}), not an object or list.`,
      );
    }
  }
}
