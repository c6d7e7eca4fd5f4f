import { describe, expect, it } from 'vitest';
import { csvRecord } from './csv.js';

describe('csvRecord', () => {
  it('quotes only fields that need it, doubling quotes (RFC 4180)', () => {
    expect(csvRecord(['replication', 'wait.p95', '1.5'])).toBe('replication,wait.p95,1.5\n');
    expect(csvRecord(['a,b', 'say "hi"', 'two\nlines', ''])).toBe('"a,b","say ""hi""","two\nlines",\n');
  });
});
