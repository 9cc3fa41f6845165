import * as assert from 'assert';
import { describeImageName, isHeavy, knowledgeAge, setKnowledgeClock } from '../../../src/core/knowledge';
import { parseImageRef, shortRepository } from '../../../src/core/base/model/image-ref';
import { isDockerfileTemplate, templateMarkerLine } from '../../../src/core/formats/dockerfile/template-detect';

const NOW = new Date('2026-12-05T12:00:00Z');
const d = (raw: string) => describeImageName(raw, NOW);

describe('knowledge: precision on real projects', () => {
  before(() => setKnowledgeClock(NOW));
  after(() => setKnowledgeClock(undefined));

  it('reads every Docker Hub spelling of an official image as the short name', () => {
    for (const raw of ['debian:12', 'docker.io/debian:12', 'index.docker.io/library/debian:12', 'docker.io/library/debian:12', 'registry-1.docker.io/library/debian:12']) {
      const ref = parseImageRef(raw);
      assert.strictEqual(shortRepository(ref), 'debian', raw);
      assert.strictEqual(d(raw).distro?.codename, 'bookworm', raw);
    }
    assert.strictEqual(parseImageRef('index.docker.io/library/debian').registry, 'index.docker.io', 'the written registry is kept');
  });

  it('knows the non-root user of chiseled and distroless .NET images, and that the others start as root', () => {
    const chiseled = d('mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled');
    assert.strictEqual(chiseled.runsAsNonRootByDefault, true);
    assert.strictEqual(chiseled.defaultUid, 1654);
    assert.strictEqual(d('mcr.microsoft.com/dotnet/runtime-deps:10.0-azurelinux3.0-distroless').runsAsNonRootByDefault, true);
    assert.strictEqual(d('mcr.microsoft.com/dotnet/sdk:8.0').runsAsNonRootByDefault, false);
    assert.strictEqual(d('mcr.microsoft.com/dotnet/sdk:8.0').defaultUser, 'root');
  });

  it('has .NET, database and old-line end-of-life dates', () => {
    assert.strictEqual(d('mcr.microsoft.com/dotnet/aspnet:8.0').runtime?.eol?.isPastEol, true);
    assert.strictEqual(d('mcr.microsoft.com/dotnet/aspnet:9.0').runtime?.eol?.date, '2026-11-10');
    assert.strictEqual(d('mcr.microsoft.com/dotnet/aspnet:8.0').runtime?.successor, '.NET 10 LTS');
    assert.strictEqual(d('alpine:3.6').distro?.eol?.date, '2019-05-01');
    assert.strictEqual(d('node:0.12').runtime?.eol?.isPastEol, true);
    assert.strictEqual(d('php:5.4-apache').runtime?.eol?.isPastEol, true);
    assert.strictEqual(d('ubuntu:23.10').distro?.eol?.isPastEol, true);
  });

  it('says a version is unknown instead of labelling it as checked', () => {
    const future = d('python:3.99-slim');
    assert.strictEqual(future.runtime?.inTable, false);
    assert.strictEqual(future.runtime?.eol, undefined);
    assert.strictEqual(d('python:3.12').runtime?.inTable, true);
  });

  it('does not call small distribution images heavy', () => {
    assert.ok(!isHeavy(d('ubuntu:18.04')));
    assert.ok(isHeavy(d('python:3.12')));
  });

  it('dates the table and calls it stale after six months', () => {
    assert.strictEqual(knowledgeAge(NOW).stale, false);
    assert.strictEqual(knowledgeAge(new Date('2027-06-01T00:00:00Z')).stale, true);
  });
});

describe('Dockerfile template detection', () => {
  it('finds template markers where instructions or the base image stand', () => {
    assert.strictEqual(templateMarkerLine('{{\n  set x to 1 ^\n}}FROM a\n'), 0);
    assert.strictEqual(templateMarkerLine('# comment\n{% if x %}\nFROM a\n{% endif %}\n'), 1);
    assert.strictEqual(templateMarkerLine('FROM {{ .Base }}\nRUN true\n'), 0);
    assert.ok(isDockerfileTemplate('FROM alpine\n', '/x/Dockerfile.j2'));
    assert.ok(isDockerfileTemplate('FROM alpine\n', '/x/Dockerfile.template'));
  });

  it('ignores braces in RUN arguments, continuations and heredocs', () => {
    assert.strictEqual(templateMarkerLine("FROM alpine\nRUN docker inspect --format '{{.Id}}' x\n"), -1);
    assert.strictEqual(templateMarkerLine('FROM alpine\nRUN echo \\\n{{x}}\n'), -1);
    assert.strictEqual(templateMarkerLine('FROM alpine\nRUN <<EOF\n{{ not a template }}\nEOF\n'), -1);
    assert.strictEqual(templateMarkerLine('FROM ${BASE}\n'), -1);
    assert.ok(!isDockerfileTemplate('FROM alpine\n', '/x/Dockerfile'));
  });
});
