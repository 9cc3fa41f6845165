import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { opts, yaml } from '../util';

const RULE = 'compose-user-root';

describe(RULE, () => {
  for (const user of ['root', '"0"', '0:0', 'root:root', '"0:1000"']) {
    it(`points at user: ${user}`, () => {
      const f = expectOne(yaml('services:', '  w:', '    image: a:1', `    user: ${user}`), RULE, user, opts());
      assert.deepStrictEqual(f.aliases, ['run-as-non-root']);
    });
  }
  it('does not fire for non-root users', () => {
    expectNone(yaml('services:', '  w:', '    image: a:1', '    user: "1000:1000"'), RULE, opts());
    expectNone(yaml('services:', '  w:', '    image: a:1', '    user: app'), RULE, opts());
    expectNone(yaml('services:', '  w:', '    image: a:1', '    user: "10"'), RULE, opts());
  });
  it('drops to info in a Kata runtime', () => {
    assert.strictEqual(expectOne(yaml('services:', '  w:', '    image: a:1', '    runtime: kata-clh', '    user: root'), RULE, 'root', opts()).severity, 'info');
  });
  it('a root user the default override file replaces is not the one that runs; the override\'s own root is reported there', () => {
    const text = yaml('services:', '  w:', '    image: a:1', '    user: root');
    expectOne(text, RULE, 'root', opts());
    expectNone(text, RULE, opts({ files: { '/work/app/compose.override.yaml': yaml('services:', '  w:', '    user: "10001"') } }));
    expectOne(text, RULE, 'root', opts({ files: { '/work/app/compose.override.yaml': yaml('services:', '  w:', '    environment: {A: "1"}') } }));
  });
});
