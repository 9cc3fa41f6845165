import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

describe('base-image-untagged (DL3006)', () => {
  it('points at the image without a tag', () => {
    const f = expectOne('FROM debian\nRUN true\n', 'base-image-untagged', 'debian');
    assert.deepStrictEqual(f.aliases, ['DL3006']);
  });
  it('expands global ARGs into FROM before deciding', () => {
    expectNone('ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-alpine\n', 'base-image-untagged');
    expectOne('ARG IMAGE=debian\nFROM ${IMAGE}\n', 'base-image-untagged', '${IMAGE}');
  });
  it('does not fire for scratch, digests, stage references or unresolvable ARGs', () => {
    expectNone('FROM scratch\n', 'base-image-untagged');
    expectNone('FROM debian@sha256:' + 'b'.repeat(64) + '\n', 'base-image-untagged');
    expectNone('FROM golang:1.22 AS build\nFROM build\n', 'base-image-untagged');
    expectNone('ARG BASE\nFROM ${BASE}\n', 'base-image-untagged');
  });
  it('honours # containment ignore= with the rule id', () => {
    expectNone('# containment ignore=base-image-untagged\nFROM debian\n', 'base-image-untagged');
  });
});
