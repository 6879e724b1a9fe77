/**
 * The command's entry point, bundled with its dependencies by scripts/bundle.mjs into one CommonJS
 * file, dist/bundle/main.cjs, which bin/brieflint.js loads with a code cache (bin/compile-cache.cjs).
 */
import { main } from './cli.js';

// Node exits by itself once output is flushed (process.exit() could cut off large output written to a pipe).
void main(process.argv).then((code) => {
  process.exitCode = code;
});
