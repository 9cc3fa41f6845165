import * as assert from 'assert';
import { expectFix, expectNone, expectOne } from '../../helpers';

const R = 'wget-without-progress';
describe('wget-without-progress (DL3047)', () => {
  it('points at wget', () => {
    const f = expectOne('FROM debian:12\nRUN wget https://example.com/a.tgz\n', R, 'wget');
    assert.deepStrictEqual(f.aliases, ['DL3047']);
    assert.strictEqual(f.severity, 'info');
    expectOne('FROM debian:12\nRUN wget -O /tmp/a https://example.com/a -nc\n', R, 'wget');
  });
  it('accepts --progress, -q, -nv, --no-verbose and log files', () => {
    expectNone('FROM debian:12\nRUN wget --progress=dot:giga https://example.com/a\n', R);
    expectNone('FROM debian:12\nRUN wget -qO- https://example.com/a | tar -xz\n', R);
    expectNone('FROM debian:12\nRUN wget -nv https://example.com/a && wget --no-verbose https://example.com/b\n', R);
    expectNone('FROM debian:12\nRUN wget -o /tmp/log https://example.com/a\n', R);
  });
  it('fixes with --progress=dot:giga where GNU wget runs', () => {
    expectFix('FROM debian:12\nRUN wget https://example.com/a\n', R, 'FROM debian:12\nRUN wget --progress=dot:giga https://example.com/a\n');
    expectFix('FROM buildpack-deps:bookworm\nRUN wget https://example.com/a\n', R, 'FROM buildpack-deps:bookworm\nRUN wget --progress=dot:giga https://example.com/a\n');
    expectFix('FROM ubuntu:24.04 AS dl\nFROM dl\nRUN wget https://example.com/a\n', R, 'FROM ubuntu:24.04 AS dl\nFROM dl\nRUN wget --progress=dot:giga https://example.com/a\n');
  });
  it('says nothing where wget is BusyBox (no dots, no --progress to advise)', () => {
    for (const base of ['alpine:3.20', 'busybox:1.37', 'python:3.13-alpine3.22', 'mcr.microsoft.com/dotnet/runtime-deps:9.0-alpine']) {
      expectNone(`FROM ${base}\nRUN wget https://example.com/a\n`, R);
    }
    // an ARG-expanded Alpine tag, as the .NET images write it
    expectNone('ARG REPO=mcr.microsoft.com/dotnet/runtime-deps\nFROM $REPO:10.0-alpine3.23-amd64\nRUN wget https://example.com/a\n', R);
    // apk in the stage (or a stage it builds on) means an Alpine-like base
    expectNone('FROM debian:12\nRUN apk add curl\nRUN wget https://example.com/a\n', R);
    expectNone('FROM debian:12 AS odd\nRUN apk add curl\nFROM odd\nRUN wget https://example.com/a\n', R);
    expectNone('FROM alpine:3.20 AS base\nFROM base\nRUN wget https://example.com/a\n', R);
  });
  it('GNU wget installed with apk add wget takes --progress', () => {
    expectFix('FROM alpine:3.20\nRUN apk add --no-cache wget\nRUN wget https://example.com/a\n', R, 'FROM alpine:3.20\nRUN apk add --no-cache wget\nRUN wget --progress=dot:giga https://example.com/a\n');
  });
  it('on an unknown base (variable, unknown image, ONBUILD), a hedged message and no fix', () => {
    for (const text of ['ARG BASE\nFROM ${BASE}\nRUN wget https://example.com/a\n', 'FROM registry.example.com/team/base:4\nRUN wget https://example.com/a\n', 'FROM debian:12\nONBUILD RUN wget https://example.com/a\n']) {
      const f = expectOne(text, R, 'wget');
      assert.strictEqual(f.fix, undefined);
      assert.match(f.message, /base image is not known/);
      assert.doesNotMatch(f.message, /progress dots/);
    }
  });
});
