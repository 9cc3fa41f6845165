import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ProjectModel, Workload } from '../../../src/core/project/model';
import { scanProject } from '../../../src/core/project/scan-project';

/** A small project on disk (file name → text), scanned the way `containment report <dir>` scans it. */
function project(files: Record<string, string>, scanned = '.'): ProjectModel {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-compose-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return scanProject(path.join(dir, scanned));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function only(m: ProjectModel, name: string): Workload {
  const ws = m.workloads.filter((w) => w.name === name);
  assert.strictEqual(ws.length, 1, `one workload named ${name}: ${m.workloads.map((w) => `${w.name}@${w.location.path}`).join(', ')}`);
  return ws[0];
}

const codes = (w: Workload): string[] => w.reasons.map((r) => r.code);
const at = (l: { path: string; line: number } | undefined): string | undefined => l && `${l.path}:${l.line}`;

const BASE_WEB = 'services:\n  web:\n    image: nginx:1.27.3\n    mem_limit: 512m\n';

describe('project model: Compose workloads from the effective model the checker reads', () => {
  it('the default override file: one workload with the override\'s user and limit, located in the override', () => {
    const m = project({
      'compose.yaml': 'services:\n  web:\n    image: nginx:1.27.3\n',
      'compose.override.yaml': 'services:\n  web:\n    user: "10001"\n    mem_limit: 256m\n    privileged: true\n',
    });
    const w = only(m, 'web');
    assert.strictEqual(w.location.path, 'compose.yaml');
    assert.strictEqual(w.isolation.cgroups.memoryLimit, '256m');
    assert.strictEqual(w.isolation.privileges.root, 'no');
    assert.strictEqual(at(w.isolation.privileges.rootLocation), 'compose.override.yaml:3');
    assert.strictEqual(w.isolation.privileges.privileged, true);
    assert.ok(!codes(w).includes('no-memory-limit'), codes(w).join(', '));
    const privileged = w.findings.find((f) => f.rule === 'compose-privileged-container');
    assert.strictEqual(at(privileged?.location), 'compose.override.yaml:5', 'the override\'s finding belongs to the merged workload');
  });

  it('the override\'s devices are the workload\'s evidence too', () => {
    const m = project({
      'compose.yaml': 'services:\n  fs:\n    image: alpine:3.21\n    mem_limit: 64m\n',
      'compose.override.yaml': 'services:\n  fs:\n    devices:\n      - /dev/fuse:/dev/fuse\n',
    });
    const devices = only(m, 'fs').reasons.find((r) => r.code === 'host-devices');
    assert.strictEqual(at(devices?.location), 'compose.override.yaml:4');
  });

  it('without the override the same base has no limit and no user (the assertions above can fail)', () => {
    const w = only(project({ 'compose.yaml': 'services:\n  web:\n    image: nginx:1.27.3\n' }), 'web');
    assert.strictEqual(w.isolation.cgroups.memoryLimit, undefined);
    assert.notStrictEqual(w.isolation.privileges.root, 'no');
    assert.ok(codes(w).includes('no-memory-limit'));
  });

  it('a value set in the base and changed in the override: the override\'s value wins', () => {
    const w = only(project({ 'compose.yaml': BASE_WEB, 'compose.override.yaml': 'services:\n  web:\n    mem_limit: 2g\n' }), 'web');
    assert.strictEqual(w.isolation.cgroups.memoryLimit, '2g');
  });

  it('lists merge as docker compose merges them: capabilities from both files', () => {
    const w = only(
      project({
        'docker-compose.yml': 'services:\n  vpn:\n    image: alpine:3.21\n    cap_add: [NET_ADMIN]\n',
        'docker-compose.override.yml': 'services:\n  vpn:\n    cap_add: [SYS_TIME]\n',
      }),
      'vpn',
    );
    assert.deepStrictEqual([...w.isolation.privileges.addedCaps].sort(), ['NET_ADMIN', 'SYS_TIME']);
  });

  it('a sibling fragment (deployed with -f): one workload per service, the fragment\'s values and lines as evidence', () => {
    const m = project({
      'compose.yaml': 'services:\n  web:\n    image: nginx:1.27.3\n    mem_limit: 512m\n  db:\n    image: postgres:17.2\n',
      'compose.debug.yaml': 'services:\n  web:\n    privileged: true\n    mem_limit: 1g\n  tracer:\n    image: alpine:3.21\n',
    });
    const web = only(m, 'web');
    assert.strictEqual(web.location.path, 'compose.yaml');
    assert.strictEqual(web.isolation.privileges.privileged, true);
    assert.strictEqual(web.isolation.cgroups.memoryLimit, '1g', 'the fragment is merged over the base');
    const privileged = web.findings.find((f) => f.rule === 'compose-privileged-container');
    assert.strictEqual(at(privileged?.location), 'compose.debug.yaml:3', 'the fragment\'s finding belongs to the merged workload');
    assert.strictEqual(only(m, 'db').isolation.privileges.privileged, false, 'a service the fragment does not name is unchanged');
    assert.strictEqual(only(m, 'tracer').location.path, 'compose.debug.yaml', 'a fragment service with an image is a workload of its own');
  });

  it('a fragment named after the override file goes to the base workload, with the override', () => {
    const m = project({
      'compose.yaml': 'services:\n  web:\n    image: nginx:1.27.3\n',
      'compose.override.yaml': 'services:\n  web:\n    mem_limit: 64m\n',
      'compose.override.debug.yaml': 'services:\n  web:\n    privileged: true\n',
    });
    const web = only(m, 'web');
    assert.strictEqual(web.isolation.cgroups.memoryLimit, '64m');
    assert.strictEqual(web.isolation.privileges.privileged, true);
  });

  it('a fragment service the base does not define stays a card of its own', () => {
    const m = project({ 'compose.yaml': 'services:\n  web:\n    image: nginx:1.27.3\n', 'compose.debug.yaml': 'services:\n  sidecar:\n    privileged: true\n' });
    assert.strictEqual(only(m, 'sidecar').location.path, 'compose.debug.yaml');
    assert.strictEqual(only(m, 'web').isolation.privileges.privileged, false);
  });

  it('a fragment named after another fragment is merged over that one, not over the project\'s base', () => {
    const m = project({
      'docker-compose.yml': 'services:\n  app:\n    image: nginx:1.27.3\n',
      'docker-compose.test.yml': 'services:\n  app:\n    image: nginx:1.27.3\n    user: "1000"\n',
      'docker-compose.test.override.yml': 'services:\n  app:\n    mem_limit: 64m\n',
    });
    const apps = m.workloads.filter((w) => w.name === 'app');
    assert.deepStrictEqual(apps.map((w) => `${w.location.path}:${w.isolation.cgroups.memoryLimit ?? '-'}`).sort(), ['docker-compose.test.yml:64m', 'docker-compose.yml:-']);
  });

  it('extends from a file in another folder: user, limit, no-new-privileges and cap_drop inherited, located there', () => {
    const w = only(
      project({
        'shared/hardening.yaml': 'services:\n  hardened:\n    image: busybox:1.37\n    user: "10001"\n    mem_limit: 128m\n    security_opt: [no-new-privileges:true]\n    cap_drop: [ALL]\n',
        'compose.yaml': 'services:\n  api:\n    image: nginx:1.27.3\n    extends:\n      file: shared/hardening.yaml\n      service: hardened\n',
      }),
      'api',
    );
    assert.strictEqual(w.containers[0].image, 'nginx:1.27.3', 'the extending service\'s own image wins');
    assert.strictEqual(w.isolation.cgroups.memoryLimit, '128m');
    assert.strictEqual(w.isolation.privileges.root, 'no');
    assert.strictEqual(at(w.isolation.privileges.rootLocation), 'shared/hardening.yaml:4');
    assert.strictEqual(w.isolation.privileges.allowPrivilegeEscalation, false);
    assert.strictEqual(w.isolation.privileges.droppedAll, true);
  });

  it('extends from a file outside the scanned folder: located with ../, the way the report links it', () => {
    const m = project(
      {
        'shared/hardening.yaml': 'services:\n  hardened:\n    image: busybox:1.37\n    user: "10001"\n',
        'app/compose.yaml': 'services:\n  api:\n    image: nginx:1.27.3\n    extends:\n      file: ../shared/hardening.yaml\n      service: hardened\n',
      },
      'app',
    );
    assert.strictEqual(at(only(m, 'api').isolation.privileges.rootLocation), '../shared/hardening.yaml:4');
  });

  it('a two-step extends chain in one file: the nearest value wins', () => {
    const text = ['services:', '  base:', '    image: alpine:3.21', '    mem_limit: 64m', '    user: "1000"', '  mid:', '    extends: base', '    mem_limit: 96m', '  app:', '    extends: mid', ''].join('\n');
    const app = only(project({ 'compose.yaml': text }), 'app');
    assert.strictEqual(app.isolation.cgroups.memoryLimit, '96m');
    assert.strictEqual(app.isolation.privileges.root, 'no');
    assert.strictEqual(at(app.isolation.privileges.rootLocation), 'compose.yaml:5');
  });

  it('.env interpolation: ${DOCKER_SOCK} is the runtime socket and ${HOST_FS:-/} the host root', () => {
    const compose = 'services:\n  agent:\n    image: alpine:3.21\n    volumes:\n      - ${DOCKER_SOCK}:/var/run/docker.sock\n      - ${HOST_FS:-/}:/hostfs:ro\n';
    const w = only(project({ 'compose.yaml': compose, '.env': '# where the engine listens\nDOCKER_SOCK=/var/run/docker.sock\n' }), 'agent');
    assert.ok(codes(w).includes('container-runtime-socket'), codes(w).join(', '));
    assert.ok(codes(w).includes('host-root-mount'), codes(w).join(', '));
    assert.strictEqual(w.verdict, 'host-agent');
  });

  it('an unset variable is not guessed: without .env the socket is not claimed', () => {
    const compose = 'services:\n  agent:\n    image: alpine:3.21\n    volumes:\n      - ${DOCKER_SOCK}:/var/run/docker.sock\n';
    const w = only(project({ 'compose.yaml': compose }), 'agent');
    assert.ok(!codes(w).includes('container-runtime-socket'), codes(w).join(', '));
  });

  it('an extended file in another folder is interpolated with the project\'s .env, not its own folder\'s', () => {
    const m = project(
      {
        'app/compose.yaml': 'services:\n  ui:\n    image: nginx:1.27.3\n    extends: {file: ../shared/agent.yaml, service: agent}\n',
        'app/.env': 'DOCKER_SOCK=/var/run/docker.sock\n',
        'shared/agent.yaml': 'services:\n  agent:\n    image: alpine:3.21\n    volumes:\n      - ${DOCKER_SOCK}:/var/run/docker.sock\n      - ${DATA}:/data\n',
        'shared/.env': 'DOCKER_SOCK=/tmp/not-the-socket\nDATA=/srv/data\n',
      },
      'app',
    );
    const ui = only(m, 'ui');
    assert.ok(codes(ui).includes('container-runtime-socket'), codes(ui).join(', '));
    assert.ok(!ui.isolation.namespaces.mount.why.includes('/srv/data'), 'the extended file\'s own .env is not read');
  });

  it('an extended file is interpolated too: the inherited socket mount is seen', () => {
    const m = project({
      'compose.yaml': 'services:\n  ui:\n    image: nginx:1.27.3\n    extends: {file: agent.yaml, service: agent}\n',
      'agent.yaml': 'services:\n  agent:\n    image: alpine:3.21\n    volumes:\n      - ${DOCKER_SOCK:-/var/run/docker.sock}:/var/run/docker.sock\n',
    });
    const ui = only(m, 'ui');
    assert.ok(codes(ui).includes('container-runtime-socket'), codes(ui).join(', '));
    assert.strictEqual(ui.isolation.namespaces.mount.location?.path, 'agent.yaml');
  });

  it('include: a path list merges the later file into the first file\'s workload, with the project\'s .env', () => {
    const m = project({
      'compose.yaml': 'include:\n  - path: [db/db.yaml, db/db-limits.yaml]\nservices:\n  app:\n    image: nginx:1.27.3\n    mem_limit: 64m\n',
      '.env': 'PGDATA_HOST=/srv/pg\n',
      'db/db.yaml': 'services:\n  db:\n    image: postgres:17.2\n    volumes:\n      - ${PGDATA_HOST}:/var/lib/postgresql/data\n',
      'db/db-limits.yaml': 'services:\n  db:\n    mem_limit: 1g\n    user: postgres\n',
    });
    const db = only(m, 'db');
    assert.strictEqual(db.location.path, 'db/db.yaml');
    assert.strictEqual(db.isolation.cgroups.memoryLimit, '1g');
    assert.strictEqual(at(db.isolation.privileges.rootLocation), 'db/db-limits.yaml:4');
    assert.strictEqual(db.isolation.namespaces.mount.state, 'partial', 'the interpolated /srv/pg is a host bind mount');
    assert.ok(db.isolation.namespaces.mount.why.includes('/srv/pg'), db.isolation.namespaces.mount.why);
  });
});
