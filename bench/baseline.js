#!/usr/bin/env node
// The peers' parse-only cost as a whole process: what a linter that only parses/validates would do.
//   node bench/baseline.js FILE   → Dockerfiles: dockerfile-utils validate; YAML: yaml parseAllDocuments
const fs = require('fs');
const file = process.argv[2];
const text = fs.readFileSync(file, 'utf8');
if (/\.ya?ml$/i.test(file)) {
  const docs = require('yaml').parseAllDocuments(text);
  const errors = (Array.isArray(docs) ? docs : [docs]).reduce((n, d) => n + d.errors.length, 0);
  process.stdout.write(JSON.stringify({ documents: docs.length, errors }) + '\n');
} else {
  const diagnostics = require('dockerfile-utils').validate(text);
  process.stdout.write(JSON.stringify(diagnostics) + '\n');
}
