/** The page's elements, by id (index.html): looked up once, typed, and missing ones reported by name. */
export function pageElements() {
  return {
    scenarioSelect: byId('scenario-select', HTMLSelectElement),
    upload: byId('upload', HTMLInputElement),
    scenarioText: byId('scenario-text', HTMLTextAreaElement),
    problems: byId('problems', HTMLElement),
    parameters: byId('parameters', HTMLFormElement),
    overrides: byId('overrides', HTMLTextAreaElement),
    changedYaml: byId('changed-yaml', HTMLElement),
    seed: byId('seed', HTMLInputElement),
    replications: byId('replications', HTMLInputElement),
    run: byId('run', HTMLButtonElement),
    cancel: byId('cancel', HTMLButtonElement),
    progress: byId('progress', HTMLProgressElement),
    status: byId('status', HTMLElement),
    command: byId('command', HTMLElement),
    share: byId('share', HTMLAnchorElement),
    copyLink: byId('copy-link', HTMLButtonElement),
    results: byId('results', HTMLElement),
    downloads: byId('downloads', HTMLElement),
    summary: byId('summary', HTMLElement),
    charts: byId('charts', HTMLElement),
    variantB: byId('variant-b', HTMLTextAreaElement),
    compare: byId('compare', HTMLButtonElement),
    comparison: byId('comparison', HTMLElement),
    sizeStation: byId('size-station', HTMLSelectElement),
    sizeTarget: byId('size-target', HTMLInputElement),
    sizeMin: byId('size-min', HTMLInputElement),
    sizeMax: byId('size-max', HTMLInputElement),
    sizeInitial: byId('size-initial', HTMLInputElement),
    sizeStep: byId('size-step', HTMLInputElement),
    sizeCap: byId('size-cap', HTMLInputElement),
    size: byId('size', HTMLButtonElement),
    sizing: byId('sizing', HTMLElement),
  };
}

/** The page's elements, as {@link pageElements} finds them. */
export type PageElements = ReturnType<typeof pageElements>;

function byId<T extends HTMLElement>(id: string, type: abstract new (...args: never[]) => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`index.html has no ${type.name} with id "${id}"`);
  return element;
}
