#!/usr/bin/env node
// `npm run package`: builds and makes containment-<version>.vsix with @vscode/vsce, offline (no marketplace look-ups,
// dependencies are bundled by esbuild so --no-dependencies). usage: node scripts/package-vsix.js [--out FILE]
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const i = process.argv.indexOf('--out');
const out = path.resolve(root, i > 0 ? process.argv[i + 1] : `${pkg.name}-${pkg.version}.vsix`);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

run(process.execPath, ['scripts/generate-rule-index.js']);
run(process.execPath, ['esbuild.js']);
const vsce = require.resolve('@vscode/vsce/vsce', { paths: [root] });
const args = [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out];
if (!fs.readdirSync(root).some((f) => /^licen[cs]e/i.test(f))) args.push('--skip-license');
run(process.execPath, args);
const size = fs.statSync(out).size;
console.log(`${path.relative(process.cwd(), out)}: ${(size / 1024).toFixed(0)} KB`);
