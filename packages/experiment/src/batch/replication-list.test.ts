import { describe, expect, it } from 'vitest';
import { formatReplicationList } from './replication-list.js';

describe('formatReplicationList', () => {
  it('sorts, removes repeats and joins consecutive indices into ranges', () => {
    expect(formatReplicationList([12, 3, 10, 11, 3, 42])).toBe('3, 10–12, 42 (5 replications)');
    expect(formatReplicationList([7])).toBe('7 (1 replication)');
  });

  it('cuts a long list short but still gives the count', () => {
    const every = Array.from({ length: 100 }, (_, k) => 2 * k);
    expect(formatReplicationList(every)).toBe(
      '0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, … (100 replications)',
    );
  });
});
