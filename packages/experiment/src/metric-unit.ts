/**
 * The unit of a metric, from its name (see docs/results-format.md): what a person reads beside
 * the number, in the summary table and in the CSV headers. Money is in the scenario's reporting
 * currency, named when known. A quota's tokens are vehicles or cars, as the quota counts them.
 * '' for a name it does not know (a model other than the border model).
 */
export function metricUnit(name: string, currency = 'currency'): string {
  if (/(Hours\.[a-z0-9]+|Hours)$/.test(name)) return 'h';
  if (/(^|\.)carsPerDay$|^daily\.([a-z]+\.)?busiestDay\.cars$/.test(name)) return 'cars/day';
  if (/(^|\.)throughputPerDay$|^daily\.([a-z]+\.)?busiestDay\.exited$/.test(name)) return 'vehicles/day';
  if (/(^|\.)roundTripsPerDay$/.test(name)) return 'round trips/day';
  if (/(^|\.)roundTrips$/.test(name)) return 'round trips';
  if (/(^|\.)cost\.|^drivers\.fees$/.test(name)) return currency;
  if (/[uU]tilisation/.test(name)) return 'share';
  if (/^daily\.daysAbove$|\.daysToFreeSlot\./.test(name)) return 'days';
  if (/tripsPerDriverPerMonth$/.test(name)) return 'trips/driver/month';
  if (/^quota\.[^.]+\.used$/.test(name)) return 'tokens';
  if (/Km(\.|$)/.test(name)) return 'km';
  if (/(^|\.)(queue\.|inSystem\.|queueMax|queueAtEnd|inSystemAtEnd|backlog\.)/.test(name)) return 'vehicles';
  if (
    /\.(arrived|exited|turnedAway|divertedIn|divertedOut|served|trips|booked|arrivedAtBorder|stillBooked|noShows|late|rebooked|refused)$/.test(
      name,
    )
  )
    return 'vehicles';
  if (name === 'events') return 'events';
  return '';
}

/** A column header for metric `name`: the name, then its unit in parentheses when it has one. */
export function metricHeader(name: string, currency?: string): string {
  const unit = metricUnit(name, currency);
  return unit === '' ? name : `${name} (${unit})`;
}
