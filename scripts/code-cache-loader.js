#!/usr/bin/env node
'use strict';
// Copied by esbuild.js to dist/cli.js and dist/language-server.js: each starts its bundle (dist/<name>-main.js) through
// a V8 code cache (bench/README.md). Compiling the bundle was a third of a short CLI run's CPU time and a quarter of the
// language server's start to `initialize`. The cache (dist/<name>-main.js.cache) is written by the build and rewritten
// here when V8 rejects it (another Node version or V8 flags); if it cannot be read or written, this is a plain load.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

const file = path.join(__dirname, `${path.basename(__filename, '.js')}-main.js`);
const cacheFile = file + '.cache';
const source = fs.readFileSync(file, 'utf8');
let cachedData;
try {
  cachedData = fs.readFileSync(cacheFile);
} catch {
  /* no cache yet */
}
const script = new vm.Script(Module.wrap(source), { filename: file, cachedData, importModuleDynamically: undefined });
const mod = new Module(file, module);
mod.filename = file;
mod.paths = Module._nodeModulePaths(__dirname);
const req = (id) => mod.require(id);
// The bundle starts itself when `require.main === module`: so when this loader is the program, not when another
// module requires it (`containment lsp` requires the language server and calls runLanguageServer).
req.main = require.main === module ? mod : require.main;
req.resolve = (id, options) => Module._resolveFilename(id, mod, false, options);
req.cache = Module._cache;
const stale = cachedData === undefined || script.cachedDataRejected === true;
if (stale || process.env.CONTAINMENT_WRITE_CODE_CACHE) {
  // after the run, so the functions it compiled are in the cache too
  process.once('exit', () => {
    try {
      fs.writeFileSync(cacheFile, script.createCachedData());
    } catch {
      /* read-only install: start without a cache */
    }
  });
}
script.runInThisContext().call(mod.exports, mod.exports, req, mod, file, __dirname);
mod.loaded = true;
module.exports = mod.exports;
