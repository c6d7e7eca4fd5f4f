/**
 * A problem with what the user asked for (a bad scenario, option, path or target): the CLI prints
 * its one-paragraph message, which names the problem and the fix, and exits with code 2.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
