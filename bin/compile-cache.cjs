'use strict';
/**
 * Loads a bundled script (dist/bundle/*.cjs) with a V8 code cache, as Node 22's module.enableCompileCache
 * does (Node 20 has no such switch). A pre-commit hook lints one small brief, and a third of that run
 * is compiling brieflint's own code: JavaScript compiled lazily as it first runs. The cache holds the
 * bytecode of every function the first full run compiled, so later runs skip that work (one brief:
 * about 0.29 → 0.21 s of CPU on the reference machine).
 *
 * Safe by construction:
 * - the cache file is named by a hash of the bundle's path, size, modification time (nanoseconds) and
 *   inode (bytecode names its script: another installation's would show in --debug stack traces), the
 *   Node version, the architecture and Node's flags, so a rebuilt or upgraded bundle never meets an old
 *   cache (V8's own check of the source looks at its length only), and runs with other flags keep their
 *   own cache. Not a hash of the bundle's text: hashing 2.8 MB and loading node:crypto for it was
 *   about a tenth of a one-brief run;
 * - V8 still checks its version and flags and rejects a cache that does not fit (then it is rewritten);
 * - the directory must belong to this user and be closed to others, or no cache is used;
 * - every failure to read or write falls back to compiling normally; the run never depends on it.
 * NODE_DISABLE_COMPILE_CACHE=1 (Node's own switch) turns it off; BRIEFLINT_COMPILE_CACHE names another directory.
 */
const fs = require('node:fs');
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');

/**
 * Set by the engine when this thread linted a text (engine/lint.ts). Only such a run has compiled the
 * code a lint needs: a cache written after `--help`, or by a main thread that left the files to
 * workers, would leave most of it out.
 */
const LINTED = Symbol.for('brieflint.linted');

function cacheDirectory() {
  if (process.env.BRIEFLINT_COMPILE_CACHE) return process.env.BRIEFLINT_COMPILE_CACHE;
  const user = typeof process.getuid === 'function' ? process.getuid() : os.userInfo().username;
  return path.join(os.tmpdir(), `brieflint-compile-cache-${user}`);
}

/** The directory, created if needed, when no other user can write into it; undefined otherwise. */
function privateDirectory(directory) {
  try {
    fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
    // lstat: a symbolic link planted in a shared tmp directory must not lead the cache elsewhere.
    const stat = fs.lstatSync(directory);
    if (!stat.isDirectory()) return undefined;
    if (typeof process.getuid === 'function' && (stat.uid !== process.getuid() || (stat.mode & 0o022) !== 0)) return undefined;
    return directory;
  } catch {
    return undefined;
  }
}

function writeAtomically(file, data) {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    fs.writeFileSync(temporary, data, { mode: 0o600 });
    fs.renameSync(temporary, file);
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // Nothing to clean up.
    }
  }
}

/** FNV-1a, 64 bits, as 16 hex digits: a file name for a short key, without loading node:crypto. */
function fnv1a64(text) {
  let hash = 0xcbf29ce484222325n;
  for (let index = 0; index < text.length; index++) {
    hash ^= BigInt(text.charCodeAt(index));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** Runs the CommonJS bundle at `file` as a module of this process, with a code cache when one can be kept. */
function runCached(file) {
  // Read as bytes and decoded by Buffer: fs.readFileSync(file, 'utf8') takes twice as long on a bundle of
  // 3 MB with a few non-ASCII characters (about 20 ms of a one-brief run).
  const source = fs.readFileSync(file).toString('utf8');
  const disabled = process.env.NODE_DISABLE_COMPILE_CACHE === '1';
  const directory = disabled ? undefined : privateDirectory(cacheDirectory());
  let cacheFile;
  let cachedData;
  if (directory) {
    // The bundle's path too: bytecode names its scripts, and another installation's would show in stack traces.
    let stat;
    try {
      stat = fs.statSync(file, { bigint: true });
    } catch {
      stat = undefined;
    }
    const key = stat && fnv1a64(`${file}\0${stat.size}\0${stat.mtimeNs}\0${stat.ino}\0${process.version}\0${process.arch}\0${process.execArgv.join(' ')}\0${process.env.NODE_OPTIONS ?? ''}`);
    if (key) {
      cacheFile = path.join(directory, `${path.basename(file, '.cjs')}-${key}.cache`);
      try {
        cachedData = fs.readFileSync(cacheFile);
      } catch {
        cachedData = undefined;
      }
    }
  }
  const script = new vm.Script(Module.wrap(source), {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    // import() inside the bundle (none today) resolves as in any module of this process, where Node offers it.
    ...(vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER ? { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER } : {}),
  });
  const needsWrite = cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true);
  if (needsWrite) {
    // At exit the bytecode of every function this run compiled is there to be saved.
    process.once('exit', () => {
      if (globalThis[LINTED] === true) writeAtomically(cacheFile, script.createCachedData());
    });
  }
  // The bundle holds its dependencies and requires only Node's built-in modules.
  const module = new Module(file);
  module.filename = file;
  const compiled = script.runInThisContext();
  const require = Module.createRequire(file);
  compiled.call(module.exports, module.exports, require, module, file, path.dirname(file));
  return module.exports;
}

module.exports = { runCached };
