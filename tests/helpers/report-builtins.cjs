'use strict';
// Preloaded (NODE_OPTIONS=--require) by tests/cli/startup.test.ts: at exit, the Node built-in modules
// the process loaded, as one line on standard error.
process.on('exit', () => {
  const loaded = process.moduleLoadList.filter((entry) => entry.startsWith('NativeModule ')).map((entry) => entry.slice('NativeModule '.length));
  process.stderr.write(`\nBUILTINS ${JSON.stringify(loaded)}\n`);
});
