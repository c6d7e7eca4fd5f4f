import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds each slow test file took, keyed `<project>:<path>` as vitest's own cache keys them;
 * written by `record-durations.mjs` from a whole run. Only files of a second or more are kept.
 */
type RecordedDurations = Readonly<Record<string, number>>;

const RECORDED: RecordedDurations = JSON.parse(
  readFileSync(new URL('./file-durations.json', import.meta.url), 'utf8'),
).seconds;

/**
 * Runs the slowest test files first, as vitest does once its cache holds a previous run's
 * durations, but also in a fresh clone (CI), where the cache is empty and vitest falls back to
 * running larger files first. Why: with two files at a time the suite ends when its last file
 * does, and a long file started late leaves a core idle while it finishes (measured on two cores:
 * 200–211 s in a fresh clone against 191–197 s with the cache's order; docs/performance.md, "Test
 * suite").
 *
 * A file's duration is the cache's when vitest has one, else the recorded one, else 0; ties (the
 * many short files) go larger first. Projects keep vitest's order: by name, one after another.
 */
export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { cache, config } = this.ctx;
    const keyed = files.map((spec) => {
      const key = `${spec.project.name}:${relative(config.root, spec.moduleId)}`;
      const cached = cache.getFileTestResults(key)?.duration;
      const seconds = cached !== undefined ? cached / 1000 : (RECORDED[key] ?? 0);
      return { spec, seconds, size: cache.getFileStats(key)?.size ?? 0 };
    });
    keyed.sort((a, b) => {
      if (a.spec.project.name !== b.spec.project.name)
        return a.spec.project.name < b.spec.project.name ? -1 : 1;
      return b.seconds - a.seconds || b.size - a.size;
    });
    return keyed.map(({ spec }) => spec);
  }
}
