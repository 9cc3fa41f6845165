import * as assert from 'assert';
import { parseDocument } from 'yaml';
import { applyFix, expectFix, expectNone, expectOne, findingsOf } from '../../helpers';
import { opts, yaml } from '../util';

const RULE = 'compose-memory-limit-missing';

describe(RULE, () => {
  it('points at the service name when no limit is set, with the kube-linter alias', () => {
    const f = expectOne(yaml('services:', '  web:', '    image: nginx:1.30'), RULE, 'web', opts());
    assert.deepStrictEqual(f.aliases, ['unset-memory-requirements']);
    assert.strictEqual(f.severity, 'warning');
    assert.deepStrictEqual(f.range.start, { line: 1, character: 2 });
  });

  it('accepts deploy.resources.limits.memory, mem_limit, flow style and a limit inherited through a merge key', () => {
    expectNone(yaml('services:', '  web:', '    image: nginx:1.30', '    deploy:', '      resources:', '        limits:', '          memory: 256M'), RULE, opts());
    expectNone(yaml('services:', '  web:', '    image: nginx:1.30', '    mem_limit: 512m'), RULE, opts());
    expectNone(yaml('services:', '  web: {image: "nginx:1.30", deploy: {resources: {limits: {memory: 1G}}}}'), RULE, opts());
    expectNone(
      yaml('x-limits: &limits', '  deploy:', '    resources:', '      limits:', '        memory: 512M', 'services:', '  web:', '    <<: *limits', '    image: nginx:1.30'),
      RULE,
      opts(),
    );
  });

  it('follows extends: within the file, and stays silent when the base lives in another file', () => {
    expectNone(yaml('services:', '  base:', '    image: nginx:1.30', '    mem_limit: 1g', '  web:', '    extends: base'), RULE, opts());
    expectNone(yaml('services:', '  web:', '    extends: {file: common.yaml, service: base}'), RULE, opts());
  });

  it('treats mem_limit: 0 as no limit, and offers no fix that could not apply', () => {
    const f = expectOne(yaml('services:', '  web:', '    image: nginx:1.30', '    mem_limit: 0'), RULE, 'web', opts());
    assert.strictEqual(f.fix, undefined);
  });

  it('is silent when policy.memoryLimits is false', () => {
    expectNone(yaml('services:', '  web:', '    image: nginx:1.30'), RULE, opts({ config: (c) => (c.policy.memoryLimits = false) }));
  });

  it('fix adds deploy.resources limits and reservations in Compose units, keeping comments', () => {
    const text = yaml('services:', '  web: # the front', '    image: nginx:1.30 # pinned', '    ports:', '      - "80:80"', '  db:', '    image: postgres:16', '    mem_limit: 1g');
    expectFix(
      text,
      RULE,
      yaml(
        'services:',
        '  web: # the front',
        '    image: nginx:1.30 # pinned',
        '    ports:',
        '      - "80:80"',
        '    deploy:',
        '      resources:',
        '        limits:',
        '          memory: 256M',
        '        reservations:',
        '          memory: 128M',
        '  db:',
        '    image: postgres:16',
        '    mem_limit: 1g',
      ),
      opts(),
    );
  });

  it('fix merges into an existing deploy block at its indentation and never lowers the limit below a reservation', () => {
    const text = yaml('services:', '    web:', '        image: nginx:1.30', '        deploy:', '            replicas: 2', '            resources:', '                reservations:', '                    memory: 1G');
    const out = applyFix(text, findingsOf(text, RULE, opts())[0]);
    assert.strictEqual(
      out,
      yaml(
        'services:',
        '    web:',
        '        image: nginx:1.30',
        '        deploy:',
        '            replicas: 2',
        '            resources:',
        '                reservations:',
        '                    memory: 1G',
        '                limits:',
        '                    memory: 1G',
      ),
    );
    assert.deepStrictEqual(parseDocument(out).errors, []);
    expectNone(out, RULE, opts());
  });

  it('fix adds cpus as a quoted string when the CPU policy is on (same fix as the CPU rule)', () => {
    const text = yaml('services:', '  web:', '    image: nginx:1.30');
    const o = opts({ config: (c) => (c.policy.cpuLimits = true) });
    const mem = findingsOf(text, RULE, o)[0];
    const cpu = findingsOf(text, 'compose-cpu-limit-missing', o)[0];
    assert.deepStrictEqual(mem.fix, cpu.fix);
    const out = applyFix(text, mem);
    assert.strictEqual(out, yaml('services:', '  web:', '    image: nginx:1.30', '    deploy:', '      resources:', '        limits:', '          memory: 256M', '          cpus: "0.5"', '        reservations:', '          memory: 128M'));
    expectNone(out, 'compose-cpu-limit-missing', o);
  });

  it('fix keeps legacy style for a service that already uses service-level keys', () => {
    const text = yaml('services:', '  web:', '    image: nginx:1.30', '    cpus: 0.5');
    expectFix(text, RULE, yaml('services:', '  web:', '    image: nginx:1.30', '    cpus: 0.5', '    mem_limit: 256M'), opts());
  });

  it('fix keeps CRLF line endings', () => {
    const text = 'services:\r\n  web:\r\n    image: nginx:1.30\r\n';
    expectFix(
      text,
      RULE,
      'services:\r\n  web:\r\n    image: nginx:1.30\r\n    deploy:\r\n      resources:\r\n        limits:\r\n          memory: 256M\r\n        reservations:\r\n          memory: 128M\r\n',
      opts(),
    );
  });

  it('uses resourceDefaults from the config, converted to Compose notation', () => {
    const text = yaml('services:', '  web:', '    image: nginx:1.30');
    const o = opts({ config: (c) => ((c.resourceDefaults.memoryLimit = '1Gi'), (c.resourceDefaults.memoryRequest = '500M')) });
    const out = applyFix(text, findingsOf(text, RULE, o)[0]);
    assert.match(out, /memory: 1G\n/);
    assert.match(out, /memory: 477M\n/);
  });

  it('honours # containment ignore= by id and alias', () => {
    expectNone(yaml('services:', '  # containment ignore=unset-memory-requirements', '  web:', '    image: nginx:1.30'), RULE, opts());
    expectNone(yaml('# containment global ignore=compose-memory-limit-missing', 'services:', '  web:', '    image: nginx:1.30'), RULE, opts());
  });
});
