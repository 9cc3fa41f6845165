import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

describe('base-image-latest-tag (DL3007)', () => {
  it('points at the tag of FROM image:latest', () => {
    const f = expectOne('FROM node:latest\nCMD ["node"]\n', 'base-image-latest-tag', 'latest');
    assert.deepStrictEqual(f.aliases, ['DL3007']);
    assert.strictEqual(f.range.start.character, 10);
  });
  it('sees :latest that comes from a global ARG default', () => {
    expectOne('ARG TAG=latest\nFROM node:${TAG}\n', 'base-image-latest-tag', '${TAG}');
  });
  it('does not fire for a version tag, a digest or a stage reference', () => {
    expectNone('FROM node:20-alpine\n', 'base-image-latest-tag');
    expectNone('FROM node:latest@sha256:' + 'a'.repeat(64) + '\n', 'base-image-latest-tag');
    expectNone('FROM node:20 AS latest\nFROM latest\n', 'base-image-latest-tag');
  });
  it('honours # hadolint ignore=DL3007 on the next instruction', () => {
    expectNone('# hadolint ignore=DL3007\nFROM node:latest\n', 'base-image-latest-tag');
  });
});
