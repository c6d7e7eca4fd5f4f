/**
 * How long the page waits after the last edit of a field before it re-reads the scenario and its
 * overrides: long enough not to re-validate at every key, short enough to feel immediate. The
 * browser tests wait past it to check that a pending re-read does not undo a job's end state.
 */
export const EDIT_PAUSE_MS = 300;
