/**
 * `landport` from dist/main.js, the unbundled build, for the start-up bench: what
 * packages/cli/bin/landport.js runs when the bundle is stale. Compiled to bench/dist/.
 */
const main = new URL('../../packages/cli/dist/main.js', import.meta.url);
const cli = (await import(main.href)) as { main(argv: readonly string[]): Promise<number> };
process.exitCode = await cli.main(process.argv);
