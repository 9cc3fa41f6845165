import * as assert from 'assert';
import { setKnowledgeClock } from '../../../../src/core/knowledge';
import { expectNone, expectOne } from '../../helpers';
import { opts, yaml } from '../util';

const RULE = 'compose-image-eol';

describe(RULE, () => {
  before(() => setKnowledgeClock(new Date('2025-06-01T00:00:00Z')));
  after(() => setKnowledgeClock(undefined));
  it('reports an end-of-life release at the tag, naming the date', () => {
    const f = expectOne(yaml('services:', '  w:', '    image: python:3.8-slim'), RULE, '3.8-slim', opts());
    assert.strictEqual(f.severity, 'warning');
    assert.match(f.message, /Python 3\.8.*2024-10-07/);
  });
  it('does not fire for supported releases or unknown images', () => {
    expectNone(yaml('services:', '  w:', '    image: python:3.12-slim'), RULE, opts());
    expectNone(yaml('services:', '  w:', '    image: acme/app:1.0'), RULE, opts());
  });
});
