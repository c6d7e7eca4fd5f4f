/**
 * What a shared link holds: enough to reproduce a run exactly. A built-in scenario travels by name,
 * a pasted one as its text, deflated and base64url-encoded; the overrides as the `--set` texts.
 */
export interface SharedRun {
  readonly scenario: { readonly name: string } | { readonly text: string };
  readonly overrides: readonly string[];
  readonly seed: string;
  readonly replications: number;
}

/** Whether the browser (or Node ≥ 18) can deflate a pasted scenario into a link. */
const FORMAT = 'deflate-raw';

/**
 * The URL hash for `run`, e.g. `#scenario=horgos-2024&set=calendar.horizon%3D20d&seed=1&replications=4`.
 * Parameters keep the order of the overrides, which are applied in that order.
 */
export async function encodeSharedRun(run: SharedRun): Promise<string> {
  const params = new URLSearchParams();
  if ('name' in run.scenario) params.append('scenario', run.scenario.name);
  else params.append('text', await deflateToBase64Url(run.scenario.text));
  for (const override of run.overrides) params.append('set', override);
  params.append('seed', run.seed);
  params.append('replications', String(run.replications));
  return `#${params.toString()}`;
}

/**
 * Reads a hash written by {@link encodeSharedRun}; null when it holds no run (an empty hash, or
 * one written by hand that lacks a scenario). Throws a TypeError naming the parameter that is
 * malformed, for the page to show.
 */
export async function decodeSharedRun(hash: string): Promise<SharedRun | null> {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const name = params.get('scenario');
  const packed = params.get('text');
  if (name === null && packed === null) return null;
  const replicationsText = params.get('replications') ?? '1';
  const replications = Number(replicationsText);
  if (!Number.isInteger(replications) || replications < 1) {
    throw new TypeError(
      `the link's replications=${JSON.stringify(replicationsText)} is not a whole number ≥ 1`,
    );
  }
  let text: string | null = null;
  if (name === null && packed !== null) {
    try {
      text = await inflateFromBase64Url(packed);
    } catch {
      throw new TypeError(
        "the link's scenario text is damaged (it does not inflate); was the link cut short?",
      );
    }
  }
  return {
    scenario: text === null ? { name: name! } : { text },
    overrides: params.getAll('set'),
    seed: params.get('seed') ?? '1',
    replications,
  };
}

async function deflateToBase64Url(text: string): Promise<string> {
  const stream = new Blob([new TextEncoder().encode(text)])
    .stream()
    .pipeThrough(new CompressionStream(FORMAT));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

async function inflateFromBase64Url(packed: string): Promise<string> {
  const binary = atob(packed.replaceAll('-', '+').replaceAll('_', '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream(FORMAT));
  return new TextDecoder('utf-8', { fatal: true }).decode(await new Response(stream).arrayBuffer());
}
