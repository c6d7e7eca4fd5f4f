import { RandomStream } from './stream.js';

/**
 * The named random streams of one replication of one experiment.
 *
 * Seed derivation (part of the reproducibility contract: changing it changes every published result):
 * the stream called `name` is seeded with the string `JSON.stringify([String(masterSeed), replication,
 * name])`, e.g. `["42",0,"arrivals"]`, which Alea hashes with its Mash function into its 3 × 32-bit
 * state. Consequences:
 * - a stream depends only on (master seed, replication, name), never on which other streams exist or
 *   on the order they were requested, so two model variants that both draw their arrivals from
 *   'arrivals' see the same arrival sequence: common random numbers;
 * - JSON encoding is injective, so no two distinct triples share a seed string (a plain "42/0/x" join
 *   would let seed "42/0" with name "x" collide with seed "42" and name "0/x");
 * - the number 42 and the string '42' are the same master seed.
 *
 * Streams are hashed rather than cut from one long sequence (L'Ecuyer-style substreams, which Alea
 * cannot jump to). With a ~2^116 period the chance that n streams of length L overlap is about
 * n²L/2^116: for 1000 streams of 10^10 draws that is ~1e-19.
 */
export class RandomStreams {
  /** The master seed as given. */
  readonly masterSeed: number | string;
  /** The replication index (0, 1, 2, ...); each replication gets statistically independent streams. */
  readonly replication: number;
  private readonly cache = new Map<string, RandomStream>();

  /**
   * @param masterSeed a finite number or a non-empty string identifying the experiment.
   * @param replication integer >= 0 selecting the replication.
   */
  constructor(masterSeed: number | string, replication = 0) {
    const seedIsValid =
      typeof masterSeed === 'number'
        ? Number.isFinite(masterSeed)
        : typeof masterSeed === 'string' && masterSeed !== '';
    if (!seedIsValid) {
      throw new RangeError(
        `RandomStreams: masterSeed must be a finite number or a non-empty string, got ${describe(masterSeed)}`,
      );
    }
    if (!(Number.isSafeInteger(replication) && replication >= 0)) {
      throw new RangeError(
        `RandomStreams: replication must be an integer >= 0, got ${describe(replication)}`,
      );
    }
    this.masterSeed = masterSeed;
    this.replication = replication;
  }

  /**
   * The stream called `name`, created on first request and cached, so every caller asking for the
   * same name shares one sequence. Look streams up once at model build time, not per draw.
   */
  stream(name: string): RandomStream {
    let stream = this.cache.get(name);
    if (stream === undefined) {
      if (typeof name !== 'string' || name === '') {
        throw new RangeError(`RandomStreams.stream: name must be a non-empty string, got ${describe(name)}`);
      }
      stream = new RandomStream(JSON.stringify([String(this.masterSeed), this.replication, name]));
      this.cache.set(name, stream);
    }
    return stream;
  }

  /** Names of the streams requested so far, in request order (for logging which streams a run used). */
  names(): string[] {
    return [...this.cache.keys()];
  }
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
