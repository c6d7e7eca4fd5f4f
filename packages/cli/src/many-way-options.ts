import type { PairSet, SelectDirection } from '@landport/experiment';
import { ADJUSTMENTS, type Adjustment } from '@landport/experiment';
import { UsageError } from './usage-error.js';

/** `--pairs base|all`. */
export function pairsOption(text: string): PairSet {
  if (text === 'base' || text === 'all') return text;
  throw new UsageError(
    `--pairs ${JSON.stringify(text)}: expected base (every variant against the first) or all (every pair).`,
  );
}

/** `--adjust holm|bonferroni`. */
export function adjustOption(text: string): Adjustment {
  if ((ADJUSTMENTS as readonly string[]).includes(text)) return text as Adjustment;
  throw new UsageError(`--adjust ${JSON.stringify(text)}: expected ${ADJUSTMENTS.join(' or ')}.`);
}

/** `--select <metric>=min|max`. */
export function selectOption(text: string): { metric: string; direction: SelectDirection } {
  const at = text.lastIndexOf('=');
  const metric = at < 0 ? '' : text.slice(0, at).trim();
  const direction = at < 0 ? '' : text.slice(at + 1).trim();
  if (metric === '' || (direction !== 'min' && direction !== 'max')) {
    throw new UsageError(
      `--select ${JSON.stringify(text)}: expected <metric>=min or <metric>=max, e.g. class.truck.crossingHours.mean=min.`,
    );
  }
  return { metric, direction };
}

const DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;

/** `--delta <d>`: a positive plain decimal, in the selected metric's unit. */
export function deltaOption(text: string): number {
  const d = Number(text.trim());
  if (!DECIMAL.test(text.trim()) || !(d > 0)) {
    throw new UsageError(
      `--delta ${JSON.stringify(text)}: expected a positive number in the selected metric's unit, e.g. 0.5.`,
    );
  }
  return d;
}

/** `--pcs <P*>`: a probability from 0.5 to 0.999. */
export function pcsOption(text: string): number {
  const p = Number(text.trim());
  if (!DECIMAL.test(text.trim()) || !(p >= 0.5 && p <= 0.999)) {
    throw new UsageError(
      `--pcs ${JSON.stringify(text)}: expected a probability from 0.5 to 0.999, e.g. 0.95.`,
    );
  }
  return p;
}

/** A `--variant`: one or more `path=value` overrides separated by ';'. */
export function variantOverrides(text: string): string[] {
  const parts = text
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (parts.length === 0) {
    throw new UsageError(
      `--variant ${JSON.stringify(text)}: expected path=value overrides separated by ';', e.g. --variant stations.kz-control.lanes=10.`,
    );
  }
  return parts;
}
