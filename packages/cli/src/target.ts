import { parseTarget as parseTargetText, type Target } from '@landport/experiment';
import { UsageError } from './usage-error.js';

export { meets, type Target } from '@landport/experiment';

/** `--target` as the commands read it (see the experiment layer's `parseTarget`): a bad one is a usage error. */
export function parseTarget(text: string, station: string): Target {
  try {
    return parseTargetText(text, station);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
