import { csvRecord, type DailySummary, dailyTableRows } from '@landport/experiment';
import { AtomicFile } from './atomic-write.js';

/** File name of the day-by-day table. */
export const DAILY_CSV = 'daily.csv';

/** Writes `daily.csv` (see `dailyTableRows`) atomically, row by row. */
export function writeDailyCsv(path: string, summary: DailySummary): void {
  const file = new AtomicFile(path);
  try {
    for (const row of dailyTableRows(summary)) file.write(csvRecord(row));
    file.commit();
  } catch (error) {
    file.abort();
    throw error;
  }
}
