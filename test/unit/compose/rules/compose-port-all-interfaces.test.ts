import * as assert from 'assert';
import { parseAllDocuments } from 'yaml';
import { applyFix, expectNone, expectOne, findingsOf, textAt } from '../../helpers';
import { opts, yaml } from '../util';

const RULE = 'compose-port-all-interfaces';

describe(RULE, () => {
  it('fires (info) on a port published without an address, with the dclint alias', () => {
    const text = yaml('services:', '  db:', '    image: postgres:17', '    ports:', '      - "5432:5432"');
    const f = expectOne(text, RULE, '"5432:5432"', opts());
    assert.strictEqual(f.severity, 'info');
    assert.deepStrictEqual(f.aliases, ['no-unbound-port-interfaces']);
    assert.match(f.message, /ufw/);
  });
  it('does not fire on a loopback or explicit address, nor on long syntax with host_ip, nor on unpublished ports', () => {
    expectNone(yaml('services:', '  db:', '    image: postgres:17', '    ports:', '      - "127.0.0.1:5432:5432"', '      - "[::1]:6432:5432"', '      - "0.0.0.0:80:80"'), RULE, opts());
    expectNone(yaml('services:', '  db:', '    image: postgres:17', '    ports:', '      - target: 5432', '        published: "5432"', '        host_ip: 127.0.0.1', '      - target: 9000'), RULE, opts());
    expectNone(yaml('services:', '  db:', '    image: postgres:17', '    expose: ["5432"]'), RULE, opts());
  });
  it('a variable from .env is resolved; an unknown one is not guessed', () => {
    const text = yaml('services:', '  db:', '    image: postgres:17', '    ports:', '      - "${BIND}:5432:5432"');
    expectNone(text, RULE, opts());
    expectNone(text, RULE, opts({ files: { '/work/app/.env': 'BIND=127.0.0.1\n' } }));
    expectOne(yaml('services:', '  db:', '    image: postgres:17', '    ports:', '      - "${PORT:-5432}:5432"'), RULE, '"${PORT:-5432}:5432"', opts());
  });
  it('the message shows the port as written and as resolved from .env', () => {
    const text = yaml('services:', '  web:', '    image: nginx:1.30', '    ports:', '      - "${WEB_PORT}:80"', '      - "8081:81"');
    const found = findingsOf(text, RULE, opts({ files: { '/work/app/.env': 'WEB_PORT=8080\n' } }));
    assert.deepStrictEqual(found.map((f) => f.data?.port), ['${WEB_PORT}:80 (= 8080:80)', '8081:81']);
    assert.match(found[0].message, /publishes \$\{WEB_PORT\}:80 \(= 8080:80\) on every/);
  });
  it('fix binds 127.0.0.1, keeps quoting, and is idempotent', () => {
    const text = yaml('services:', '  web:', '    image: nginx:1.30', '    ports:', '      - "8080:80" # dev', '      - 9090:90', '      - 3000');
    const found = findingsOf(text, RULE, opts());
    assert.deepStrictEqual(found.map((f) => textAt(text, f.range)), ['"8080:80"', '9090:90', '3000']);
    let fixed = text;
    for (let i = 0; i < 3; i++) fixed = applyFix(fixed, findingsOf(fixed, RULE, opts())[0]);
    assert.strictEqual(fixed, yaml('services:', '  web:', '    image: nginx:1.30', '    ports:', '      - "127.0.0.1:8080:80" # dev', '      - 127.0.0.1:9090:90', '      - 127.0.0.1::3000'));
    expectNone(fixed, RULE, opts());
  });
  it('long syntax: the fix adds host_ip: 127.0.0.1 to the port\'s map, block or flow style, once', () => {
    const text = yaml('services:', '  db:', '    image: postgres:17', '    ports:', '      - target: 5432', '        published: "5432" # psql', '      - {target: 6432, published: 6432}');
    let fixed = text;
    for (let i = 0; i < 2; i++) fixed = applyFix(fixed, findingsOf(fixed, RULE, opts())[0]);
    assert.deepStrictEqual(parseAllDocuments(fixed).flatMap((d) => d.errors), []);
    const ports = (parseAllDocuments(fixed)[0].toJS() as { services: { db: { ports: Array<Record<string, unknown>> } } }).services.db.ports;
    assert.deepStrictEqual(ports.map((p) => p.host_ip), ['127.0.0.1', '127.0.0.1']);
    assert.match(fixed, /published: "5432" # psql\n/);
    expectNone(fixed, RULE, opts());
  });
});

describe(`${RULE}: --fix`, () => {
  it('the fix is manual: a quick fix, not applied by --fix', () => {
    const f = expectOne(yaml('services:', '  db:', '    image: postgres:17', '    ports: ["5432:5432"]'), RULE, '"5432:5432"', opts());
    assert.strictEqual(f.fix?.manual, true);
  });
});
