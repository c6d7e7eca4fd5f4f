import { estimatedEvents, workersForWork } from '@landport/experiment';
import { JobWorkers } from './job-workers.js';
import type { PageElements } from './page-elements.js';
import type { TaskRunner } from './task-runner.js';
import { runInWorkers } from './worker-pool.js';

/** The states of the page, for people (the status line) and for the browser tests (`body[data-state]`). */
export type PageState = 'idle' | 'invalid' | 'running' | 'done' | 'cancelled' | 'failed';

/**
 * One job at a time (a run, a comparison or a sizing) on the page's Web Workers, with the progress
 * bar, the status line and the Cancel button. The job's batches share its workers (`JobWorkers`);
 * Cancel terminates every worker of the job at once, and the next job starts new ones.
 */
export class JobControl {
  private running: AbortController | null = null;

  constructor(private readonly page: PageElements) {
    page.cancel.addEventListener('click', () =>
      this.running?.abort(new DOMException('cancelled', 'AbortError')),
    );
  }

  get busy(): boolean {
    return this.running !== null;
  }

  setState(state: PageState, status: string): void {
    document.body.dataset.state = state;
    this.page.status.textContent = status;
    for (const button of [this.page.run, this.page.compare, this.page.size])
      button.disabled = state === 'running' || state === 'invalid';
    this.page.cancel.disabled = state !== 'running';
  }

  /**
   * Runs `body`, which runs its replications through the runner it is given; the status line then
   * shows what `body` returns, or that the job was cancelled, or why it failed.
   */
  async run(body: (runTasks: TaskRunner) => Promise<string>): Promise<void> {
    if (this.running !== null) return;
    const controller = new AbortController();
    this.running = controller;
    const { page } = this;
    let done = 0;
    let total = 0;
    page.progress.value = 0;
    this.setState('running', 'Starting the workers…');
    const jobWorkers = new JobWorkers((live) => {
      document.body.dataset.workers = String(live);
    });
    // Cancel stops the workers at once, also between two batches of the job, when none is running.
    controller.signal.addEventListener('abort', () => jobWorkers.close());
    const runTasks: TaskRunner = (tasks, onResult) => {
      total += tasks.length;
      page.progress.max = total;
      // As many workers as the work repays, as in the CLI: a worker's start and first, cold
      // replications cost more than a run of a few days gains from it (docs/playground.md).
      const cores = navigator.hardwareConcurrency || 1;
      const workers = workersForWork(cores, tasks.length, estimatedEvents(tasks.map((t) => t.scenario)));
      const counted = () => `${done} of ${total} replications (${workers} worker${workers === 1 ? '' : 's'})`;
      page.status.textContent = counted();
      return runInWorkers(tasks, {
        workers: jobWorkers,
        count: workers,
        signal: controller.signal,
        onResult: (index, output) => {
          done++;
          page.progress.value = done;
          page.status.textContent = counted();
          onResult?.(index, output);
        },
      });
    };
    try {
      this.setState('done', await body(runTasks));
    } catch (error) {
      if (controller.signal.aborted)
        this.setState('cancelled', `Cancelled after ${done} of ${total} replications; nothing is running.`);
      else this.setState('failed', (error as Error).message);
    } finally {
      jobWorkers.close();
      this.running = null;
    }
  }
}
