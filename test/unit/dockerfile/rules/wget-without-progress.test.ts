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
  });
  it('says nothing where wget is BusyBox (no dots, no --progress to advise)', () => {
    expectNone('FROM alpine:3.20\nRUN wget https://example.com/a\n', R);
    expectNone('FROM busybox:1.37\nRUN wget https://example.com/a\n', R);
    expectNone('FROM debian:12\nRUN apk add wget\nRUN wget https://example.com/a\n', R);
    expectNone('FROM alpine:3.20 AS base\nFROM base\nRUN wget https://example.com/a\n', R);
  });
  it('on an unknown base, a hedged message and no fix', () => {
    const f = expectOne('ARG BASE\nFROM ${BASE}\nRUN wget https://example.com/a\n', R, 'wget');
    assert.strictEqual(f.fix, undefined);
    assert.match(f.message, /base image is not known/);
    assert.doesNotMatch(f.message, /progress dots/);
  });
});
