import { expectFix, expectNone, expectOne } from '../../helpers';
import { opts, yaml } from '../util';

const RULE = 'compose-pids-limit-missing';
const on = opts({ config: (c) => (c.policy.pidsLimit = true) });

describe(RULE, () => {
  it('is a policy: silent by default, fires on the service name when policy.pidsLimit is on', () => {
    const text = yaml('services:', '  worker:', '    image: python:3.12-slim');
    expectNone(text, RULE, opts());
    expectOne(text, RULE, 'worker', on);
  });
  it('accepts pids_limit and deploy.resources.limits.pids, not -1', () => {
    expectNone(yaml('services:', '  w:', '    image: a:1', '    pids_limit: 100'), RULE, on);
    expectNone(yaml('services:', '  w:', '    image: a:1', '    deploy: {resources: {limits: {pids: 50}}}'), RULE, on);
    expectOne(yaml('services:', '  w:', '    image: a:1', '    pids_limit: -1'), RULE, 'w', on);
  });
  it('fix adds pids_limit from resourceDefaults and keeps a trailing comment line', () => {
    expectFix(
      yaml('services:', '  w:', '    image: a:1', '# end'),
      RULE,
      yaml('services:', '  w:', '    image: a:1', '    pids_limit: 300', '# end'),
      opts({ config: (c) => ((c.policy.pidsLimit = true), (c.resourceDefaults.pidsLimit = 300)) }),
    );
  });
});
