import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { opts, yaml } from '../util';

const RULE = 'compose-privileged-container';

describe(RULE, () => {
  it('points at the privileged: true pair, explains, and offers no fix', () => {
    const f = expectOne(yaml('services:', '  w:', '    image: a:1', '    privileged: true'), RULE, 'privileged: true', opts());
    assert.deepStrictEqual(f.aliases, ['privileged-container']);
    assert.strictEqual(f.severity, 'error');
    assert.strictEqual(f.fix, undefined);
    assert.match(f.message, /not changed automatically/);
  });
  it('finds it in flow style and through a merge key (pointing at the anchored pair)', () => {
    expectOne(yaml('services:', '  w: {image: "a:1", privileged: yes}'), RULE, 'privileged: yes', opts());
    const text = yaml('x-base: &base', '  privileged: true', 'services:', '  w:', '    <<: *base', '    image: a:1');
    const f = expectOne(text, RULE, 'privileged: true', opts());
    assert.strictEqual(f.range.start.line, 1);
  });
  it('does not fire for privileged: false', () => {
    expectNone(yaml('services:', '  w:', '    image: a:1', '    privileged: false'), RULE, opts());
  });
  it('drops to info with the reason under runtime: runsc, kata-* and isolation: hyperv', () => {
    const f = expectOne(yaml('services:', '  w:', '    image: a:1', '    runtime: runsc', '    privileged: true'), RULE, 'privileged: true', opts());
    assert.strictEqual(f.severity, 'info');
    assert.match(f.message, /gVisor/);
    assert.match(f.message, /devices the sandbox gives it, no longer the host's/);
    assert.doesNotMatch(f.message, /a compromise of it is a compromise of the host/);
    assert.strictEqual(expectOne(yaml('services:', '  w:', '    image: a:1', '    runtime: kata-qemu', '    privileged: true'), RULE, 'privileged: true', opts()).severity, 'info');
    assert.strictEqual(expectOne(yaml('services:', '  w:', '    image: a:1', '    isolation: hyperv', '    privileged: true'), RULE, 'privileged: true', opts()).severity, 'info');
    assert.strictEqual(expectOne(yaml('services:', '  w:', '    image: a:1', '    runtime: runc', '    privileged: true'), RULE, 'privileged: true', opts()).severity, 'error');
  });
});
