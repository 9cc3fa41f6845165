import * as assert from 'assert';
import { analyzeFile } from '../../../src/core/engine/analyze-file';
import { defaultConfig } from '../../../src/core/knowledge/config/config';
import { memoryHost } from '../../../src/core/base/host/file-host';
import { includersOf, readIncludes } from '../../../src/core/formats/compose/include';
import type { Finding } from '../../../src/core/base/model/finding';

function lintIn(files: Record<string, string>, path: string, rule: string): Finding[] {
  return analyzeFile({ path, text: files[path], kind: 'compose' }, defaultConfig(), memoryHost(files)).findings.filter((f) => f.rule === rule);
}

const hardened = 'services:\n  api:\n    image: nginx:1.30.0\n    mem_limit: 256m\n    security_opt: [no-new-privileges:true]\n';

describe('compose include: reading the entries', () => {
  it('short and long syntax, paths relative to the including file, project_directory and env_file', () => {
    const text = 'include:\n  - team/compose.yaml\n  - path: [../shared/base.yaml, ../shared/tweaks.yaml]\n    project_directory: ../shared\n    env_file: ../shared/prod.env\nservices:\n  web:\n    image: nginx:1.30.0\n';
    const entries = readIncludes(text, '/app/root/compose.yaml');
    assert.deepStrictEqual(entries.map((e) => [e.paths, e.projectDirectory, e.envFiles]), [
      [['/app/root/team/compose.yaml'], '/app/root/team', ['/app/root/team/.env']],
      [['/app/shared/base.yaml', '/app/shared/tweaks.yaml'], '/app/shared', ['/app/shared/prod.env']],
    ]);
  });

  it('a file without include, broken YAML or a non-list include gives no entries', () => {
    assert.deepStrictEqual(readIncludes('services: {}\n', '/a/compose.yaml'), []);
    assert.deepStrictEqual(readIncludes('include: [a.yaml\n', '/a/compose.yaml'), []);
    assert.deepStrictEqual(readIncludes('include: a.yaml\n', '/a/compose.yaml'), []);
  });

  it('the including file is found in an ancestor folder', () => {
    const files = { '/p/compose.yaml': 'include:\n  - svc/db/compose.yaml\n', '/p/svc/db/compose.yaml': hardened };
    assert.deepStrictEqual(includersOf('/p/svc/db/compose.yaml', memoryHost(files)).map((e) => e.from), ['/p/compose.yaml']);
    assert.deepStrictEqual(includersOf('/p/compose.yaml', memoryHost(files)), []);
  });
});

describe('compose include: the effective model the rules read', () => {
  it('files listed together in path: are merged, a later one over an earlier one, both ways', () => {
    const files = {
      '/p/compose.yaml': 'include:\n  - path: [lib/db.yaml, lib/db-limits.yaml]\n',
      '/p/lib/db.yaml': 'services:\n  db:\n    image: postgres:17.2\n    security_opt: [no-new-privileges:true]\n',
      '/p/lib/db-limits.yaml': 'services:\n  db:\n    mem_limit: 1g\n',
    };
    assert.deepStrictEqual(lintIn(files, '/p/lib/db.yaml', 'compose-memory-limit-missing'), []);
    assert.deepStrictEqual(lintIn(files, '/p/lib/db-limits.yaml', 'compose-memory-limit-missing'), []);
    assert.deepStrictEqual(lintIn(files, '/p/lib/db-limits.yaml', 'compose-no-new-privileges-missing'), []);
    // the same two files not included together are judged alone
    const alone = { '/p/lib/db.yaml': files['/p/lib/db.yaml'] };
    assert.strictEqual(lintIn(alone, '/p/lib/db.yaml', 'compose-memory-limit-missing').length, 1);
  });

  it('a value missing from every file of the path list is reported once, in the first file', () => {
    const files = {
      '/p/compose.yaml': 'include:\n  - path: [db.yaml, db-extra.yaml]\n',
      '/p/db.yaml': 'services:\n  db:\n    image: postgres:17.2\n',
      '/p/db-extra.yaml': 'services:\n  db:\n    environment: {A: "1"}\n',
    };
    assert.strictEqual(lintIn(files, '/p/db.yaml', 'compose-memory-limit-missing').length, 1);
    assert.deepStrictEqual(lintIn(files, '/p/db-extra.yaml', 'compose-memory-limit-missing'), []);
  });

  it('an included file is interpolated with the entry\'s env_file, the including project\'s .env winning', () => {
    const files = {
      '/p/compose.yaml': 'include:\n  - path: agent/compose.yaml\n    env_file: agent/agent.env\n',
      '/p/.env': 'HOSTFS=/\n',
      '/p/agent/agent.env': 'SOCK=/var/run/docker.sock\nHOSTFS=/srv/data\n',
      '/p/agent/compose.yaml': 'services:\n  agent:\n    image: alpine:3.21\n    volumes:\n      - ${SOCK}:/var/run/docker.sock\n      - ${HOSTFS}:/hostfs:ro\n',
    };
    const socket = lintIn(files, '/p/agent/compose.yaml', 'compose-docker-socket');
    assert.strictEqual(socket.length, 1);
    const sensitive = lintIn(files, '/p/agent/compose.yaml', 'compose-sensitive-host-mount');
    assert.ok(sensitive.some((f) => f.message.includes('${HOSTFS}')), sensitive.map((f) => f.message).join('\n'));
  });

  it('without an including file, the included-looking file reads only its own .env', () => {
    const files = {
      '/p/agent/agent.env': 'SOCK=/var/run/docker.sock\n',
      '/p/agent/compose.yaml': 'services:\n  agent:\n    image: alpine:3.21\n    volumes:\n      - ${SOCK}:/var/run/docker.sock\n',
    };
    assert.deepStrictEqual(lintIn(files, '/p/agent/compose.yaml', 'compose-docker-socket'), []);
  });

  it('project_directory moves the default .env', () => {
    const files = {
      '/p/compose.yaml': 'include:\n  - path: agent/compose.yaml\n    project_directory: env\n',
      '/p/env/.env': 'SOCK=/var/run/docker.sock\n',
      '/p/agent/compose.yaml': 'services:\n  agent:\n    image: alpine:3.21\n    volumes:\n      - ${SOCK}:/var/run/docker.sock\n',
    };
    assert.strictEqual(lintIn(files, '/p/agent/compose.yaml', 'compose-docker-socket').length, 1);
  });
});
