import { MSER_BATCH_SIZE, mser } from './mser.js';
import { PooledSums } from './pooled-sums.js';
import type { DatedChange, WarmupSuggestion } from './warmup-suggestion.js';

/** What a recorded series is, without its values (see `WarmupSeries`). */
export interface WarmupSeriesInfo {
  readonly name: string;
  readonly label: string;
  readonly unit: string;
  /** Hours since the scenario start at which the first value's interval begins. */
  readonly start: number;
  /** Hours between values. */
  readonly interval: number;
}

/**
 * The warm-up analysis of one series (see `suggestWarmup`), fed one replication at a time, so
 * that memory does not grow with the number of replications: it keeps the pooled sums (see
 * {@link PooledSums}) and each replication's own MSER-5 truncation (two numbers), never the
 * replications' values. Results are exactly those of the whole-array form.
 */
export class WarmupAccumulator {
  readonly info: WarmupSeriesInfo;
  /** The first change dated after the series starts, and the whole intervals before it. */
  private readonly cutBy: DatedChange | null;
  private readonly beforeCut: number;
  private readonly sums = new PooledSums();
  /** Each analysed replication's own suggestion, hours; and how many fell at the search's limit. */
  private readonly ownAt: number[] = [];
  private ownAtLimit = 0;

  constructor(info: WarmupSeriesInfo, changes: readonly DatedChange[]) {
    this.info = info;
    this.cutBy = [...changes].sort((a, b) => a.at - b.at).find((c) => c.at > info.start) ?? null;
    // Whole intervals before the shock: an interval the shock falls inside already mixes two systems.
    this.beforeCut =
      this.cutBy === null
        ? Number.POSITIVE_INFINITY
        : Math.floor((this.cutBy.at - info.start) / info.interval + 1e-9);
  }

  /** Replications added so far. */
  get replications(): number {
    return this.sums.replications;
  }

  /** Adds the next replication's values; a non-finite value ends its usable part. */
  add(values: ArrayLike<number>): void {
    const finite = this.sums.add(values);
    const usable = Math.min(finite, this.beforeCut);
    if (usable >= 2 * MSER_BATCH_SIZE) {
      const own = mser(Array.prototype.slice.call(values, 0, usable) as number[]);
      this.ownAt.push(this.hoursAt(own.truncation));
      if (own.atLimit) this.ownAtLimit++;
    }
  }

  /**
   * The mean over the replications added, point by point, up to `limit` points and up to the
   * first point at which some replication has no finite value.
   */
  pooledMean(limit = Number.POSITIVE_INFINITY): number[] {
    return this.sums.mean(limit);
  }

  /** MSER-5 on the pooled mean up to the first later change, and the spread of the replications' own. */
  suggestion(): WarmupSuggestion {
    const { name, label, unit, start, interval } = this.info;
    const pooledValues = this.pooledMean(this.beforeCut);
    const pooled = pooledValues.length >= 2 * MSER_BATCH_SIZE ? mser(pooledValues) : null;
    const sorted = [...this.ownAt].sort((a, b) => a - b);
    return {
      name,
      label,
      unit,
      start,
      interval,
      points: pooledValues.length,
      cutBy: this.cutBy,
      pooled,
      suggested: pooled === null ? null : this.hoursAt(pooled.truncation),
      gain:
        pooled === null || pooled.statisticUntruncated === 0
          ? pooled === null
            ? null
            : 0
          : 1 - Math.sqrt(pooled.statistic / pooled.statisticUntruncated),
      perReplication:
        sorted.length === 0
          ? null
          : {
              min: sorted[0]!,
              median: sorted[Math.floor((sorted.length - 1) / 2)]!,
              max: sorted[sorted.length - 1]!,
              atLimit: this.ownAtLimit,
              analysed: sorted.length,
            },
    };
  }

  private hoursAt(points: number): number {
    return this.info.start + points * this.info.interval;
  }
}
