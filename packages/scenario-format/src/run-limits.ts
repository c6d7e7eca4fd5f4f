/*
 * Ranges of a scenario's scale that the model's arithmetic can carry. The clock is a float64 count
 * of minutes: at the longest horizon (100 years, 5.3e7 minutes) it resolves 7.5e-9 minutes, so a
 * million arrivals a minute, one every 1e-6 minutes, are still >100 clock steps apart and time
 * keeps moving. Beyond these ranges a run would never end (arrivals 1e300 a day leave the clock
 * standing) or its dates would be meaningless. Runs inside them can still be too large to finish
 * in reasonable time or memory: that is the cost guard's job (estimateRunCost).
 */

/** Longest horizon, in days: 100 years, far beyond any planning horizon and within every date table. */
export const MAX_HORIZON_DAYS = 36_525;

/** Most arrivals a minute a class may reach at its peak (rate × profiles × demand shocks). */
export const MAX_ARRIVALS_PER_MINUTE = 1e6;
