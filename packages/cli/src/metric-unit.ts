/**
 * The unit of a metric, from its name (see docs/results-format.md): what a person reads beside
 * the number. Money is in the scenario's reporting currency, named when known.
 */
export function metricUnit(name: string, currency = 'currency'): string {
  if (/(Hours\.[a-z0-9]+|Hours)$/.test(name)) return 'h';
  if (/(^|\.)carsPerDay$|^daily\.([a-z]+\.)?busiestDay\.cars$/.test(name)) return 'cars/day';
  if (/(^|\.)throughputPerDay$|^daily\.([a-z]+\.)?busiestDay\.exited$/.test(name)) return 'vehicles/day';
  if (/(^|\.)cost\.|^drivers\.fees$/.test(name)) return currency;
  if (/utilisation/.test(name)) return 'share';
  if (/^daily\.daysAbove$/.test(name)) return 'days';
  if (/tripsPerDriverPerMonth$/.test(name)) return 'trips/driver/month';
  if (/(queue\.|inSystem\.|queueMax|queueAtEnd)/.test(name)) return 'vehicles';
  if (/(\.arrived|\.exited|\.turnedAway|\.served|\.used|\.trips)$/.test(name)) return 'vehicles';
  if (name === 'events') return 'events';
  return '';
}
