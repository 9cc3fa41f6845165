import * as assert from 'assert';
import { describeImage, describeImageName, isHeavy, parseTag } from '../../../src/core/knowledge';
import { parseImageRef } from '../../../src/core/base/model/image-ref';

const NOW = new Date('2026-11-28T12:00:00Z');
const d = (raw: string) => describeImageName(raw, NOW);

describe('knowledge: describeImage', () => {
  it('reads python:3.8-slim-buster as Python 3.8 (past EOL) on Debian 10 buster (past EOL), slim', () => {
    const f = d('python:3.8-slim-buster');
    assert.strictEqual(f.osFamily, 'linux');
    assert.strictEqual(f.sizeClass, 'slim');
    assert.strictEqual(f.runtime?.label, 'Python 3.8');
    assert.strictEqual(f.runtime?.eol?.date, '2024-10-07');
    assert.strictEqual(f.runtime?.eol?.isPastEol, true);
    assert.match(f.runtime!.eol!.source, /endoflife\.date\/python/);
    assert.strictEqual(f.distro?.label, 'Debian 10 (buster)');
    assert.strictEqual(f.distro?.eol?.date, '2024-06-30');
    assert.strictEqual(f.distro?.eol?.regularEnd, '2022-09-10');
    assert.strictEqual(f.distro?.eol?.isPastEol, true);
    assert.strictEqual(f.defaultUser, 'root');
  });

  it('reads node:16-alpine, ubuntu codenames, debian:stretch-slim and centos:7', () => {
    const node = d('node:16-alpine');
    assert.strictEqual(node.sizeClass, 'alpine');
    assert.strictEqual(node.runtime?.eol?.date, '2023-09-11');
    assert.strictEqual(node.distro?.product, 'alpine');
    assert.strictEqual(node.runtime?.successor, 'Node.js 26 LTS');

    const xenial = d('ubuntu:xenial');
    assert.strictEqual(xenial.distro?.version, '16.04');
    assert.strictEqual(xenial.distro?.eol?.date, '2021-04-02');
    assert.strictEqual(xenial.distro?.eol?.extended?.date, '2026-04-02');
    assert.strictEqual(d('ubuntu:jammy-20240111').distro?.version, '22.04');
    assert.strictEqual(d('ubuntu:24.04').distro?.eol?.isPastEol, false);

    const stretch = d('debian:stretch-slim');
    assert.strictEqual(stretch.sizeClass, 'slim');
    assert.strictEqual(stretch.distro?.version, '9');
    assert.strictEqual(stretch.distro?.eol?.isPastEol, true);
    assert.strictEqual(d('debian:12.5').distro?.codename, 'bookworm');

    const centos = d('centos:7');
    assert.strictEqual(centos.distro?.eol?.date, '2024-06-30');
    assert.strictEqual(centos.sizeClass, 'full-os');
    assert.ok(centos.deprecated);
    assert.strictEqual(d('centos:centos8').distro?.eol?.date, '2021-12-31');
    assert.strictEqual(d('centos:6.10').distro?.eol?.date, '2020-11-30');
    assert.strictEqual(d('quay.io/centos/centos:stream8').distro?.eol?.date, '2024-05-31');
    assert.strictEqual(d('quay.io/centos/centos:stream9').distro?.eol?.isPastEol, false);
  });

  it('knows runtime lines: golang by minor, Java non-LTS, Ruby, PHP, alpine branches', () => {
    assert.strictEqual(d('golang:1.21.5-bookworm').runtime?.eol?.date, '2024-08-13');
    assert.strictEqual(d('golang:1.26').runtime?.eol?.estimated, true);
    assert.strictEqual(d('eclipse-temurin:17-jdk-jammy').runtime?.eol?.date, '2027-10-31', 'Temurin LTS lines carry Adoptium dates');
    assert.strictEqual(d('eclipse-temurin:17-jdk-jammy').distro?.label, 'Ubuntu 22.04 (jammy)');
    assert.strictEqual(d('openjdk:19-jdk').runtime?.eol?.date, '2023-03-21');
    assert.strictEqual(d('openjdk:8u342-jre').runtime?.version, '8');
    assert.strictEqual(d('eclipse-temurin:17.0.9_9-jre').runtime?.version, '17');
    assert.strictEqual(d('ruby:2.7-slim').runtime?.eol?.date, '2023-03-31');
    assert.strictEqual(d('php:8.1-fpm-alpine').runtime?.eol?.date, '2025-12-31');
    assert.strictEqual(d('alpine:3.18.4').distro?.eol?.date, '2025-05-09');
    assert.strictEqual(d('python:3.11-alpine3.16').distro?.eol?.date, '2024-05-23');
    assert.strictEqual(d('python:2.7').runtime?.eol?.date, '2020-01-01');
    assert.strictEqual(d('amazonlinux:2').distro?.eol?.date, '2026-06-30');
  });

  it('judges end of life against the given date', () => {
    const before = describeImageName('node:20', new Date('2026-03-01T00:00:00Z'));
    assert.strictEqual(before.runtime?.eol?.isPastEol, false);
    assert.strictEqual(before.runtime?.eol?.daysLeft, 60);
    const after = describeImageName('node:20', new Date('2026-05-01T00:00:00Z'));
    assert.strictEqual(after.runtime?.eol?.isPastEol, true);
  });

  it('classifies heavy full-OS bases with sizes and alternatives', () => {
    const py = d('python:3.12');
    assert.strictEqual(py.sizeClass, 'full-os');
    assert.ok(py.approxSizeMb && py.approxSizeMb > 200);
    assert.deepStrictEqual(py.lighterAlternatives, ['python:3.12-slim', 'python:3.12-alpine', 'gcr.io/distroless/python3-debian12']);
    assert.ok(isHeavy(py));
    assert.deepStrictEqual(d('python:3.12-bookworm').lighterAlternatives?.[0], 'python:3.12-slim-bookworm');
    assert.deepStrictEqual(d('node:20-bookworm').lighterAlternatives?.slice(0, 2), ['node:20-bookworm-slim', 'node:20-alpine']);
    assert.ok(isHeavy(d('node:20')));
    assert.ok(!isHeavy(d('ubuntu:18.04')), 'the ubuntu image is about 30 MB');
    assert.ok(!isHeavy(d('debian:bookworm')), 'the debian image is about 50 MB');
    assert.ok(!isHeavy(d('centos:7')));
    assert.ok(!isHeavy(d('fedora:40')));
    assert.ok(isHeavy(d('openjdk:17')));
    assert.ok(isHeavy(d('eclipse-temurin:21-jdk')));
    assert.ok(!isHeavy(d('eclipse-temurin:21-jre')));
    assert.ok(!isHeavy(d('python:3.12-slim')));
    assert.ok(!isHeavy(d('node:20-alpine')));
    assert.ok(!isHeavy(d('debian:bookworm-slim')));
    assert.ok(!isHeavy(d('gcr.io/distroless/static-debian12')));
    assert.strictEqual(d('alpine:3.20').sizeClass, 'alpine');
    assert.strictEqual(d('scratch').sizeClass, 'scratch');
  });

  it('knows which images default to a non-root user', () => {
    assert.strictEqual(d('gcr.io/distroless/static-debian12:nonroot').runsAsNonRootByDefault, true);
    assert.strictEqual(d('gcr.io/distroless/base-debian12:debug-nonroot').defaultUid, 65532);
    assert.strictEqual(d('gcr.io/distroless/static-debian12').runsAsNonRootByDefault, false);
    assert.strictEqual(d('gcr.io/distroless/static-debian12:latest').defaultUser, 'root');
    assert.strictEqual(d('cgr.dev/chainguard/python:latest').runsAsNonRootByDefault, true);
    assert.strictEqual(d('cgr.dev/chainguard/wolfi-base').runsAsNonRootByDefault, false);
    assert.strictEqual(d('cgr.dev/chainguard/chainguard-base:latest').runsAsNonRootByDefault, false);
    // -dev variants: a shell and apk (not distroless), the same nonroot user
    assert.strictEqual(d('cgr.dev/chainguard/python:latest-dev').sizeClass, 'slim');
    assert.strictEqual(d('cgr.dev/chainguard/python:latest-dev').defaultUid, 65532);
    assert.strictEqual(d('cgr.dev/chainguard/python:latest').sizeClass, 'distroless');
    assert.strictEqual(d('bitnami/redis:7.2').defaultUid, 1001);
    assert.strictEqual(d('bitnami/minideb:bookworm').defaultUser, 'root');
    assert.strictEqual(d('nginxinc/nginx-unprivileged:1.25-alpine').defaultUid, 101);
    // application images whose Dockerfile ends with a non-root USER
    assert.strictEqual(d('grafana/k6:0.49.0').defaultUid, 12345);
    assert.strictEqual(d('docker.io/otel/opentelemetry-collector-contrib:0.129.1').runsAsNonRootByDefault, true);
    assert.strictEqual(d('quay.io/prometheus/node-exporter:v1.9.1').defaultUser, 'nobody');
    assert.strictEqual(d('grafana/loki:3.5').known, false);
    assert.strictEqual(d('python:3.12').runsAsNonRootByDefault, false);
    assert.strictEqual(d('scratch').defaultUid, 0);
  });

  it('Chainguard: the user depends on the image, not the -dev suffix; -root tags and documented root images run as root', () => {
    for (const ref of ['cgr.dev/chainguard/python:latest', 'cgr.dev/chainguard/python:latest-dev', 'cgr.dev/chainguard/static', 'cgr.dev/chainguard/rust:latest-dev']) {
      const facts = d(ref);
      assert.strictEqual(facts.runsAsNonRootByDefault, true, ref);
      assert.strictEqual(facts.defaultUid, 65532, ref);
    }
    assert.strictEqual(d('cgr.dev/chainguard/node:latest-dev').defaultUser, 'node');
    assert.strictEqual(d('cgr.dev/chainguard/nginx').runsAsNonRootByDefault, true);
    for (const ref of ['cgr.dev/chainguard/go:latest', 'cgr.dev/chainguard/go:latest-dev', 'cgr.dev/chainguard/wolfi-base', 'cgr.dev/chainguard/chainguard-base', 'cgr.dev/chainguard/git:latest-root', 'cgr.dev/chainguard/postgres-fips:latest']) {
      const facts = d(ref);
      assert.strictEqual(facts.runsAsNonRootByDefault, false, ref);
      assert.strictEqual(facts.defaultUid, 0, ref);
    }
  });

  it('Bitnami: server images run as 1001, toolchain images do not (bitnami/node is root, the others are not claimed)', () => {
    assert.strictEqual(d('bitnami/postgresql:16').defaultUid, 1001);
    assert.strictEqual(d('bitnami/node:20').defaultUser, 'root');
    const python = d('bitnami/python:3.12');
    assert.strictEqual(python.runsAsNonRootByDefault, false);
    assert.strictEqual(python.defaultUser, undefined);
  });

  it('.NET chiseled/distroless run as app, the other .NET images as root', () => {
    assert.strictEqual(d('mcr.microsoft.com/dotnet/runtime-deps:8.0-noble-chiseled-extra').defaultUid, 1654);
    assert.strictEqual(d('mcr.microsoft.com/dotnet/aspnet:9.0-azurelinux3.0-distroless').runsAsNonRootByDefault, true);
    assert.strictEqual(d('mcr.microsoft.com/dotnet/aspnet:9.0-bookworm-slim').defaultUser, 'root');
  });

  it('describes Windows bases with their kernel build and isolation note', () => {
    const nano = d('mcr.microsoft.com/windows/nanoserver:ltsc2022');
    assert.strictEqual(nano.osFamily, 'windows');
    assert.strictEqual(nano.windows?.variant, 'nanoserver');
    assert.strictEqual(nano.windows?.build, 20348);
    assert.strictEqual(nano.defaultUser, 'ContainerUser');
    assert.match(nano.windows!.note, /Hyper-V/);
    const core = d('mcr.microsoft.com/windows/servercore:ltsc2019');
    assert.strictEqual(core.windows?.variant, 'servercore');
    assert.strictEqual(core.windows?.build, 17763);
    assert.strictEqual(core.defaultUser, 'ContainerAdministrator');
    assert.strictEqual(d('mcr.microsoft.com/windows/server:ltsc2025').windows?.build, 26100);
    assert.strictEqual(d('mcr.microsoft.com/windows:1809').windows?.variant, 'windows');
    assert.strictEqual(d('mcr.microsoft.com/windows/servercore:10.0.17763.5329').windows?.build, 17763);
    const py = d('python:3.12-windowsservercore-ltsc2022');
    assert.strictEqual(py.osFamily, 'windows');
    assert.strictEqual(py.runtime?.label, 'Python 3.12');
    assert.strictEqual(py.windows?.build, 20348);
    assert.ok(d('microsoft/nanoserver').deprecated);
  });

  it('follows mirrors of official images and keeps the written prefix in suggestions', () => {
    const f = d('public.ecr.aws/docker/library/node:18');
    assert.strictEqual(f.runtime?.version, '18');
    assert.strictEqual(f.lighterAlternatives?.[0], 'public.ecr.aws/docker/library/node:18-slim');
    assert.strictEqual(d('docker.io/library/python:3.7').runtime?.eol?.date, '2023-06-27');
  });

  it('says unknown rather than guessing', () => {
    const f = d('registry.example.com/team/app:1.2.3');
    assert.strictEqual(f.known, false);
    assert.strictEqual(f.osFamily, 'unknown');
    assert.strictEqual(f.sizeClass, 'unknown');
    assert.strictEqual(f.defaultUser, undefined);
    const variable = parseImageRef('python:${PY}');
    assert.strictEqual(describeImage(variable, NOW).known, false);
    assert.strictEqual(d('python:3.99').runtime?.eol, undefined);
    assert.strictEqual(d('ubuntu:latest').distro?.version, undefined);
  });

  it('parses tags into version and variant words', () => {
    assert.deepStrictEqual(parseTag('3.8-slim-buster'), {
      version: '3.8',
      words: ['slim', 'buster'],
      alpine: false,
      slim: true,
      debianCodename: 'buster',
    });
    assert.strictEqual(parseTag('16-alpine3.18').alpineVersion, '3.18');
    assert.strictEqual(parseTag('8u392-b08-jre-jammy').version, '8');
    assert.strictEqual(parseTag(undefined).version, undefined);
  });
});
