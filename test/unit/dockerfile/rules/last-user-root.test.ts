import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const RULE = 'last-user-root';

describe('last-user-root (DL3002)', () => {
  it('points at the user of the last USER root in the final stage', () => {
    const f = expectOne('FROM node:20-slim\nUSER node\nRUN npm ci\nUSER root\nCMD ["node", "server.js"]\n', RULE, 'root');
    assert.deepStrictEqual(f.aliases, ['DL3002']);
    assert.strictEqual(f.severity, 'warning');
  });

  it('understands 0, root:root and 0:0', () => {
    expectOne('FROM alpine:3.20\nUSER 0\n', RULE, '0');
    expectOne('FROM alpine:3.20\nUSER root:root\n', RULE, 'root:root');
    expectOne('FROM alpine:3.20\nUSER 0:0\n', RULE, '0:0');
  });

  it('reports a root USER inherited from the stage the final stage builds on', () => {
    const f = expectOne('FROM debian:bookworm-slim AS base\nUSER root\nFROM base\nCMD ["sh"]\n', RULE, 'root');
    assert.match(f.message, /inherited/);
  });

  it('does not fire for root in builder stages, a later non-root USER, other users or variables', () => {
    expectNone('FROM golang:1.23 AS build\nUSER root\nRUN go build -o /app\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\n', RULE);
    expectNone('FROM node:20-slim\nUSER root\nRUN npm ci\nUSER node\n', RULE);
    expectNone('FROM alpine:3.20\nUSER 10001:10001\n', RULE);
    expectNone('FROM alpine:3.20\nUSER rootless\n', RULE);
    expectNone('FROM alpine:3.20\nUSER ${APP_USER}\n', RULE);
    expectNone('FROM alpine:3.20\n', RULE);
  });

  it('honours # hadolint ignore=DL3002', () => {
    expectNone('FROM alpine:3.20\n# hadolint ignore=DL3002\nUSER root\n', RULE);
  });
});
