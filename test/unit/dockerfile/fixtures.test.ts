/** Lints the realistic Dockerfiles in test/fixtures/dockerfiles and checks which base-image / isolation / supply-chain rules fire. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { setKnowledgeClock } from '../../../src/core/knowledge';
import { lint } from '../helpers';

// out/test/unit/dockerfile → repository root
const FIXTURES = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'dockerfiles');

const RULES = new Set([
  'base-image-end-of-life',
  'base-image-heavy',
  'base-image-windows',
  'base-image-untrusted-registry',
  'last-user-root',
  'container-runs-as-root',
  'pipe-to-shell',
  'add-url-without-checksum',
  'world-writable-permissions',
  'ssh-port-exposed',
]);

/** Rule id → how many findings, per fixture. */
const EXPECTED: Record<string, Record<string, number>> = {
  // Go 1.25 is past its (estimated) end of life at the pinned date; the nonroot distroless final stage is clean
  'go-multistage.Dockerfile': { 'base-image-end-of-life': 1 },
  'node-multistage.Dockerfile': {},
  'java-maven.Dockerfile': { 'base-image-heavy': 1, 'container-runs-as-root': 1, 'add-url-without-checksum': 1 },
  'python-legacy.Dockerfile': {
    'base-image-end-of-life': 1,
    'container-runs-as-root': 1,
    'pipe-to-shell': 1,
    'world-writable-permissions': 1,
    'ssh-port-exposed': 1,
  },
  'python-slim-nonroot.Dockerfile': {},
  'rust-distroless.Dockerfile': {},
  'ubuntu-vm-style.Dockerfile': {
    'base-image-end-of-life': 1,
    'last-user-root': 1,
    'pipe-to-shell': 1,
    'ssh-port-exposed': 1,
  },
  'windows-servercore.Dockerfile': { 'base-image-windows': 2 },
  'windows-nanoserver.Dockerfile': { 'base-image-windows': 2 },
};

describe('Dockerfile fixtures', () => {
  before(() => setKnowledgeClock(new Date('2026-11-28T12:00:00Z')));
  after(() => setKnowledgeClock(undefined));

  it('has an expectation for every fixture', () => {
    const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('Dockerfile')).sort();
    assert.deepStrictEqual(files, Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(file, () => {
      const text = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
      const counts: Record<string, number> = {};
      for (const finding of lint(text, { path: `/work/${file}` })) {
        if (RULES.has(finding.rule)) counts[finding.rule] = (counts[finding.rule] ?? 0) + 1;
      }
      assert.deepStrictEqual(counts, expected);
    });
  }

  it('with a trusted-registry policy, flags every base outside it', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'go-multistage.Dockerfile'), 'utf8');
    const found = lint(text, { config: (c) => (c.trustedRegistries = ['docker.io']) }).filter((f) => f.rule === 'base-image-untrusted-registry');
    assert.deepStrictEqual(found.map((f) => f.message.includes('gcr.io')), [true]);
  });
});
