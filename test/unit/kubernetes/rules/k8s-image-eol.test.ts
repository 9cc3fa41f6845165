import * as assert from 'assert';
import { setKnowledgeClock } from '../../../../src/core/knowledge';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-image-eol', () => {
  before(() => setKnowledgeClock(new Date('2025-06-01T00:00:00Z')));
  after(() => setKnowledgeClock(undefined));
  it('points at the tag of an end-of-life runtime and names a successor', () => {
    const f = expectOne(deployment({ image: 'python:3.7-slim' }), 'k8s-image-eol', '3.7-slim', opts());
    assert.match(f.message, /Python 3\.7, which reached end of life/);
    assert.match(f.message, /Move to/);
  });
  it('does not fire for a supported or unknown image', () => {
    expectNone(deployment({ image: 'python:3.12-slim' }), 'k8s-image-eol', opts());
    expectNone(deployment({ image: 'example.com/team/app:1.0' }), 'k8s-image-eol', opts());
  });
});
