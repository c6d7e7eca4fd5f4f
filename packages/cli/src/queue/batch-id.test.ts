import { describe, expect, it } from 'vitest';
import { UsageError } from '../usage-error.js';
import { newBatchId, parseBatchId } from './batch-id.js';

describe('newBatchId', () => {
  it('is the scenario name and 8 hex digits, different at each call', () => {
    const a = newBatchId('horgos-2024');
    expect(a).toMatch(/^horgos-2024-[0-9a-f]{8}$/);
    expect(newBatchId('horgos-2024')).not.toBe(a);
  });

  it('turns a file name into a valid id and reads back with parseBatchId', () => {
    const id = newBatchId('My Port (v2).draft');
    expect(id).toMatch(/^my-port-v2-draft-[0-9a-f]{8}$/);
    expect(parseBatchId(id)).toBe(id);
    expect(newBatchId('___')).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('parseBatchId', () => {
  it.each(['', 'Horgos-1', 'a.b', 'a:b', '-x', 'x'.repeat(65)])('rejects %j with a UsageError', (text) => {
    expect(() => parseBatchId(text)).toThrow(UsageError);
  });
});
