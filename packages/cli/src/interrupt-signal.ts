/**
 * Runs `work` with an AbortSignal that fires on Ctrl-C (SIGINT) or SIGTERM, so a batch stops
 * cleanly: what finished is already in the results log, ready for `--resume`. `note` tells the
 * user what happens next. A second Ctrl-C exits at once.
 */
export async function withInterrupt<T>(
  work: (signal: AbortSignal) => Promise<T>,
  note = 'stopping; finished replications are saved, rerun with --resume to continue',
): Promise<T> {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write(`\n${name}: ${note}\n`);
    controller.abort(new Error(`interrupted by ${name}`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await work(controller.signal);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
