import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { opts, yaml } from '../util';

const RULE = 'compose-image-latest-tag';

describe(RULE, () => {
  it('points at the latest tag, also quoted', () => {
    const f = expectOne(yaml('services:', '  w:', '    image: redis:latest'), RULE, 'latest', opts());
    assert.deepStrictEqual(f.aliases, ['latest-tag']);
    assert.deepStrictEqual(f.range.start, { line: 2, character: 17 });
    expectOne(yaml('services:', '  w:', '    image: "ghcr.io/acme/app:latest"'), RULE, 'latest', opts());
  });
  it('points at the whole value of an untagged image', () => {
    expectOne(yaml('services:', '  w:', '    image: redis'), RULE, 'redis', opts());
    expectOne(yaml('services:', '  w: {image: "localhost:5000/app"}'), RULE, '"localhost:5000/app"', opts());
  });
  it('does not fire for versions, digests, variables or images a build: produces', () => {
    expectNone(yaml('services:', '  w:', '    image: redis:7.4-alpine'), RULE, opts());
    expectNone(yaml('services:', '  w:', '    image: redis@sha256:' + 'a'.repeat(64)), RULE, opts());
    expectNone(yaml('services:', '  w:', '    image: ${REGISTRY}/app:${TAG}'), RULE, opts());
    expectNone(yaml('services:', '  w:', '    build: .', '    image: acme/app'), RULE, opts());
  });
});
