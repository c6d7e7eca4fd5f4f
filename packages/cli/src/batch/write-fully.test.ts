import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type WriteCall, writeFully } from './write-fully.js';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'landport-write-fully-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A write(2) that stores at most `limit` bytes a call, as a filling disk does. */
function storingAtMost(limit: number, calls: number[]): WriteCall {
  return (fd, buffer, offset, length, position) => {
    calls.push(length);
    return writeSync(fd, buffer, offset, Math.min(length, limit), position);
  };
}

describe('writeFully', () => {
  it('continues a write that stored only part of its bytes until every byte is written', () => {
    const path = join(folder, 'f');
    const fd = openSync(path, 'w');
    const calls: number[] = [];
    writeFully(fd, Buffer.from('0123456789'), null, storingAtMost(3, calls));
    closeSync(fd);
    expect(readFileSync(path, 'utf8')).toBe('0123456789');
    expect(calls).toEqual([10, 7, 4, 1]);
  });

  it('writes at a position, each continuation after the bytes already stored', () => {
    const path = join(folder, 'f');
    const fd = openSync(path, 'w+');
    writeSync(fd, 'aaaaaaaa');
    writeFully(fd, Buffer.from('xyz'), 2, storingAtMost(1, []));
    closeSync(fd);
    expect(readFileSync(path, 'utf8')).toBe('aaxyzaaa');
  });

  it('fails with the error of the call that stopped it (a full disk), not a short file', () => {
    let stored = 0;
    const fullAfterFour: WriteCall = (_fd, _buffer, _offset, length) => {
      if (stored >= 4)
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      const n = Math.min(length, 4 - stored);
      stored += n;
      return n;
    };
    expect(() => writeFully(0, Buffer.from('0123456789'), null, fullAfterFour)).toThrow(/ENOSPC/);
  });

  it('treats a call that stores nothing as an EIO error instead of looping for ever', () => {
    expect(() => writeFully(0, Buffer.from('abc'), null, () => 0)).toThrow(
      expect.objectContaining({ code: 'EIO' }),
    );
  });
});
