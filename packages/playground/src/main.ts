import type { BorderReplicationResult } from '@landport/sim-core/border';
import { stringify } from 'yaml';
import { BUILT_IN_SCENARIOS } from './built-in-scenarios.js';
import { pageElements } from './page-elements.js';
import { parameterFields, rewriteOverrides } from './parameter-fields.js';
import { drawParameterForm } from './parameter-form.js';
import { showProblems } from './problems-view.js';
import { type ReplicationTask, seedValue } from './replication-task.js';
import { type CompletedRun, showRun } from './run-view.js';
import { type PreparedScenario, prepareScenario } from './scenario-changes.js';
import { decodeSharedRun, encodeSharedRun, type SharedRun } from './share-link.js';
import { runInWorkers } from './worker-pool.js';
import './style.css';

const PASTED = '(pasted or opened file)';
const DEFAULT_SCENARIO = 'horgos-2024';
const page = pageElements();
let prepared: PreparedScenario | null = null;
let running: AbortController | null = null;

/** The state the page is in, for people (the status line) and for the browser tests (`data-state`). */
function setState(
  state: 'idle' | 'invalid' | 'running' | 'done' | 'cancelled' | 'failed',
  status: string,
): void {
  document.body.dataset.state = state;
  page.status.textContent = status;
  page.run.disabled = state === 'running' || state === 'invalid';
  page.cancel.disabled = state !== 'running';
}

function scenarioName(): string {
  return page.scenarioSelect.value === PASTED ? 'pasted' : page.scenarioSelect.value;
}

function overrideLines(): string[] {
  return page.overrides.value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Re-reads the scenario and its overrides: problems, form, changed YAML, and whether Run is allowed. */
function refresh(): void {
  const name = scenarioName();
  const fileName = page.scenarioSelect.value === PASTED ? 'pasted scenario' : `${name}.yaml`;
  const text = page.scenarioText.value;
  prepared = prepareScenario(text, fileName, overrideLines());
  const base = prepareScenario(text, fileName, []);
  showProblems(page.problems, page.scenarioText, prepared.ok ? null : prepared);
  if (base.ok) {
    const current = prepared.ok ? prepared.document : base.document;
    drawParameterForm(page.parameters, parameterFields(base.document, current), (field, value) => {
      page.overrides.value = rewriteOverrides(overrideLines(), field, value).join('\n');
      refresh();
    });
  } else page.parameters.replaceChildren();
  page.changedYaml.textContent = prepared.ok ? stringify(prepared.document) : '';
  page.command.textContent = prepared.ok ? commandLine() : '';
  if (document.body.dataset.state !== 'running') {
    if (prepared.ok) setState('idle', '');
    else
      setState(
        'invalid',
        prepared.stage === 'text'
          ? 'The scenario has problems (below the editor).'
          : 'An override has problems (see below the editor).',
      );
  }
}

/** The CLI command that gives the same results, for people to check and reproduce. */
function commandLine(): string {
  const scenario = page.scenarioSelect.value === PASTED ? 'scenario.yaml' : scenarioName();
  const sets = overrideLines()
    .map((o) => ` --set '${o}'`)
    .join('');
  return `Same results: landport run ${scenario}${sets} --seed ${page.seed.value.trim() || '1'} --replications ${replicationCount()} --json`;
}

function replicationCount(): number {
  const n = Number(page.replications.value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

function sharedRun(): SharedRun {
  return {
    scenario:
      page.scenarioSelect.value === PASTED ? { text: page.scenarioText.value } : { name: scenarioName() },
    overrides: overrideLines(),
    seed: page.seed.value.trim() || '1',
    replications: replicationCount(),
  };
}

async function run(): Promise<void> {
  refresh();
  if (prepared === null || !prepared.ok || running !== null) return;
  const { scenario } = prepared;
  const replications = replicationCount();
  const seed = seedValue(page.seed.value.trim() || '1');
  const controller = new AbortController();
  running = controller;
  const hash = await encodeSharedRun(sharedRun());
  history.replaceState(null, '', hash);
  page.share.href = hash;
  page.share.hidden = false;
  page.copyLink.hidden = false;
  const tasks: ReplicationTask[] = Array.from({ length: replications }, (_, i) => ({
    scenario,
    seed,
    replication: i,
  }));
  const results: (BorderReplicationResult | undefined)[] = new Array(replications);
  let done = 0;
  const workers = Math.min(navigator.hardwareConcurrency || 1, replications);
  page.progress.max = replications;
  page.progress.value = 0;
  setState('running', `0 of ${replications} replications (${workers} worker${workers === 1 ? '' : 's'})`);
  const record: CompletedRun = { name: scenarioName(), scenario, seed, overrides: overrideLines(), results };
  showRun(page, record, false);
  try {
    await runInWorkers(tasks, {
      workers,
      signal: controller.signal,
      onWorkers: (live) => (document.body.dataset.workers = String(live)),
      onResult: (index, result) => {
        results[index] = result;
        done++;
        page.progress.value = done;
        page.status.textContent = `${done} of ${replications} replications (${workers} worker${workers === 1 ? '' : 's'})`;
        showRun(page, record, false);
      },
    });
    showRun(page, record, true);
    setState('done', `${replications} replication${replications === 1 ? '' : 's'} done`);
  } catch (error) {
    if (controller.signal.aborted)
      setState('cancelled', `Cancelled after ${done} of ${replications} replications; nothing is running.`);
    else setState('failed', (error as Error).message);
  } finally {
    running = null;
  }
}

function selectScenario(name: string): void {
  page.scenarioSelect.value = name;
  const text = BUILT_IN_SCENARIOS.get(name);
  if (text !== undefined) page.scenarioText.value = text;
}

/** Fills the page from the link it was opened with: 'opened', 'none' (no run in the link), or why it cannot. */
async function openSharedLink(): Promise<'opened' | 'none' | string> {
  let shared: SharedRun | null;
  try {
    shared = await decodeSharedRun(location.hash);
  } catch (error) {
    return `This link cannot be opened: ${(error as Error).message}`;
  }
  if (shared === null) return 'none';
  if ('name' in shared.scenario) {
    if (!BUILT_IN_SCENARIOS.has(shared.scenario.name)) {
      return `This link names a scenario this page does not have: ${JSON.stringify(shared.scenario.name)}; showing ${DEFAULT_SCENARIO} instead.`;
    }
    selectScenario(shared.scenario.name);
  } else {
    page.scenarioSelect.value = PASTED;
    page.scenarioText.value = shared.scenario.text;
  }
  page.overrides.value = shared.overrides.join('\n');
  page.seed.value = shared.seed;
  page.replications.value = String(shared.replications);
  return 'opened';
}

function debounce(action: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(action, ms);
  };
}

async function start(): Promise<void> {
  for (const name of [...BUILT_IN_SCENARIOS.keys(), PASTED]) page.scenarioSelect.add(new Option(name, name));
  page.parameters.addEventListener('submit', (event) => event.preventDefault());
  page.scenarioSelect.addEventListener('change', () => {
    if (page.scenarioSelect.value !== PASTED) selectScenario(page.scenarioSelect.value);
    page.overrides.value = '';
    refresh();
  });
  const edited = debounce(refresh, 300);
  page.scenarioText.addEventListener('input', () => {
    page.scenarioSelect.value = PASTED;
    edited();
  });
  page.overrides.addEventListener('input', edited);
  page.seed.addEventListener('input', edited);
  page.replications.addEventListener('input', edited);
  page.upload.addEventListener('change', async () => {
    const file = page.upload.files?.[0];
    if (file === undefined) return;
    page.scenarioSelect.value = PASTED;
    page.scenarioText.value = await file.text();
    page.overrides.value = '';
    refresh();
  });
  page.run.addEventListener('click', () => void run());
  page.cancel.addEventListener('click', () => running?.abort(new DOMException('cancelled', 'AbortError')));
  page.copyLink.addEventListener('click', () => void navigator.clipboard?.writeText(page.share.href));
  const link = await openSharedLink();
  if (link !== 'opened') selectScenario(DEFAULT_SCENARIO);
  refresh();
  if (link === 'opened') await run();
  else if (link !== 'none') page.status.textContent = link;
}

void start();
