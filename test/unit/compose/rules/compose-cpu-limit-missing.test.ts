import * as assert from 'assert';
import { expectFix, expectNone, expectOne } from '../../helpers';
import { opts, yaml } from '../util';

const RULE = 'compose-cpu-limit-missing';
const on = opts({ config: (c) => (c.policy.cpuLimits = true) });

describe(RULE, () => {
  it('is a policy: silent by default, fires on the service name when policy.cpuLimits is on', () => {
    const text = yaml('services:', '  worker:', '    image: python:3.12-slim', '    mem_limit: 1g');
    expectNone(text, RULE, opts());
    const f = expectOne(text, RULE, 'worker', on);
    assert.deepStrictEqual(f.aliases, ['unset-cpu-requirements']);
  });
  it('can also be switched on through the rules section', () => {
    expectOne(yaml('services:', '  worker:', '    image: python:3.12-slim'), RULE, 'worker', opts({ config: (c) => c.rules.set('compose-cpu-limit-missing', 'warning') }));
  });
  it('accepts deploy limits cpus, cpus and cpu_quota', () => {
    expectNone(yaml('services:', '  w:', '    image: a:1', '    deploy: {resources: {limits: {cpus: "0.5"}}}'), RULE, on);
    expectNone(yaml('services:', '  w:', '    image: a:1', '    cpus: 1.5'), RULE, on);
    expectNone(yaml('services:', '  w:', '    image: a:1', '    cpu_quota: 50000'), RULE, on);
  });
  it('fix adds a legacy cpus key next to mem_limit', () => {
    expectFix(yaml('services:', '  w:', '    image: a:1', '    mem_limit: 1g'), RULE, yaml('services:', '  w:', '    image: a:1', '    mem_limit: 1g', '    cpus: "0.5"'), on);
  });
  it('fix adds deploy.resources.limits.cpus to an existing limits block', () => {
    expectFix(
      yaml('services:', '  w:', '    image: a:1', '    deploy:', '      resources:', '        limits:', '          memory: 1G'),
      RULE,
      yaml('services:', '  w:', '    image: a:1', '    deploy:', '      resources:', '        limits:', '          memory: 1G', '          cpus: "0.5"'),
      on,
    );
  });
});
