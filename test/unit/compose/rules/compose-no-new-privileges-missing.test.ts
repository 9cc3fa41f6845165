import * as assert from 'assert';
import { expectFix, expectNone, expectOne } from '../../helpers';
import { opts, yaml } from '../util';

const RULE = 'compose-no-new-privileges-missing';

describe(RULE, () => {
  it('is an info on the service name, with the kube-linter alias', () => {
    const f = expectOne(yaml('services:', '  web:', '    image: a:1'), RULE, 'web', opts());
    assert.strictEqual(f.severity, 'info');
    assert.deepStrictEqual(f.aliases, ['privilege-escalation-container']);
  });
  it('accepts no-new-privileges, :true and =true', () => {
    for (const v of ['no-new-privileges', 'no-new-privileges:true', 'no-new-privileges=true']) {
      expectNone(yaml('services:', '  web:', '    image: a:1', '    security_opt:', `      - ${v}`), RULE, opts());
    }
  });
  it('points at an explicit no-new-privileges:false and offers no fix for it', () => {
    const f = expectOne(yaml('services:', '  web:', '    image: a:1', '    security_opt: [no-new-privileges:false]'), RULE, 'no-new-privileges:false', opts());
    assert.strictEqual(f.fix, undefined);
  });
  it('fix adds a security_opt list', () => {
    expectFix(yaml('services:', '  web:', '    image: a:1'), RULE, yaml('services:', '  web:', '    image: a:1', '    security_opt:', '      - no-new-privileges:true'), opts());
  });
  it('fix appends to an existing block or flow list', () => {
    expectFix(
      yaml('services:', '  web:', '    image: a:1', '    security_opt:', '      - label:type:svirt_apache_t', '    ports: ["80:80"]'),
      RULE,
      yaml('services:', '  web:', '    image: a:1', '    security_opt:', '      - label:type:svirt_apache_t', '      - no-new-privileges:true', '    ports: ["80:80"]'),
      opts(),
    );
    expectFix(
      yaml('services:', '  web:', '    image: a:1', '    security_opt: [apparmor:docker-default]'),
      RULE,
      yaml('services:', '  web:', '    image: a:1', '    security_opt: [apparmor:docker-default, no-new-privileges:true]'),
      opts(),
    );
  });
  it('does not fire on a Windows container (a Windows image, platform: windows, a build from a Windows base)', () => {
    expectNone(yaml('services:', '  iis:', '    image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022'), RULE, opts());
    expectNone(yaml('services:', '  app:', '    image: example.com/app:1', '    platform: windows/amd64'), RULE, opts());
    const files = { '/work/app/api/Dockerfile': 'FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2022\n' };
    expectNone(yaml('services:', '  api:', '    build: ./api'), RULE, opts({ files }));
  });
  it('still fires on a Linux build and a Linux platform', () => {
    expectOne(yaml('services:', '  api:', '    build: ./api'), RULE, 'api', opts({ files: { '/work/app/api/Dockerfile': 'FROM debian:12\n' } }));
    expectOne(yaml('services:', '  app:', '    image: example.com/app:1', '    platform: linux/arm64'), RULE, 'app', opts());
  });
});
