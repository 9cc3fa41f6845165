import * as assert from 'assert';
import { expectFix, expectNone, expectOne } from '../../helpers';

const RULE = 'container-runs-as-root';

describe('container-runs-as-root', () => {
  it('points at the final FROM image when no USER is set', () => {
    const f = expectOne('FROM node:20-slim\nCOPY . /app\nCMD ["node", "/app/server.js"]\n', RULE, 'node:20-slim');
    assert.strictEqual(f.severity, 'warning');
    assert.match(f.message, /shared host kernel/);
    assert.ok(f.fix);
  });

  it('reports the final stage only, following its parent stages', () => {
    const text = 'FROM golang:1.23 AS build\nUSER 1000\nRUN go build -o /app\nFROM debian:bookworm-slim\nCOPY --from=build /app /app\n';
    expectOne(text, RULE, 'debian:bookworm-slim');
    expectNone('FROM debian:bookworm-slim AS base\nUSER 10001\nFROM base\nCMD ["sh"]\n', RULE);
  });

  it('an export stage (scratch, nothing to run: `docker build --output`) never runs, so it is not reported', () => {
    expectNone('FROM golang:1.23 AS build\nRUN go build -o /out/app\nFROM scratch AS export\nCOPY --from=build /out/app /\n', RULE);
    expectNone('FROM scratch AS files\nCOPY dist/ /\nFROM files\nCOPY extra/ /extra/\n', RULE);
    // scratch that starts something still runs as uid 0
    expectOne('FROM scratch AS files\nCOPY app /app\nFROM files\nCMD ["/app"]\n', RULE, 'files');
  });

  it('keeps the finding on scratch and says why', () => {
    const f = expectOne('FROM golang:1.23 AS build\nRUN go build -o /app\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n', RULE, 'scratch');
    assert.match(f.message, /uid 0/);
  });

  it('still fires on scratch when the stage, or one it builds on, says what to run', () => {
    expectOne('FROM scratch AS runtime\nCOPY tool /tool\nENTRYPOINT ["/tool"]\nFROM runtime\nCOPY conf /etc/tool/\n', RULE, 'runtime');
    expectOne('FROM scratch\nCOPY tool /tool\nCMD ["/tool"]\n', RULE, 'scratch');
  });

  it('words the message carefully for images it does not know', () => {
    const f = expectOne('FROM registry.example.com/base/app:1\n', RULE, 'registry.example.com/base/app:1');
    assert.match(f.message, /unless/);
  });

  it('does not fire when a USER is set or the base runs as non-root by default', () => {
    expectNone('FROM node:20-slim\nUSER node\nCMD ["node"]\n', RULE);
    expectNone('FROM node:20-slim\nUSER root\n', RULE); // last-user-root reports that one
    expectNone('FROM golang:1.23 AS build\nRUN go build -o /app\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\n', RULE);
    expectNone('FROM gcr.io/distroless/base-debian12:debug-nonroot\n', RULE);
    expectNone('FROM cgr.dev/chainguard/python:latest\n', RULE);
    expectNone('FROM bitnami/redis:7.4\n', RULE);
    expectNone('FROM cgr.dev/chainguard/python:latest-dev\n', RULE);
    expectNone('FROM mcr.microsoft.com/windows/servercore:ltsc2022\n', RULE);
    expectNone('ARG BASE\nFROM ${BASE}\n', RULE);
  });

  it('fires for Chainguard images documented to run as root, and for bitnami/node', () => {
    expectOne('FROM cgr.dev/chainguard/go:latest-dev\n', RULE, 'cgr.dev/chainguard/go:latest-dev');
    expectOne('FROM bitnami/node:20\n', RULE, 'bitnami/node:20');
  });

  it('still fires for distroless images without a nonroot tag', () => {
    expectOne('FROM gcr.io/distroless/static-debian12\n', RULE, 'gcr.io/distroless/static-debian12');
  });

  it('fix: inserts USER before CMD (LF)', () => {
    expectFix(
      'FROM node:20-slim\nCOPY . /app\nCMD ["node", "/app/server.js"]\n',
      RULE,
      'FROM node:20-slim\nCOPY . /app\nUSER 65532:65532\nCMD ["node", "/app/server.js"]\n',
    );
  });

  it('fix: keeps CRLF line endings', () => {
    expectFix(
      'FROM node:20-slim\r\nCOPY . /app\r\nENTRYPOINT ["node"]\r\nCMD ["/app/server.js"]\r\n',
      RULE,
      'FROM node:20-slim\r\nCOPY . /app\r\nUSER 65532:65532\r\nENTRYPOINT ["node"]\r\nCMD ["/app/server.js"]\r\n',
    );
  });

  it('fix: without CMD, appends at the end of the final stage (LF, CRLF, no trailing newline)', () => {
    expectFix('FROM debian:bookworm-slim\nRUN apt-get update\n', RULE, 'FROM debian:bookworm-slim\nRUN apt-get update\nUSER 65532:65532\n');
    expectFix('FROM debian:bookworm-slim\r\nRUN apt-get update\r\n', RULE, 'FROM debian:bookworm-slim\r\nRUN apt-get update\r\nUSER 65532:65532\r\n');
    expectFix('FROM scratch\nCOPY app /app\nENTRYPOINT ["/app"]', RULE, 'FROM scratch\nCOPY app /app\nUSER 65532:65532\nENTRYPOINT ["/app"]');
    expectFix('FROM alpine:3.20', RULE, 'FROM alpine:3.20\nUSER 65532:65532');
  });

  it('fix: appends after a trailing heredoc or continued RUN', () => {
    expectFix(
      '# syntax=docker/dockerfile:1\nFROM alpine:3.20\nRUN <<EOF\necho hi\nEOF\n',
      RULE,
      '# syntax=docker/dockerfile:1\nFROM alpine:3.20\nRUN <<EOF\necho hi\nEOF\nUSER 65532:65532\n',
    );
    expectFix('FROM alpine:3.20\nRUN echo a \\\n  && echo b\n', RULE, 'FROM alpine:3.20\nRUN echo a \\\n  && echo b\nUSER 65532:65532\n');
  });

  it('fix: stays after a RUN that follows CMD, and above comments attached to CMD', () => {
    expectFix(
      'FROM debian:bookworm-slim\nCMD ["app"]\nRUN apt-get update\n',
      RULE,
      'FROM debian:bookworm-slim\nCMD ["app"]\nRUN apt-get update\nUSER 65532:65532\n',
    );
    expectFix(
      'FROM debian:bookworm-slim\nRUN apt-get update\n# hadolint ignore=DL3025\nCMD app\n',
      RULE,
      'FROM debian:bookworm-slim\nRUN apt-get update\nUSER 65532:65532\n# hadolint ignore=DL3025\nCMD app\n',
    );
  });

  it('fix: only touches the final stage of a multi-stage build', () => {
    expectFix(
      'FROM golang:1.23 AS build\nRUN go build -o /app\nCMD ["x"]\n\nFROM debian:bookworm-slim\nCOPY --from=build /app /app\nCMD ["/app"]\n',
      RULE,
      'FROM golang:1.23 AS build\nRUN go build -o /app\nCMD ["x"]\n\nFROM debian:bookworm-slim\nCOPY --from=build /app /app\nUSER 65532:65532\nCMD ["/app"]\n',
    );
  });
  it('an image that installs a privilege-drop tool starts as root: info, saying the entrypoint most likely switches users', () => {
    const text = 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gosu && rm -rf /var/lib/apt/lists/*\nCOPY entrypoint.sh /usr/local/bin/\nENTRYPOINT ["entrypoint.sh"]\nCMD ["redis-server"]\n';
    const f = expectOne(text, 'container-runs-as-root', 'debian:12-slim');
    assert.strictEqual(f.severity, 'info');
    assert.match(f.message, /installs gosu/);
    const alpine = expectOne('FROM alpine:3.22\nRUN apk add --no-cache su-exec\nCMD ["app"]\n', 'container-runs-as-root', 'alpine:3.22');
    assert.match(alpine.message, /installs su-exec/);
    assert.strictEqual(expectOne('FROM alpine:3.22\nRUN apk add --no-cache curl\nCMD ["app"]\n', 'container-runs-as-root', 'alpine:3.22').severity, 'warning');
  });
  it('an application image whose Dockerfile ends with a non-root USER is not reported', () => {
    expectNone('FROM grafana/k6:0.49.0\nCOPY script.js /scripts/\nENTRYPOINT ["k6", "run", "/scripts/script.js"]\n', 'container-runs-as-root');
    expectOne('FROM grafana/k6:0.49.0\nUSER root\nRUN apk add --no-cache bash\n', 'last-user-root', 'root');
  });
});
