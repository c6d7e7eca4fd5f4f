/**
 * The plausible range of an assumed value, as a scenario's `sources` state it in machine-readable
 * form: `assumption (range LOW–HIGH[ unit][ at SUBPATH]; …): why`. Without `at`, the source's own
 * path holds the number (`/stations/cn-gate/lanes`); with it, the number sits at the dot path
 * SUBPATH under the source's path (`/stations/cn-gate/service` … `at lognormal.mean.seconds`).
 * Several ranges in one entry are separated by `;`. The unit is for the reader and must be the
 * unit of the number at the path. Ranges written in prose (`range 2–6` elsewhere in the text)
 * are not read: only this form is.
 *
 * An assumption that is not one number (a schedule, a profile, a rule such as "one per car", or a
 * shock, which is named by its label and has no `--set` path) says so in the same place:
 * `assumption (no range: why)`. It is read as no range, and it is not swept.
 */
export interface AssumptionRange {
  /** The `sources` key, e.g. `/stations/cn-gate/service`. */
  readonly source: string;
  /** The `--set` path of the number varied, e.g. `stations.cn-gate.service.lognormal.mean.seconds`. */
  readonly path: string;
  readonly low: number;
  readonly high: number;
  /** The unit as written, e.g. `s` (empty for a count). */
  readonly unit: string;
}

const CLAUSE = /assumption \(([^)]*)\)/g;
const NO_RANGE = /^no range:\s*\S/;
const RANGE = /^range\s+(-?[\d.,]+)\s*[–-]\s*(-?[\d.,]+)(.*?)(?:\s+at\s+(\S+))?$/;

function toNumber(text: string): number {
  return Number(text.replaceAll(',', ''));
}

/**
 * The `sources` entries in which the word "assumption" appears other than as `assumption (range …)`
 * or `assumption (no range: why)`: assumptions whose range a program cannot read.
 */
export function assumptionsWithoutRange(sources: Readonly<Record<string, string>>): string[] {
  return Object.entries(sources)
    .filter(
      ([, text]) =>
        (text.match(/assumption/gi) ?? []).length !==
        (text.match(/assumption \((?:range |no range:)/g) ?? []).length,
    )
    .map(([source]) => source);
}

/**
 * Every range stated in the form above in a scenario's `sources`, in the order written.
 *
 * @throws RangeError naming the entry for a range clause that does not parse or whose low end is
 * not below its high end, or a source path through a list element named by a label (such
 * elements have no `--set` path).
 */
export function assumptionRanges(sources: Readonly<Record<string, string>>): AssumptionRange[] {
  const ranges: AssumptionRange[] = [];
  for (const [source, text] of Object.entries(sources)) {
    for (const match of text.matchAll(CLAUSE)) {
      // A "no range" clause is prose to its closing parenthesis, `;` included.
      if (NO_RANGE.test(match[1]!.trim())) continue;
      for (const clause of match[1]!.split(';').map((c) => c.trim())) {
        const m = RANGE.exec(clause);
        const low = m === null ? Number.NaN : toNumber(m[1]!);
        const high = m === null ? Number.NaN : toNumber(m[2]!);
        if (m === null || !(low < high)) {
          throw new RangeError(
            `sources ${source}: expected "range LOW–HIGH [unit] [at sub.path]" with LOW < HIGH, got ${JSON.stringify(clause)}`,
          );
        }
        if (/[\s~]/.test(source.slice(1))) {
          throw new RangeError(`sources ${source}: a range needs a path of ids (no labels or escapes)`);
        }
        const base = source.slice(1).split('/').join('.');
        ranges.push({
          source,
          path: m[4] === undefined ? base : `${base}.${m[4]}`,
          low,
          high,
          unit: m[3]!.trim(),
        });
      }
    }
  }
  return ranges;
}
