import * as assert from 'assert';
import { expectNone, expectOne, findingsOf, textAt } from '../../helpers';
import { opts, yaml } from '../util';

describe('compose-docker-socket', () => {
  const RULE = 'compose-docker-socket';
  it('points at the socket path in short and long syntax, even read-only', () => {
    const f = expectOne(yaml('services:', '  w:', '    image: a:1', '    volumes:', '      - /var/run/docker.sock:/var/run/docker.sock:ro'), RULE, '/var/run/docker.sock', opts());
    assert.deepStrictEqual(f.aliases, ['docker-sock']);
    assert.match(f.message, /read-only does not restrict/);
    expectOne(
      yaml('services:', '  w:', '    image: a:1', '    volumes:', '      - type: bind', '        source: /run/containerd/containerd.sock', '        target: /c.sock'),
      RULE,
      '/run/containerd/containerd.sock',
      opts(),
    );
    expectOne(yaml('services:', '  w:', '    image: a:1', '    volumes: ["//./pipe/docker_engine://./pipe/docker_engine"]'), RULE, '//./pipe/docker_engine', opts());
  });
  it('is not dropped by a sandboxed runtime, and ignores named volumes', () => {
    assert.strictEqual(
      expectOne(yaml('services:', '  w:', '    image: a:1', '    runtime: runsc', '    volumes: [/var/run/docker.sock:/s]'), RULE, '/var/run/docker.sock', opts()).severity,
      'error',
    );
    expectNone(yaml('services:', '  w:', '    image: a:1', '    volumes: [docker.sock:/s]'), RULE, opts());
  });
});

describe('compose-sensitive-host-mount', () => {
  const RULE = 'compose-sensitive-host-mount';
  it('points at sensitive host paths', () => {
    const f = expectOne(yaml('services:', '  w:', '    image: a:1', '    volumes:', '      - /etc:/host/etc:ro'), RULE, '/etc', opts());
    assert.deepStrictEqual(f.aliases, ['sensitive-host-mounts']);
    expectOne(yaml('services:', '  w:', '    image: a:1', '    volumes: ["/:/rootfs"]'), RULE, '/', opts());
    expectOne(yaml('services:', '  w:', '    image: a:1', '    volumes: ["~/.ssh:/root/.ssh"]'), RULE, '~/.ssh', opts());
    expectOne(yaml('services:', '  w:', '    image: a:1', '    volumes: ["${HOME}/.aws:/root/.aws:ro"]'), RULE, '${HOME}/.aws', opts());
  });
  it('does not fire for the time zone files read-only, project paths, named volumes or the docker socket', () => {
    expectNone(
      yaml('services:', '  w:', '    image: a:1', '    volumes:', '      - /etc/localtime:/etc/localtime:ro', '      - ./data:/data', '      - data:/var/lib/data', '      - /var/run/docker.sock:/s'),
      RULE,
      opts(),
    );
  });
});

describe('compose-writable-host-mount', () => {
  const RULE = 'compose-writable-host-mount';
  it('reports writable bind mounts (short and long syntax) as info', () => {
    const text = yaml(
      'services:',
      '  w:',
      '    image: a:1',
      '    volumes:',
      '      - ./src:/app',
      '      - ./conf:/etc/app:ro',
      '      - type: bind',
      '        source: ./out',
      '        target: /out',
      '      - type: bind',
      '        source: ./in',
      '        target: /in',
      '        read_only: true',
      '      - cache:/cache',
      '      - /anonymous',
    );
    const found = findingsOf(text, RULE, opts());
    assert.deepStrictEqual(found.map((f) => textAt(text, f.range).split('\n')[0]), ['./src:/app', 'type: bind']);
    assert.strictEqual(found[0].severity, 'info');
    assert.deepStrictEqual(found[0].aliases, ['writable-host-mount']);
  });
  it('leaves sensitive paths and sockets to their own rules', () => {
    expectNone(yaml('services:', '  w:', '    image: a:1', '    volumes: [/etc:/e, /var/run/docker.sock:/s]'), RULE, opts());
  });
  it('keeps Windows drive letters in the source', () => {
    expectOne(yaml('services:', '  w:', '    image: a:1', '    volumes: ["C:\\\\data:/data"]'), RULE, '"C:\\\\data:/data"', opts());
  });
});
