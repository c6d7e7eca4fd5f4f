import { UsageError } from '../usage-error.js';

/** A checked `--queue` address. */
export interface RedisUrl {
  /** The URL as given, for connecting (it may hold a password). */
  readonly href: string;
  /** The URL with any password replaced by `***`, for messages and logs. */
  readonly display: string;
}

/**
 * Reads a `--queue` address: `redis://[user:password@]host[:port][/db]`, or `rediss://` for TLS.
 * The database number selects an independent set of queues on one server (several teams can
 * share a server that way). Throws a UsageError quoting the text and showing the expected form.
 */
export function parseRedisUrl(text: string): RedisUrl {
  const expected =
    'expected redis://HOST:PORT (or rediss:// for TLS, optionally with user:password@ and /DB), e.g. redis://127.0.0.1:6379';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--queue ${JSON.stringify(text)} is not a URL: ${expected}.`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new UsageError(
      `--queue ${JSON.stringify(redact(url))}: the scheme must be redis: or rediss:; ${expected}.`,
    );
  }
  if (url.hostname === '') {
    throw new UsageError(`--queue ${JSON.stringify(redact(url))} names no host; ${expected}.`);
  }
  const db = url.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d+$/.test(db)) {
    throw new UsageError(
      `--queue ${JSON.stringify(redact(url))}: the path must be a database number such as /0, got /${db}; ${expected}.`,
    );
  }
  return { href: text, display: redact(url) };
}

function redact(url: URL): string {
  if (url.password === '') return url.href;
  const copy = new URL(url.href);
  copy.password = '***';
  return copy.href;
}
