/**
 * The benchmark model: an M/M/c queue (Poisson arrivals, exponential service, c identical servers,
 * one first-come-first-served line). Every implementation in bench/ runs exactly this model.
 *
 * Common random numbers: interarrival times come from the stream seeded 'arrivals', service times
 * from the stream seeded 'services'. Customer k always gets the k-th interarrival and, since the
 * line is FIFO, the k-th service time, whatever order an implementation processes its events in.
 * So all implementations compute bit-identical waits, and their mean waits must agree to the last
 * digit: a cheap check that they all simulate the same system.
 */
export interface MmcParameters {
  /** Servers (integer >= 1). */
  readonly servers: number;
  /** Arrival rate λ. */
  readonly arrivalRate: number;
  /** Service rate μ of one server. */
  readonly serviceRate: number;
  /** Customers to generate; the run ends when the last one has been served. */
  readonly customers: number;
}

/** What one run of an implementation reports. */
export interface MmcOutcome {
  /** Mean time in line over all customers (those served at once count with 0). */
  readonly meanWait: number;
  /** Calendar entries the implementation processed (its own notion of an event). */
  readonly events: number;
}

/**
 * An implementation of the model: runs it once, synchronously, from an empty system at time 0.
 * `atHalfway`, if given, is called once, when customer number ⌊customers/2⌋ + 1 arrives, with the
 * whole model still live: the memory bench measures the live heap there. Without it the check
 * costs one integer comparison per arrival.
 */
export type MmcImplementation = (parameters: MmcParameters, atHalfway?: () => void) => MmcOutcome;

/** The arrival count at which an implementation calls `atHalfway` (-1: never). */
export function halfwayArrival(parameters: MmcParameters, atHalfway: (() => void) | undefined): number {
  return atHalfway === undefined ? -1 : Math.floor(parameters.customers / 2);
}

/** The parameters the issue fixes: c = 10, λ = 9, μ = 1 (utilisation 0.9). */
export function standardParameters(customers: number): MmcParameters {
  return { servers: 10, arrivalRate: 9, serviceRate: 1, customers };
}

/**
 * The steady-state mean wait in line, W_q = C(c, a) / (cμ − λ) with a = λ/μ, where C is the
 * Erlang C probability of waiting (Kleinrock, Queueing Systems I, §3.5). The sum is built term by
 * term (a^k/k! from the previous term) so nothing overflows.
 */
export function erlangCMeanWait({ servers: c, arrivalRate: lambda, serviceRate: mu }: MmcParameters): number {
  const a = lambda / mu;
  if (!(a < c)) throw new RangeError(`erlangCMeanWait: load a = λ/μ = ${a} must be below c = ${c}`);
  let term = 1; // a^k / k!
  let sum = 0;
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const tail = (term * c) / (c - a);
  return tail / (sum + tail) / (c * mu - lambda);
}
