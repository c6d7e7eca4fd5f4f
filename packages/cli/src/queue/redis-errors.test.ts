import { describe, expect, it } from 'vitest';
import { explainRedisFailure, RedisSilentError, RedisUnreachableError } from './redis-errors.js';
import { parseRedisUrl } from './redis-url.js';
import { CommandTimeoutError } from './timed-redis.js';

const url = parseRedisUrl('redis://u:s3cret@10.0.0.5:6379/2');

describe('explainRedisFailure(url, error)', () => {
  it('names a command that got no reply, with the URL and its password masked', () => {
    const explained = explainRedisFailure(url, new CommandTimeoutError('HLEN'));
    expect(explained).toBeInstanceOf(RedisSilentError);
    expect((explained as Error).message).toMatch(
      /^The Redis server at redis:\/\/u:\*\*\*@10\.0\.0\.5:6379\/2 did not answer within 5 s: the command HLEN got no reply\. /,
    );
    expect((explained as Error).message).not.toContain('s3cret');
  });

  it('turns a lost or refused connection into RedisUnreachableError', () => {
    const closed = explainRedisFailure(url, new Error('Connection is closed.'));
    expect(closed).toBeInstanceOf(RedisUnreachableError);
    expect((closed as Error).message).toContain('the connection was lost');
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:6379'), { code: 'ECONNREFUSED' });
    expect((explainRedisFailure(url, refused) as Error).message).toContain(
      'Cannot reach the Redis server of the queue at redis://u:***@10.0.0.5:6379/2: connect ECONNREFUSED',
    );
  });

  it('leaves any other error as it is: a Redis error reply or a bug is not a network problem', () => {
    const reply = new Error('WRONGTYPE Operation against a key holding the wrong kind of value');
    expect(explainRedisFailure(url, reply)).toBe(reply);
    const bug = new TypeError('x is undefined');
    expect(explainRedisFailure(url, bug)).toBe(bug);
  });
});
