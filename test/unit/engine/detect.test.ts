import * as assert from 'assert';
import { detectKind } from '../../../src/core/engine/detect-kind';
import { FORMATS, formatFor } from '../../../src/core/engine/formats';

const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', '  containers:', '    - name: c', '      image: nginx:1.30', ''].join('\n');
const SERVICES = ['services:', '  web:', '    image: nginx:1.30', ''].join('\n');

describe('detect: each format says which files are its own, the registry asks them in order', () => {
  it('every loaded format detects with the function the registry asks (one definition)', () => {
    for (const entry of FORMATS) assert.strictEqual(formatFor(entry.kind).detect, entry.detect, entry.kind);
  });

  it('by name alone: Dockerfile and Compose names; a manifest never by name', () => {
    assert.strictEqual(detectKind('/p/Dockerfile.api', ''), 'dockerfile');
    assert.strictEqual(detectKind('/p/compose.override.yml', ''), 'compose');
    assert.strictEqual(detectKind('/p/deploy.yaml', ''), undefined);
  });

  it('a name decides before content: a Compose name holding a manifest is Compose', () => {
    assert.strictEqual(detectKind('/p/docker-compose.yaml', POD), 'compose');
  });

  it('by content: a manifest, a services map, nothing in a file that is not YAML', () => {
    assert.strictEqual(detectKind('/p/deploy.yaml', POD), 'kubernetes');
    assert.strictEqual(detectKind('/p/stack.yml', SERVICES), 'compose');
    assert.strictEqual(detectKind('/p/notes.txt', POD), undefined);
    assert.strictEqual(detectKind('/p/values.yaml', 'services:\n  web:\n    image: x\nreplicaCount: 1\n'), undefined);
  });
});
