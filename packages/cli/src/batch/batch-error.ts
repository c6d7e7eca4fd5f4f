import { UsageError } from '../usage-error.js';

/**
 * A problem with what the user asked for or with the results folders given (a folder that already
 * holds another run, a resume or merge of mismatching runs, missing replications), as opposed to
 * a bug. Its message is a complete sentence naming the problem and the fix, meant to be printed
 * as is; a {@link UsageError}, so the CLI reports it with exit code 2.
 */
export class BatchError extends UsageError {
  override readonly name = 'BatchError';
}
