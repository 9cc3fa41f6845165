import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { opts, yaml } from '../util';

const cases: Array<[string, string, string, string[], RegExp]> = [
  ['compose-host-network', 'network_mode', 'host', ['host-network'], /network namespace/],
  ['compose-host-pid', 'pid', 'host', ['host-pid'], /PID namespace/],
  ['compose-host-ipc', 'ipc', 'host', ['host-ipc'], /IPC namespace/],
  ['compose-host-userns', 'userns_mode', 'host', [], /user namespace/],
];

for (const [rule, key, value, aliases, says] of cases) {
  describe(rule, () => {
    it(`points at the ${key}: ${value} pair and names the namespace`, () => {
      const f = expectOne(yaml('services:', '  w:', '    image: a:1', `    ${key}: ${value}`), rule, `${key}: ${value}`, opts());
      assert.deepStrictEqual(f.aliases, aliases);
      assert.match(f.message, says);
      expectOne(yaml('services:', `  w: {image: "a:1", ${key}: "${value}"}`), rule, `${key}: "${value}"`, opts());
    });
    it('does not fire for other modes', () => {
      expectNone(yaml('services:', '  w:', '    image: a:1', `    ${key}: "service:db"`), rule, opts());
      expectNone(yaml('services:', '  w:', '    image: a:1'), rule, opts());
    });
  });
}

describe('host namespaces in a sandboxed runtime', () => {
  it('pid/ipc/userns drop to info, the host network does not (runsc passes it through)', () => {
    const text = yaml('services:', '  w:', '    image: a:1', '    runtime: runsc', '    pid: host', '    network_mode: host');
    assert.strictEqual(expectOne(text, 'compose-host-pid', 'pid: host', opts()).severity, 'info');
    assert.strictEqual(expectOne(text, 'compose-host-network', 'network_mode: host', opts()).severity, 'warning');
  });
});
