#!/usr/bin/env node
// postinstall: a fresh clone installed with `npm install`/`npm ci` (as pre-commit's `language: node` does) gets dist/
// bundled, so the `containment` bin works; a package that already ships dist/ (the packed tarball) is left as it is.
// Printing nothing on the skip path keeps `npm pack`/installs quiet.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
if (fs.existsSync(path.join(root, 'dist', 'cli.js')) && fs.existsSync(path.join(root, 'dist', 'cli-main.js'))) process.exit(0);
if (!fs.existsSync(path.join(root, 'node_modules', 'esbuild'))) process.exit(0); // a production install without the bundler: nothing to build with
for (const script of ['scripts/generate-rule-index.js', 'esbuild.js']) {
  const run = spawnSync(process.execPath, [script], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
