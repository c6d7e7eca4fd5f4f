import { describe, expect, it } from 'vitest';
import { MAX_REPLICATIONS, replicationsOption, seedOption, wholeNumber } from './options.js';
import { UsageError } from './usage-error.js';

function messageOf(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('wholeNumber', () => {
  it.each(['1', '7', ' 20 ', '020'])('reads %j', (text) => {
    expect(wholeNumber('--chunk', text, 1, 20)).toBe(Number(text));
  });

  it.each([
    ['21', 'above the range'],
    ['0', 'below the range'],
    ['-3', 'negative'],
    ['2.5', 'a fraction'],
    ['2.0', 'a decimal point'],
    ['', 'empty'],
    ['  ', 'blank'],
    ['ten', 'a word'],
    ['0x10', 'hexadecimal'],
    ['1e1', 'an exponent'],
    ['9007199254740993', 'beyond safe integers'],
  ])('refuses %j (%s), naming the option, the value and the range', (text) => {
    expect(messageOf(() => wholeNumber('--chunk', text, 1, 20))).toBe(
      `--chunk ${JSON.stringify(text)}: expected a whole number from 1 to 20.`,
    );
  });
});

describe('replicationsOption', () => {
  it('accepts 1 to a million and says so beyond', () => {
    expect(replicationsOption(String(MAX_REPLICATIONS))).toBe(1_000_000);
    expect(messageOf(() => replicationsOption('1000001'))).toBe(
      '--replications "1000001": expected a whole number from 1 to 1,000,000.',
    );
  });
});

describe('seedOption', () => {
  it('reads integers as numbers, words as words, and refuses an empty seed', () => {
    expect(seedOption('42')).toBe(42);
    expect(seedOption('spring')).toBe('spring');
    expect(messageOf(() => seedOption(' '))).toMatch(/^--seed: expected a number or a word/);
  });
});
