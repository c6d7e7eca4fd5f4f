/**
 * A reader that stops early closes the pipe under the CLI (`landport run --help | head`): the CLI
 * must stop quietly with exit 0, not print Node's "write EPIPE" stack trace.
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, LANDPORT_BIN } from './landport-process.js';

beforeAll(() => ensureBuilt(), 600_000);

describe('output into a pipe closed early', () => {
  for (const args of ['--help', 'run --help', 'compare --help', 'scenarios']) {
    it(`landport ${args} | head -c 10: exit 0, nothing on stderr`, () => {
      // `head -c 10` closes its end after ten bytes; pipefail reports the CLI's own exit code.
      const script = `set -o pipefail; node '${LANDPORT_BIN}' ${args} | head -c 10 > /dev/null`;
      const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    });
  }
});
