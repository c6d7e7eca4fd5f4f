// First: it configures zod before any command loads it (see there).
import './zod-jitless.js';
import { CommanderError } from 'commander';
import { describeSystemError } from './batch/file-system-error.js';
import { createProgram } from './program.js';
import { UsageError } from './usage-error.js';

/**
 * Runs the CLI and sets the exit code: 0 on success, 2 for a problem with the input or the
 * environment (a bad scenario, option, path or target, an unusable output folder, a full disk: a
 * UsageError, or an operating-system error wherever it surfaces), 130 when interrupted, and 1 for
 * anything else, which is a bug and is reported as one, with its stack.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  // Subcommands copy these settings only when created, so set them on each: otherwise commander
  // itself exits with code 1 on a usage error in a subcommand (an unknown option, a missing argument).
  for (const command of [program, ...program.commands]) {
    command.exitOverride();
    command.configureOutput({ writeErr: (s) => process.stderr.write(s) });
  }
  try {
    await program.parseAsync(argv as string[]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.exitCode === 0
        ? 0
        : 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`landport: ${error.message}\n`);
      return 2;
    }
    if (error instanceof Error && /interrupted by SIG/.test(String(error.message))) return 130;
    if (error instanceof Error && error.name === 'AbortError') return 130;
    const systemError = describeSystemError(error);
    if (systemError !== null) {
      process.stderr.write(`landport: ${systemError.message}\n`);
      return 2;
    }
    process.stderr.write(
      `landport: internal error (a bug — please report it with the command you ran): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
}
