import * as assert from 'assert';
import { expectNone, findingsOf, textAt } from '../../helpers';
import { opts, yaml } from '../util';

const RULE = 'compose-dangerous-capability';

describe(RULE, () => {
  it('reports each dangerous capability at its list item, with or without CAP_ and in flow style', () => {
    const text = yaml('services:', '  w:', '    image: a:1', '    cap_add:', '      - SYS_ADMIN', '      - NET_BIND_SERVICE', '      - cap_sys_ptrace');
    const found = findingsOf(text, RULE, opts());
    assert.deepStrictEqual(found.map((f) => textAt(text, f.range)), ['SYS_ADMIN', 'cap_sys_ptrace']);
    const flow = yaml('services:', '  w: {image: "a:1", cap_add: [ALL, NET_ADMIN]}');
    assert.deepStrictEqual(findingsOf(flow, RULE, opts()).map((f) => textAt(flow, f.range)), ['ALL', 'NET_ADMIN']);
  });
  it('escape capabilities are errors, as in Kubernetes manifests; the others stay warnings', () => {
    const text = yaml('services:', '  w:', '    image: a:1', '    cap_add: [SYS_ADMIN, NET_ADMIN, cap_sys_ptrace, SYS_TIME]');
    assert.deepStrictEqual(
      findingsOf(text, RULE, opts()).map((f) => `${textAt(text, f.range)}:${f.severity}`),
      ['SYS_ADMIN:error', 'NET_ADMIN:warning', 'cap_sys_ptrace:error', 'SYS_TIME:warning'],
    );
  });
  it('does not fire for harmless capabilities or cap_drop', () => {
    expectNone(yaml('services:', '  w:', '    image: a:1', '    cap_add: [NET_BIND_SERVICE, CHOWN]', '    cap_drop: [SYS_ADMIN]'), RULE, opts());
  });
});
