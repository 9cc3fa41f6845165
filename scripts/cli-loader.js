#!/usr/bin/env node
'use strict';
// dist/cli.js — starts the CLI bundle (dist/cli-main.js) through a V8 code cache (issue 6, bench/README.md): compiling
// the ~600 KB bundle was a third of a short run's CPU time. The cache (dist/cli-main.js.cache) is written by the build
// and rewritten here when V8 rejects it (another Node version); if it cannot be read or written, this is a plain load.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

const file = path.join(__dirname, 'cli-main.js');
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
req.main = mod; // the bundle runs its CLI when `require.main === module`
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
