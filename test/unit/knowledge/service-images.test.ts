import * as assert from 'assert';
import { describeImageName, setKnowledgeClock } from '../../../src/core/knowledge';
import { expectNone, findingsOf } from '../helpers';

const NOW = new Date('2026-12-05T12:00:00Z');

describe('knowledge: official server images (databases, web servers) and their release lines', () => {
  before(() => setKnowledgeClock(NOW));
  after(() => setKnowledgeClock(undefined));

  it('reads the release line from the tag, with the distribution a codename names', () => {
    const pg = describeImageName('postgres:12', NOW);
    assert.strictEqual(pg.runtime?.product, 'postgres');
    assert.strictEqual(pg.runtime?.eol?.date, '2024-11-21');
    assert.strictEqual(describeImageName('mariadb:10.5-focal', NOW).distro?.codename, 'focal');
    assert.strictEqual(describeImageName('mongo:4.4', NOW).runtime?.product, 'mongodb');
    assert.strictEqual(describeImageName('nginx:1.20', NOW).runtime?.product, 'nginx');
  });

  it('says the entrypoint starts as root and which user the server runs as, without calling the image root', () => {
    const redis = describeImageName('redis:7.4', NOW);
    assert.strictEqual(redis.defaultUser, undefined);
    assert.match(redis.defaultUserNote ?? '', /runs the server as redis/);
  });

  it('reports end-of-life lines and stays quiet on supported ones', () => {
    const old = findingsOf('FROM postgres:12\nUSER postgres\n', 'base-image-end-of-life');
    assert.strictEqual(old.length, 1);
    assert.match(old[0].message, /PostgreSQL 12 reached end of life on 2024-11-21/);
    assert.strictEqual(findingsOf('FROM mysql:5.7\nUSER mysql\n', 'base-image-end-of-life').length, 1);
    expectNone('FROM postgres:17-bookworm\nUSER postgres\n', 'base-image-end-of-life');
    expectNone('FROM redis:7.4-alpine\nUSER redis\n', 'base-image-end-of-life');
  });

  it('does not call a server image heavy for lack of a size', () => {
    expectNone('FROM postgres:17\nUSER postgres\n', 'base-image-heavy');
  });
});
