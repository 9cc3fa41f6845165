import * as assert from 'assert';
import { localizedMessage } from '../../../../src/core/base/l10n/rule-text';
import { expectNone, expectOne } from '../../helpers';
import { opts, yaml } from '../util';

const RULE = 'compose-service-runs-as-root';

describe(RULE, () => {
  it('links a build: service to a Dockerfile without USER, pointing at the final FROM', () => {
    const dockerfile = 'FROM golang:1.22 AS build\nRUN go build -o /app\nFROM debian:12-slim\nCOPY --from=build /app /app\nCMD ["/app"]\n';
    const f = expectOne(yaml('services:', '  api:', '    build: ./api'), RULE, 'api', opts({ files: { '/work/app/api/Dockerfile': dockerfile } }));
    assert.deepStrictEqual(f.aliases, ['run-as-non-root']);
    assert.strictEqual(f.related?.length, 1);
    assert.strictEqual(f.related![0].path, '/work/app/api/Dockerfile');
    assert.deepStrictEqual(f.related![0].range, { start: { line: 2, character: 5 }, end: { line: 2, character: 19 } });
  });
  it('resolves context + dockerfile and points at USER root', () => {
    const dockerfile = 'FROM node:20-slim\nUSER node\nRUN true\nUSER root\nCMD ["node"]\n';
    const f = expectOne(
      yaml('services:', '  web:', '    build:', '      context: ./web', '      dockerfile: docker/Dockerfile.prod'),
      RULE,
      'web',
      opts({ files: { '/work/app/web/docker/Dockerfile.prod': dockerfile } }),
    );
    assert.strictEqual(f.related![0].range.start.line, 3);
    assert.match(f.related![0].message, /USER root/);
  });
  it('does not fire for a non-root final stage, a non-root base image, an explicit user:, or a missing Dockerfile', () => {
    expectNone(yaml('services:', '  api:', '    build: ./api'), RULE, opts({ files: { '/work/app/api/Dockerfile': 'FROM debian:12\nUSER 10001\n' } }));
    expectNone(yaml('services:', '  api:', '    build: ./api'), RULE, opts({ files: { '/work/app/api/Dockerfile': 'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /\n' } }));
    expectNone(yaml('services:', '  api:', '    build: ./api', '    user: "1000"'), RULE, opts({ files: { '/work/app/api/Dockerfile': 'FROM debian:12\n' } }));
    expectNone(yaml('services:', '  api:', '    build: ./api'), RULE, opts());
    expectNone(yaml('services:', '  api:', '    build: https://github.com/acme/api.git'), RULE, opts());
  });
  it('uses the build target stage, not the last one', () => {
    const dockerfile = 'FROM debian:12 AS prod\nUSER app\nFROM debian:12 AS debug\n';
    expectNone(yaml('services:', '  api:', '    build: {context: ., target: prod}'), RULE, opts({ files: { '/work/app/Dockerfile': dockerfile } }));
    expectOne(yaml('services:', '  api:', '    build: {context: ., target: debug}'), RULE, 'api', opts({ files: { '/work/app/Dockerfile': dockerfile } }));
  });
  it('reads a build target written with a variable after interpolation from .env, and leaves an unresolved one unknown', () => {
    const dockerfile = 'FROM debian:12 AS prod\nUSER app\nFROM debian:12 AS dev\n';
    const compose = yaml('services:', '  api:', '    build: {context: ., target: "${TARGET:-prod}"}');
    expectOne(compose, RULE, 'api', opts({ files: { '/work/app/Dockerfile': dockerfile, '/work/app/.env': 'TARGET=dev\n' } }));
    expectNone(compose, RULE, opts({ files: { '/work/app/Dockerfile': dockerfile } }));
    expectNone(yaml('services:', '  api:', '    build: {context: ., target: "${TARGET:?set it}"}'), RULE, opts({ files: { '/work/app/Dockerfile': dockerfile } }));
  });
  it('drops to info in a sandboxed runtime', () => {
    const f = expectOne(yaml('services:', '  api:', '    build: .', '    runtime: runsc'), RULE, 'api', opts({ files: { '/work/app/Dockerfile': 'FROM debian:12\n' } }));
    assert.strictEqual(f.severity, 'info');
  });
  it('says why the image runs as root, in English and in Korean', () => {
    const cases: Array<[string, string]> = [
      ['FROM node:20-slim\nUSER node\nUSER root\n', "Service 'api' runs as root: it sets no user:, and the image it builds runs as root (USER root on line 3 is root)."],
      ['FROM debian:12\n', "Service 'api' runs as root: it sets no user:, and the image it builds runs as root (no USER, and debian runs as root by default)."],
      ['FROM registry.example/acme/base:1\n', "Service 'api' runs as root: it sets no user:, and the image it builds runs as root (no USER in the Dockerfile, and 'registry.example/acme/base:1' is not known to set one)."],
    ];
    for (const [dockerfile, message] of cases) {
      const f = expectOne(yaml('services:', '  api:', '    build: ./api'), RULE, 'api', opts({ files: { '/work/app/api/Dockerfile': dockerfile } }));
      assert.strictEqual(f.message, message);
      assert.match(localizedMessage(f, 'ko'), /^서비스 'api'.*[\uac00-\ud7a3]/);
    }
  });
  it('a user from the default override file or an extends chain in another file counts as set', () => {
    const dockerfile = { '/work/app/api/Dockerfile': 'FROM python:3.12-slim\nCMD ["python"]\n' };
    const text = yaml('services:', '  api:', '    build: ./api');
    expectOne(text, RULE, 'api', opts({ files: dockerfile }));
    expectNone(text, RULE, opts({ files: { ...dockerfile, '/work/app/compose.override.yaml': yaml('services:', '  api:', '    user: "10001"') } }));
    const extending = yaml('services:', '  job:', '    build: ./api', '    extends: {file: ../shared/common.yaml, service: nonroot}');
    expectNone(extending, RULE, opts({ files: { ...dockerfile, '/work/shared/common.yaml': yaml('services:', '  nonroot:', '    image: busybox:1.37', '    user: "1000"') } }));
    expectOne(extending, RULE, 'job', opts({ files: { ...dockerfile, '/work/shared/common.yaml': yaml('services:', '  nonroot:', '    image: busybox:1.37') } }));
  });
});
