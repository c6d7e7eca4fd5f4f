import { describe, expect, it } from 'vitest';
import { UsageError } from '../usage-error.js';
import { parseRedisUrl } from './redis-url.js';

describe('parseRedisUrl', () => {
  it('accepts redis:// and rediss:// with port, user, password and database', () => {
    expect(parseRedisUrl('redis://127.0.0.1:6390').display).toBe('redis://127.0.0.1:6390');
    expect(parseRedisUrl('rediss://cache.example:6380/2').href).toBe('rediss://cache.example:6380/2');
    expect(parseRedisUrl('redis://user:s3cret@10.0.0.5:6379/0').href).toBe(
      'redis://user:s3cret@10.0.0.5:6379/0',
    );
  });

  it('hides the password in the form shown in messages', () => {
    const url = parseRedisUrl('redis://user:s3cret@10.0.0.5:6379/1');
    expect(url.display).toBe('redis://user:***@10.0.0.5:6379/1');
    expect(url.display).not.toContain('s3cret');
  });

  it.each([
    ['127.0.0.1:6379', /not a URL|scheme/],
    ['http://127.0.0.1:6379', /scheme must be redis: or rediss:/],
    ['redis://127.0.0.1:6379/queue', /database number/],
    ['nonsense', /not a URL/],
  ])('rejects %s with a UsageError saying what is expected', (text, message) => {
    expect(() => parseRedisUrl(text)).toThrow(UsageError);
    expect(() => parseRedisUrl(text)).toThrow(message);
    expect(() => parseRedisUrl(text)).toThrow(/redis:\/\/HOST:PORT/);
  });

  it('does not repeat a password in its error messages', () => {
    expect(() => parseRedisUrl('http://u:s3cret@host:1')).toThrow(/u:\*\*\*@host/);
  });
});
