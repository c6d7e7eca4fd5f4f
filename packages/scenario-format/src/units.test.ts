import { describe, expect, it } from 'vitest';
import { duration, money, positiveRate, rate, toMinutes, toPerMinute } from './units.js';

describe('durations', () => {
  it('toMinutes converts each unit to minutes', () => {
    expect(toMinutes({ seconds: 90 })).toBe(1.5);
    expect(toMinutes({ minutes: 20 })).toBe(20);
    expect(toMinutes({ hours: 2.5 })).toBe(150);
    expect(toMinutes({ days: 3 })).toBe(4320);
  });

  it('a duration needs exactly one unit', () => {
    const two = duration.safeParse({ minutes: 1, hours: 1 });
    expect(two.success).toBe(false);
    expect(two.error?.issues[0]?.message).toMatch(
      /exactly one of seconds, minutes, hours, days \(it has minutes and hours\)/,
    );
    expect(duration.safeParse({}).success).toBe(false);
  });

  it('an unknown unit is named with the known ones', () => {
    const result = duration.safeParse({ minute: 5 });
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      keys: ['minute'],
      message: 'one of the units: seconds, minutes, hours, days',
    });
  });

  it('a bare number is not a duration', () => {
    expect(duration.safeParse(20).error?.issues[0]?.message).toBe('a duration such as { minutes: 20 }');
  });

  it('rejects negative, NaN and infinite amounts', () => {
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(duration.safeParse({ minutes: bad }).error?.issues[0]?.message).toBe('a finite number >= 0');
    }
  });
});

describe('rates', () => {
  it('toPerMinute converts each unit to events per minute', () => {
    expect(toPerMinute({ perMinute: 0.8 })).toBe(0.8);
    expect(toPerMinute({ perHour: 45 })).toBe(0.75);
    expect(toPerMinute({ perDay: 1440 })).toBe(1);
  });

  it('a base rate must be > 0 while a table rate may be 0', () => {
    expect(positiveRate.safeParse({ perDay: 0 }).error?.issues[0]?.message).toBe('a finite number > 0');
    expect(rate.safeParse({ perDay: 0 }).success).toBe(true);
  });
});

describe('money', () => {
  it('needs an amount and an ISO currency code', () => {
    expect(money.safeParse({ amount: 500, currency: 'CNY' }).success).toBe(true);
    const bad = money.safeParse({ amount: 500, currency: 'yuan' });
    expect(bad.error?.issues[0]?.path).toEqual(['currency']);
  });
});
