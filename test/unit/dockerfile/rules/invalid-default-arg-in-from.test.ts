import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'invalid-default-arg-in-from';
describe('invalid-default-arg-in-from (InvalidDefaultArgInFrom)', () => {
  it('points at the image that is invalid with default build arguments', () => {
    const f = expectOne('ARG TAG\nFROM busybox:${TAG}\n', R, 'busybox:${TAG}');
    assert.deepStrictEqual(f.aliases, ['InvalidDefaultArgInFrom']);
    assert.match(f.message, /'busybox:'/);
    expectOne('ARG IMAGE\nFROM $IMAGE\n', R, '$IMAGE');
  });
  it('does not fire when defaults give a valid reference', () => {
    expectNone('ARG TAG=latest\nFROM busybox:${TAG}\n', R);
    expectNone('ARG VARIANT\nFROM busybox:stable${VARIANT}\n', R);
    expectNone('ARG TAG\nFROM alpine:${TAG:-3.14}\n', R);
    expectNone('ARG BASE=build\nFROM alpine AS build\nFROM ${BASE}\n', R);
  });
  it('removes quotes around the expanded word as BuildKit does', () => {
    expectNone('ARG TAG=3.20.3\nFROM alpine:"${TAG}" AS jre\n', R);
    expectNone('ARG LINE=trixie\nARG VARIANT=-slim\nFROM debian:"${LINE}-20250101${VARIANT}"\n', R);
    const f = expectOne('ARG TAG\nFROM alpine:"${TAG}"\n', R, 'alpine:"${TAG}"');
    assert.match(f.message, /becomes 'alpine:'/);
  });
  it('expands a global ARG default with the global ARGs declared before it, as BuildKit does', () => {
    expectNone('ARG GO_VERSION=1.26\nARG BUILD_IMAGE=golang:${GO_VERSION}\nFROM $BUILD_IMAGE AS build\n', R);
    expectNone('ARG GO_VERSION=latest\nARG BUILD_IMAGE=golang:$GO_VERSION\nFROM $BUILD_IMAGE\n', R);
    // declared after: BuildKit has no value for it yet
    expectOne('ARG BUILD_IMAGE=golang:${GO_VERSION}\nARG GO_VERSION=1.26\nFROM $BUILD_IMAGE\n', R, '$BUILD_IMAGE');
    expectOne('ARG GO_VERSION\nARG BUILD_IMAGE=golang:${GO_VERSION}\nFROM $BUILD_IMAGE\n', R, '$BUILD_IMAGE');
  });
});
