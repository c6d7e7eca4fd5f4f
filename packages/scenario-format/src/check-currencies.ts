import type { ProblemDraft } from './scenario-issue.js';
import type { ScenarioParts } from './scenario-parts.js';
import type { MoneyInput } from './units.js';

/** Every amount of money in the file, with where it is. */
function amounts(parts: ScenarioParts): { segments: (string | number)[]; money: MoneyInput }[] {
  const found: { segments: (string | number)[]; money: MoneyInput }[] = [];
  if (parts.drivers?.feePerTrip)
    found.push({ segments: ['drivers', 'feePerTrip'], money: parts.drivers.feePerTrip });
  for (const key of ['perHour', 'scarcity'] as const) {
    const amount = parts.drivers?.congestionFee?.[key];
    if (amount) found.push({ segments: ['drivers', 'congestionFee', key], money: amount });
  }
  for (const { index, value } of parts.fees) {
    if (value.amount) found.push({ segments: ['costs', 'fees', index, 'amount'], money: value.amount });
  }
  for (const { index, value } of parts.demurrage) {
    if (value.perDay) found.push({ segments: ['costs', 'demurrage', index, 'perDay'], money: value.perDay });
  }
  for (const { index, value } of parts.shocks) {
    if ('amount' in value && value.amount)
      found.push({ segments: ['shocks', index, 'amount'], money: value.amount });
    if ('feePerTrip' in value && value.feePerTrip) {
      found.push({ segments: ['shocks', index, 'feePerTrip'], money: value.feePerTrip });
    }
  }
  return found;
}

/** Every currency used must be the reporting currency or have an exchange rate to it. */
export function checkCurrencies(parts: ScenarioParts): ProblemDraft[] {
  const { currency, exchangeRates } = parts.costs;
  if (currency === undefined || exchangeRates === undefined) return [];
  const known = [currency, ...Object.keys(exchangeRates)];
  return amounts(parts)
    .filter(({ money }) => !known.includes(money.currency))
    .map(({ segments, money }) => ({
      segments: [...segments, 'currency'],
      value: money.currency,
      kind: 'invalid' as const,
      expected: `the reporting currency ${currency} or a currency with a rate in costs.exchangeRates (${known.join(', ')})`,
    }));
}
