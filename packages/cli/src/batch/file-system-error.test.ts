import { describe, expect, it } from 'vitest';
import { UsageError } from '../usage-error.js';
import { asFileSystemError, describeSystemError, FileSystemError } from './file-system-error.js';

const systemError = (code: string, extra: object = {}) =>
  Object.assign(new Error(`${code}: something`), { code, ...extra });

describe('asFileSystemError', () => {
  it('describes an operating-system error in words, with the path, the code and what to do', () => {
    const error = asFileSystemError(systemError('ENOSPC'), 'out/summary.json', 'write');
    expect(error).toBeInstanceOf(FileSystemError);
    expect(error).toBeInstanceOf(UsageError); // the CLI's exit code 2
    expect((error as Error).message).toBe(
      'Cannot write out/summary.json: no space left on the device (ENOSPC). Free some space on that disk.',
    );
  });

  it('keeps the problem and replaces the advice', () => {
    const error = asFileSystemError(systemError('EROFS'), 'out', 'write') as FileSystemError;
    expect(error.withAdvice('Then resume.').message).toBe(
      'Cannot write out: the file system is read-only (EROFS). Then resume.',
    );
  });

  it('returns any other error unchanged: a bug stays a bug', () => {
    const bug = new TypeError('x is undefined');
    expect(asFileSystemError(bug, 'out', 'write')).toBe(bug);
    const unknown = systemError('ERR_SOMETHING');
    expect(asFileSystemError(unknown, 'out', 'write')).toBe(unknown);
  });
});

describe('describeSystemError', () => {
  it('names what Node names: the system call and the path', () => {
    const error = systemError('EMFILE', { syscall: 'open', path: 'scenario.yaml' });
    expect(describeSystemError(error)?.message).toBe(
      'Cannot open scenario.yaml: too many open files in this process (EMFILE). Raise the limit (ulimit -n) or use fewer --workers.',
    );
  });

  it('is null for an error that is not the operating system’s', () => {
    expect(describeSystemError(new RangeError('bad'))).toBeNull();
  });
});
