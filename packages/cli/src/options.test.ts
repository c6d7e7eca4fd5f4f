import { availableParallelism } from 'node:os';
import { EVENTS_PER_WORKER } from '@landport/experiment';
import { describe, expect, it } from 'vitest';
import { MAX_REPLICATIONS, replicationsOption, seedOption, wholeNumber, workerCount } from './options.js';
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

describe('workerCount', () => {
  const cores = availableParallelism();

  it('never starts more threads than replications', () => {
    expect(workerCount('256', 2)).toBe(2);
    expect(workerCount(undefined, 1)).toBe(1);
  });

  it('never starts more than 4 × the cores', () => {
    expect(workerCount('256', 1_000_000)).toBe(Math.min(256, 4 * cores));
  });

  it('gives what was asked within those bounds, one per core by default', () => {
    expect(workerCount('1', 50)).toBe(1);
    expect(workerCount(undefined, 1000)).toBe(cores);
  });

  it('by default starts no more threads than one per EVENTS_PER_WORKER events of the whole run', () => {
    // 4 replications of 10 days of horgos-2024: about 42,000 events each.
    expect(workerCount(undefined, 4, 42_000)).toBe(1);
    expect(workerCount(undefined, 10, EVENTS_PER_WORKER / 10)).toBe(1);
    expect(workerCount(undefined, 10, EVENTS_PER_WORKER / 10 + 1)).toBe(Math.min(2, cores));
    // A replication-year of horgos-2024 (1.5 million events): a thread each, up to one per core.
    expect(workerCount(undefined, 3, 1.5e6)).toBe(Math.min(3, cores));
    expect(workerCount(undefined, 1000, 1.5e6)).toBe(cores);
    // What is asked for is started, however small the run.
    expect(workerCount('2', 4, 42_000)).toBe(2);
  });

  it('refuses values outside 1 to 256 with the range', () => {
    expect(messageOf(() => workerCount('0', 10))).toBe(
      '--workers "0": expected a whole number from 1 to 256.',
    );
    expect(messageOf(() => workerCount('257', 10))).toBe(
      '--workers "257": expected a whole number from 1 to 256.',
    );
  });
});
