export { type ConfidenceInterval, confidenceInterval } from './confidence-interval.js';
export { Histogram, type HistogramJSON } from './histogram.js';
export { IntervalSeries, type IntervalSeriesJSON } from './interval-series.js';
export { normalQuantile } from './normal-quantile.js';
export { type PairedDifference, pairedDifference } from './paired-difference.js';
export {
  QuantileSketch,
  type QuantileSketchJSON,
  type QuantileSketchOptions,
} from './quantile-sketch.js';
export { studentTCdf, studentTQuantile } from './student-t.js';
export { Tally, type TallyJSON } from './tally.js';
export { TimeWeighted, type TimeWeightedJSON } from './time-weighted.js';
export { type WelchInterval, welchInterval } from './welch.js';
