import type { ReplicationOutput } from '@landport/experiment';
import { stringify } from 'yaml';
import { BUILT_IN_SCENARIOS } from './built-in-scenarios.js';
import { compareVariants } from './compare-view.js';
import { EDIT_PAUSE_MS } from './edit-pause.js';
import { JobControl } from './job-control.js';
import { pageElements } from './page-elements.js';
import { parameterFields, rewriteOverrides } from './parameter-fields.js';
import { drawParameterForm } from './parameter-form.js';
import { showProblems } from './problems-view.js';
import { seedValue } from './replication-task.js';
import type { PageRun } from './run-results.js';
import { RunView } from './run-view.js';
import { type PreparedScenario, readScenario, withChanges } from './scenario-changes.js';
import { decodeSharedRun, encodeSharedRun, type SharedRun } from './share-link.js';
import { shippedCalibration } from './shipped-calibration.js';
import { sizeLanes } from './sizing-view.js';
import './style.css';

const PASTED = '(pasted or opened file)';
const DEFAULT_SCENARIO = 'horgos-2024';
const page = pageElements();
const jobs = new JobControl(page);
let prepared: PreparedScenario | null = null;
let shown: RunView | null = null;
/** The refresh an edit asked for, due once typing pauses; refresh() clears it. */
let editRefresh: ReturnType<typeof setTimeout> | undefined;

const isPasted = () => page.scenarioSelect.value === PASTED;
const scenarioName = () => (isPasted() ? 'pasted' : page.scenarioSelect.value);
const fileName = () => (isPasted() ? 'pasted scenario' : `${scenarioName()}.yaml`);
const seed = () => page.seed.value.trim() || '1';
const lines = (area: HTMLTextAreaElement) =>
  area.value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

function replicationCount(): number {
  const n = Number(page.replications.value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** The scenario text as last read, and what it read as: a refresh and the variants of a job share one reading. */
let lastRead: { text: string; fileName: string; base: PreparedScenario } | null = null;

/** The scenario text parsed and validated on its own, read again only when the text or its name changed. */
function baseScenario(): PreparedScenario {
  const text = page.scenarioText.value;
  const name = fileName();
  if (lastRead === null || lastRead.text !== text || lastRead.fileName !== name)
    lastRead = { text, fileName: name, base: readScenario(text, name) };
  return lastRead.base;
}

/** The scenario text with the page's overrides and `more`, validated. */
function withOverrides(more: readonly string[] = []): PreparedScenario {
  return withChanges(baseScenario(), [...lines(page.overrides), ...more]);
}

function sources(): Record<string, string> {
  const s = prepared?.ok ? prepared.document.sources : undefined;
  return s !== null && typeof s === 'object' ? (s as Record<string, string>) : {};
}

/** Re-reads the scenario and its overrides: problems, form, changed YAML, stations to size, and whether anything may run. */
function refresh(): void {
  // This reads every field as it is now, so an edit's pending refresh has nothing left to do. Left
  // to fire, it would come after a job started within the pause (Run refreshes first), and if the
  // job had ended by then, put "idle" back over its "cancelled" or "done" and their message.
  clearTimeout(editRefresh);
  prepared = withOverrides();
  const base = baseScenario();
  showProblems(page.problems, page.scenarioText, prepared.ok ? null : prepared);
  if (base.ok) {
    const current = prepared.ok ? prepared.document : base.document;
    drawParameterForm(page.parameters, parameterFields(base.document, current), (field, value) => {
      page.overrides.value = rewriteOverrides(lines(page.overrides), field, value).join('\n');
      refresh();
    });
  } else page.parameters.replaceChildren();
  page.changedYaml.textContent = prepared.ok ? stringify(prepared.document) : '';
  page.command.textContent = prepared.ok ? `The same run with the CLI: ${commandLine()}` : '';
  if (prepared.ok) {
    const chosen = page.sizeStation.value;
    page.sizeStation.replaceChildren(
      ...prepared.scenario.stations
        .filter((s) => typeof s.lanes === 'number')
        .map((s) => new Option(`${s.id} (${s.lanes} lanes)`, s.id, false, s.id === chosen)),
    );
  }
  if (!jobs.busy) {
    if (prepared.ok) jobs.setState('idle', '');
    else
      jobs.setState(
        'invalid',
        prepared.stage === 'text'
          ? 'The scenario has problems (below the editor).'
          : 'An override has problems (see below the editor).',
      );
  }
}

function commandLine(): string {
  const scenario = isPasted() ? 'scenario.yaml' : scenarioName();
  const sets = lines(page.overrides)
    .map((o) => ` --set '${o}'`)
    .join('');
  return `landport run ${scenario}${sets} --seed ${seed()} --replications ${replicationCount()} --json`;
}

function sharedRun(): SharedRun {
  return {
    scenario: isPasted() ? { text: page.scenarioText.value } : { name: scenarioName() },
    overrides: lines(page.overrides),
    seed: seed(),
    replications: replicationCount(),
  };
}

async function run(): Promise<void> {
  refresh();
  if (prepared === null || !prepared.ok || jobs.busy) return;
  const hash = await encodeSharedRun(sharedRun());
  history.replaceState(null, '', hash);
  page.share.href = hash;
  page.share.hidden = false;
  page.copyLink.hidden = false;
  const replications = replicationCount();
  const outputs: (ReplicationOutput | undefined)[] = new Array(replications);
  const record: PageRun = {
    name: scenarioName(),
    scenario: prepared.scenario,
    sources: sources(),
    seed: seedValue(seed()),
    overrides: lines(page.overrides),
    outputs,
  };
  shown?.dispose();
  const view = new RunView(page, record, isPasted() ? null : shippedCalibration(record.name));
  shown = view;
  await jobs.run(async (runTasks) => {
    const tasks = Array.from({ length: replications }, (_, i) => ({
      scenario: record.scenario,
      seed: record.seed,
      replication: i,
    }));
    await runTasks(tasks, (index, output) => {
      outputs[index] = output;
      view.update(false);
    });
    view.update(true);
    return `${replications} replication${replications === 1 ? '' : 's'} done`;
  });
}

async function compare(): Promise<void> {
  refresh();
  if (prepared === null || !prepared.ok || jobs.busy) return;
  const a = prepared;
  const more = lines(page.variantB);
  const b = withOverrides(more);
  page.comparison.dataset.complete = 'false';
  if (!b.ok) {
    page.comparison.replaceChildren();
    page.comparison.textContent = `Variant B cannot run: ${b.message}${b.issues.map((i) => `\n  ${i.message}`).join('')}`;
    return;
  }
  const overrides = lines(page.overrides);
  await jobs.run(async (runTasks) => {
    await compareVariants(
      page.comparison,
      {
        name: scenarioName(),
        a: { scenario: a.scenario, overrides },
        b: { scenario: b.scenario, overrides: [...overrides, ...more] },
        sources: sources(),
        seed: seedValue(seed()),
        replications: replicationCount(),
      },
      runTasks,
    );
    return `Compared A and B on ${replicationCount()} paired replications`;
  });
}

async function size(): Promise<void> {
  refresh();
  if (prepared === null || !prepared.ok || jobs.busy) return;
  const scenario = prepared.scenario;
  const station = page.sizeStation.value;
  await jobs.run(async (runTasks) => {
    await sizeLanes(
      page.sizing,
      {
        name: scenarioName(),
        station,
        target: page.sizeTarget.value,
        minLanes: Number(page.sizeMin.value),
        maxLanes: Number(page.sizeMax.value),
        initial: Number(page.sizeInitial.value),
        step: Number(page.sizeStep.value),
        cap: Number(page.sizeCap.value),
        level: 0.95,
        seed: seedValue(seed()),
        sources: sources(),
        scenario,
        withLanes: (lanes) => {
          const changed = withOverrides([`stations.${station}.lanes=${lanes}`]);
          return changed.ok ? changed.scenario : `${lanes} lanes at ${station}: ${changed.message}`;
        },
      },
      runTasks,
    );
    return `Lane sizing at ${station} done`;
  });
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
    if (!BUILT_IN_SCENARIOS.has(shared.scenario.name))
      return `This link names a scenario this page does not have: ${JSON.stringify(shared.scenario.name)}; showing ${DEFAULT_SCENARIO} instead.`;
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

/** Refreshes once typing pauses for {@link EDIT_PAUSE_MS}, not at every key. */
function edited(): void {
  clearTimeout(editRefresh);
  editRefresh = setTimeout(refresh, EDIT_PAUSE_MS);
}

async function start(): Promise<void> {
  for (const name of [...BUILT_IN_SCENARIOS.keys(), PASTED]) page.scenarioSelect.add(new Option(name, name));
  page.parameters.addEventListener('submit', (event) => event.preventDefault());
  page.scenarioSelect.addEventListener('change', () => {
    if (!isPasted()) selectScenario(page.scenarioSelect.value);
    page.overrides.value = '';
    refresh();
  });
  page.scenarioText.addEventListener('input', () => {
    page.scenarioSelect.value = PASTED;
    edited();
  });
  for (const input of [page.overrides, page.seed, page.replications]) input.addEventListener('input', edited);
  page.upload.addEventListener('change', async () => {
    const file = page.upload.files?.[0];
    if (file === undefined) return;
    page.scenarioSelect.value = PASTED;
    page.scenarioText.value = await file.text();
    page.overrides.value = '';
    refresh();
  });
  page.run.addEventListener('click', () => void run());
  page.compare.addEventListener('click', () => void compare());
  page.size.addEventListener('click', () => void size());
  page.copyLink.addEventListener('click', () => void navigator.clipboard?.writeText(page.share.href));
  const link = await openSharedLink();
  if (link !== 'opened') selectScenario(DEFAULT_SCENARIO);
  refresh();
  if (link === 'opened') await run();
  else if (link !== 'none') page.status.textContent = link;
}

void start();
