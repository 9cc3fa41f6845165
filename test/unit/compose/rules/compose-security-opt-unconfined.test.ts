import * as assert from 'assert';
import { expectNone, findingsOf, textAt } from '../../helpers';
import { opts, yaml } from '../util';

const RULE = 'compose-security-opt-unconfined';

describe(RULE, () => {
  it('reports seccomp, apparmor and label options that switch confinement off', () => {
    const text = yaml('services:', '  w:', '    image: a:1', '    security_opt:', '      - seccomp:unconfined', '      - apparmor=unconfined', '      - label:disable', '      - no-new-privileges:true');
    const found = findingsOf(text, RULE, opts());
    assert.deepStrictEqual(found.map((f) => textAt(text, f.range)), ['seccomp:unconfined', 'apparmor=unconfined', 'label:disable']);
    assert.match(found[0].message, /system call/);
  });
  it('does not fire for custom profiles', () => {
    expectNone(yaml('services:', '  w:', '    image: a:1', '    security_opt: ["seccomp:./profile.json", "apparmor:docker-default"]'), RULE, opts());
  });
});
