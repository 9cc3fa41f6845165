/** Gaps found by scoring against hadolint's rule specs (bench/hadolint-parity.ts); every snippet here is our own. */
import * as assert from 'assert';
import { expectNone, expectOne, findingsOf } from '../helpers';

const trusted = (...registries: string[]) => ({ config: (c: { trustedRegistries: string[] }) => (c.trustedRegistries = registries) });

describe('parity gaps: cache and tmpfs mounts', () => {
  it('dnf: a cache or tmpfs mount over /var/cache/libdnf5 keeps the cache out', () => {
    expectNone('FROM fedora:41\nRUN --mount=type=cache,target=/var/cache/libdnf5 dnf5 install -y jq-1.7.1\n', 'dnf-cache-not-cleaned');
    expectNone('FROM fedora:41\nRUN --mount=type=tmpfs,target=/var/cache/dnf dnf install -y jq-1.7.1\n', 'dnf-cache-not-cleaned');
  });
  it('dnf: upgrade and reinstall (and their short forms) fill the cache too', () => {
    expectOne('FROM fedora:41\nRUN dnf -y upgrade\n', 'dnf-cache-not-cleaned', 'upgrade');
    expectOne('FROM fedora:41\nRUN dnf -y up-min\n', 'dnf-cache-not-cleaned', 'up-min');
    expectOne('FROM fedora:41\nRUN dnf -y rei\n', 'dnf-cache-not-cleaned', 'rei');
    expectNone('FROM fedora:41\nRUN dnf -y upgrade && dnf clean all\n', 'dnf-cache-not-cleaned');
    expectNone('FROM fedora:41\nRUN dnf -y remove vim-minimal\n', 'dnf-cache-not-cleaned');
  });
  it('zypper, pip and yarn accept a tmpfs mount', () => {
    expectNone('FROM opensuse/leap:15.6\nRUN --mount=type=tmpfs,target=/var/cache/zypp zypper -n install jq=1.7\n', 'zypper-cache-not-cleaned');
    expectNone('FROM python:3.12\nRUN --mount=type=tmpfs,target=/root/.cache/pip pip install flask==3.0.3\n', 'pip-cache-not-disabled');
    expectNone('FROM node:22\nRUN --mount=type=tmpfs,target=/usr/local/share/.cache/yarn yarn install\n', 'yarn-cache-not-cleaned');
  });
});

// one finding per install command (the range runs from the package manager to the last unpinned package)
describe('parity gaps: package pins', () => {
  it('pip: a constraints file pins; pipx is checked; VCS links need @ref', () => {
    expectNone('FROM python:3.12\nRUN pip install --no-cache-dir flask -c /tmp/pins.txt\n', 'pip-unpinned');
    expectNone('FROM python:3.12\nRUN pip install --no-cache-dir --constraint=/tmp/pins.txt flask\n', 'pip-unpinned');
    expectOne('FROM python:3.12\nRUN pipx install ruff\n', 'pip-unpinned', 'pipx install ruff');
    expectNone('FROM python:3.12\nRUN pipx install ruff==0.6.9\n', 'pip-unpinned');
    expectNone("FROM python:3.12\nRUN pipx install --spec 'ruff==0.6.9' ruff\n", 'pip-unpinned');
    expectOne('FROM python:3.12\nRUN pip install --no-cache-dir git+https://git.example.org/team/tool.git#egg=tool\n', 'pip-unpinned', 'pip install --no-cache-dir git+https://git.example.org/team/tool.git#egg=tool');
    expectNone('FROM python:3.12\nRUN pip install --no-cache-dir git+ssh://git@git.example.org/team/tool.git@v2.1#egg=tool\n', 'pip-unpinned');
  });
  it('npm: git URLs need a #ref', () => {
    expectOne('FROM node:22\nRUN npm install git+https://git.example.org/team/lib.git\n', 'npm-unpinned', 'npm install git+https://git.example.org/team/lib.git');
    expectNone('FROM node:22\nRUN npm install git+https://git.example.org/team/lib.git#v1.4.0\n', 'npm-unpinned');
  });
  it('gem: `gem i` is install; words after `--` are build flags', () => {
    expectOne('FROM ruby:3.3\nRUN gem i rake\n', 'gem-unpinned', 'gem i rake');
    expectNone('FROM ruby:3.3\nRUN gem install nokogiri:1.16.7 -- --use-system-libraries\n', 'gem-unpinned');
  });
  it('go: `go get -tool` and `go run pkg@latest`; `go run pkg` follows go.mod', () => {
    expectOne('FROM golang:1.23\nRUN go get -tool stringer\n', 'go-install-unpinned', 'go get -tool stringer');
    expectOne('FROM golang:1.23\nRUN go run example.org/gen/cmd@latest --out x\n', 'go-install-unpinned', 'go run example.org/gen/cmd@latest');
    expectNone('FROM golang:1.23\nRUN go run example.org/gen/cmd --out x\n', 'go-install-unpinned');
    expectNone('FROM golang:1.23\nRUN go run example.org/gen/cmd@v0.3.1 example.org/other\n', 'go-install-unpinned');
  });
});

describe('parity gaps: smaller rules', () => {
  it('zypper --non-interactive after the subcommand', () => {
    expectNone('FROM opensuse/leap:15.6\nRUN zypper install --non-interactive jq=1.7\n', 'zypper-missing-non-interactive');
  });
  it('PIP_NO_CACHE_DIR set before the first FROM (a fragment) is honoured', () => {
    expectNone('ENV PIP_NO_CACHE_DIR=yes\nRUN pip install flask==3.0.3\n', 'pip-cache-not-disabled');
  });
  it('consecutive RUNs: only single-command RUNs are worth merging', () => {
    expectNone('FROM debian:12\nRUN make && make check\nRUN make install\n', 'consecutive-run-instructions');
    assert.strictEqual(findingsOf('FROM debian:12\nRUN make\nRUN make install\n', 'consecutive-run-instructions').length, 1);
  });
  it('aptitude update leaves the lists too', () => {
    const f = expectOne('FROM debian:12\nRUN aptitude update && aptitude install -y jq\n', 'apt-lists-not-cleaned', 'install');
    assert.match(f.message, /aptitude update/);
    expectNone('FROM debian:12\nRUN aptitude update && aptitude install -y jq && rm -rf /var/lib/apt/lists/*\n', 'apt-lists-not-cleaned');
  });
  it('ENV setting the same name twice: the second reference still reads the old value', () => {
    expectOne('FROM debian:12\nENV LD_LIBRARY_PATH=/opt/a:$LD_LIBRARY_PATH LD_LIBRARY_PATH=/opt/b:$LD_LIBRARY_PATH\n', 'env-self-reference', '$LD_LIBRARY_PATH');
    expectNone('FROM debian:12\nENV LD_LIBRARY_PATH=/opt/a:$LD_LIBRARY_PATH\n', 'env-self-reference');
  });
  it('DL3026: images pulled by COPY --from and RUN --mount=from, and a * entry trusting all', () => {
    expectOne('FROM registry.example.com/base:1\nCOPY --from=ghcr.io/acme/tools:2 /bin/t /bin/t\n', 'base-image-untrusted-registry', 'ghcr.io/acme/tools:2', trusted('registry.example.com'));
    expectOne('FROM registry.example.com/base:1\nRUN --mount=type=bind,from=ghcr.io/acme/tools:2,target=/t /t/run\n', 'base-image-untrusted-registry', 'ghcr.io/acme/tools:2', trusted('registry.example.com'));
    expectNone('FROM registry.example.com/base:1 AS build\nFROM registry.example.com/base:1\nCOPY --from=build /a /a\nCOPY --from=0 /a /b\n', 'base-image-untrusted-registry', trusted('registry.example.com'));
    expectNone('FROM ghcr.io/acme/base:1\nCOPY --from=quay.io/x/y:1 /a /a\n', 'base-image-untrusted-registry', trusted('*'));
  });
});

describe('parity gaps: instructions before the first FROM', () => {
  it('are checked as a stage of their own', () => {
    expectOne('WORKDIR srv/app\n', 'workdir-relative-path', 'srv/app');
    expectNone('WORKDIR C:\\app\n', 'workdir-relative-path');
    expectOne('COPY run.sh run.sh\n', 'copy-relative-dest-without-workdir', 'run.sh');
    expectNone('WORKDIR /srv\nCOPY run.sh run.sh\n', 'copy-relative-dest-without-workdir');
    const optIn = { config: (c: { rules: Map<string, string> }) => c.rules.set('user-non-numeric', 'warning') };
    expectOne('USER appuser\n', 'user-non-numeric', 'appuser', optIn as never);
    expectOne('COPY --from=builder /out /out\n', 'copy-from-unknown-stage', 'builder');
    expectOne('COPY bundle.tar /opt/\nRUN tar -xf /opt/bundle.tar -C /opt\n', 'add-local-archive', 'bundle.tar');
  });
  it('leave the stages of a full Dockerfile alone', () => {
    const optIn = { config: (c: { rules: Map<string, string> }) => c.rules.set('user-non-numeric', 'warning') };
    expectNone('USER appuser\nFROM debian:12\nUSER 10001\n', 'user-non-numeric', optIn as never);
    expectNone('FROM debian:12 AS builder\nFROM debian:12\nCOPY --from=builder /out /out\n', 'copy-from-unknown-stage');
  });
});
