import { requireAffordableRun } from '../run-cost-guard.js';
import { readScenarioFile } from '../scenario-file.js';
import { parseChecked, scenarioSizeLimit } from '../scenario-source.js';
import type { ValidateOptions } from './validate.js';

/** `landport validate`, once commander has parsed its arguments (declared in validate.ts). */
export function validateAction(file: string, options: ValidateOptions): void {
  const text = readScenarioFile(file, scenarioSizeLimit(options));
  const s = parseChecked(text, file);
  requireAffordableRun(s, file, options.allowLargeRun === true);
  process.stdout.write(
    `${file}: valid${s.name === null ? '' : ` (${s.name})`}: ${s.sides.length} sides, ${s.stations.length} stations, ${s.classes.length} vehicle classes, ${s.shocks.length} shocks, horizon ${s.calendar.horizon / 1440} days\n`,
  );
}
