/**
 * A problem with what the user asked for or with the environment it meets (a bad scenario,
 * option, path or target, an unusable output folder, a full disk, a folder another process is
 * writing): the CLI prints its one-paragraph message, which names the problem and the fix, and
 * exits with code 2. The one class for such problems: throw it, or a subclass of it, from
 * anywhere, and the CLI reports it as a usage problem, never as a bug.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
