import * as assert from 'assert';
import { expectNone, expectOne, findingsOf, textAt } from '../../helpers';
import { opts, yaml } from '../util';

const RULE = 'compose-env-var-secret';

describe(RULE, () => {
  it('points at literal secret values in map and list syntax, without echoing them', () => {
    const f = expectOne(yaml('services:', '  db:', '    image: postgres:16', '    environment:', '      POSTGRES_PASSWORD: hunter2'), RULE, 'hunter2', opts());
    assert.deepStrictEqual(f.aliases, ['env-var-secret']);
    assert.doesNotMatch(f.message, /hunter2/);
    expectOne(yaml('services:', '  db:', '    image: postgres:16', '    environment:', '      - "API_TOKEN=abc123"'), RULE, 'abc123', opts());
    expectOne(yaml('services:', '  db:', '    image: postgres:16', '    environment: [PGPASSWORD=x1]'), RULE, 'x1', opts());
  });
  it('finds passwords inside URLs', () => {
    expectOne(yaml('services:', '  w:', '    image: a:1', '    environment:', '      DATABASE_URL: postgres://u:pw@db/app'), RULE, 'postgres://u:pw@db/app', opts());
  });
  it('accepts interpolations, pass-through, _FILE paths and switches', () => {
    const text = yaml(
      'services:',
      '  db:',
      '    image: postgres:16',
      '    environment:',
      '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}',
      '      API_TOKEN: $TOKEN',
      '      POSTGRES_PASSWORD_FILE: /run/secrets/db',
      '      MYSQL_ALLOW_EMPTY_PASSWORD: "yes"',
      '      SECRET_KEY:',
      '      DATABASE_URL: postgres://u:${DB_PW}@db/app',
      '      LOG_LEVEL: debug',
    );
    expectNone(text, RULE, opts());
    expectNone(yaml('services:', '  db:', '    image: a:1', '    environment:', '      - PASSWORD', '      - TOKEN=${T:-}'), RULE, opts());
  });
  it('reports a secret in an anchored environment block once per service using it', () => {
    const text = yaml('x-env: &env', '  JWT_SECRET: abc', 'services:', '  a:', '    image: a:1', '    environment: *env', '  b:', '    image: b:1', '    environment: *env');
    const found = findingsOf(text, RULE, opts());
    assert.strictEqual(found.length, 2);
    assert.ok(found.every((f) => textAt(text, f.range) === 'abc'));
  });
});
