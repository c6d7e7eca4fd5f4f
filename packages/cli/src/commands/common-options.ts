import { Option } from 'commander';
import { collect, WORKERS_HELP } from '../options.js';

// The options several commands declare alike, each with the help text that varies between them
// as a parameter (what a seed is shared by, what --json prints). Declared here once, so that a
// flag, its argument name and its default cannot drift apart from one command to the next.

/** `-r, --replications <n>`, with the command's default. */
export function replicationsFlag(help: string, byDefault: string): Option {
  return new Option('-r, --replications <n>', help).default(byDefault);
}

/** `-s, --seed <seed>`, default 1. */
export function seedFlag(help = 'master seed: replication i uses the streams of (seed, i)'): Option {
  return new Option('-s, --seed <seed>', help).default('1');
}

/** `-w, --workers <n>`. */
export function workersFlag(): Option {
  return new Option('-w, --workers <n>', WORKERS_HELP);
}

/** `--horizon <duration>`. */
export function horizonFlag(help = 'override the horizon, e.g. 30d'): Option {
  return new Option('--horizon <duration>', help);
}

/** `--warmup <duration>`. */
export function warmupFlag(help = 'override the warm-up'): Option {
  return new Option('--warmup <duration>', help);
}

/** `--set <path=value>`, repeatable. */
export function setFlag(help = 'override a scenario field (repeatable)'): Option {
  return new Option('--set <path=value>', help).argParser(collect).default([]);
}

/** `-o, --out <dir>`. */
export function outFlag(help: string): Option {
  return new Option('-o, --out <dir>', help);
}

/** `-q, --quiet`. */
export function quietFlag(help = 'no progress output'): Option {
  return new Option('-q, --quiet', help);
}

/** `--json`: print `what` as JSON on stdout. */
export function jsonFlag(what: string): Option {
  return new Option('--json', `print ${what} as JSON on stdout`);
}

/** `--no-charts`: skip `what` (the charts, or the chart) and report.html. */
export function noChartsFlag(what = 'the charts'): Option {
  return new Option('--no-charts', `skip ${what} and report.html (draw them later with \`landport report\`)`);
}
