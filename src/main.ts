/**
 * The command's entry point, bundled with its dependencies by scripts/bundle.mjs into dist/bundle/:
 * one file to load instead of hundreds is most of a short run's start-up time.
 */
import { main } from './cli.js';

process.exitCode = await main(process.argv);
