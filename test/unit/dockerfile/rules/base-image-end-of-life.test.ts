import * as assert from 'assert';
import { setKnowledgeClock } from '../../../../src/core/knowledge';
import { localizedMessage } from '../../../../src/core/base/l10n/rule-text';
import { expectNone, expectOne, findingsOf } from '../../helpers';

const RULE = 'base-image-end-of-life';

describe('base-image-end-of-life', () => {
  before(() => setKnowledgeClock(new Date('2026-11-28T12:00:00Z')));
  after(() => setKnowledgeClock(undefined));

  it('points at the tag of a past-EOL runtime and names date, source and target', () => {
    const f = expectOne('FROM python:2.7-slim\nCMD ["python"]\n', RULE, '2.7-slim');
    assert.strictEqual(f.severity, 'warning');
    assert.match(f.message, /Python 2\.7 reached end of life on 2020-01-01/);
    assert.match(f.message, /move to Python 3\.\d+/);
    assert.match(f.message, /source: endoflife\.date\/python/);
    assert.deepStrictEqual(f.aliases, []);
  });

  it('reports runtime and distribution together: python:3.8-slim-buster', () => {
    const f = expectOne('FROM python:3.8-slim-buster\n', RULE, '3.8-slim-buster');
    assert.match(f.message, /Python 3\.8 .*2024-10-07/);
    assert.match(f.message, /Debian 10 \(buster\).*2024-06-30/);
    const korean = localizedMessage(f, 'ko');
    assert.match(korean, /^'python:3\.8-slim-buster' 이미지: Python 3\.8은\(는\) 2024-10-07에 지원이 종료되어 보안 수정을 받지 못합니다; Python 3\.\d+\(으\)로 옮기세요 \[출처: endoflife\.date\/python\]; Debian 10 \(buster\)은\(는\) 2024-06-30에/);
    assert.match(korean, /정규 보안 지원은 2022-09-10에 끝났고/);
  });

  it('words an unmaintained repository and a product advice whole in Korean', () => {
    const f = expectOne('FROM openjdk:11\n', RULE, '11');
    assert.match(f.message, /the image repository is no longer maintained: .*\(use eclipse-temurin:11-jre, amazoncorretto or another maintained OpenJDK build\)/);
    assert.match(localizedMessage(f, 'ko'), /이미지 저장소가 더 이상 관리되지 않습니다: .*\(대안: eclipse-temurin:11-jre, amazoncorretto 또는 관리되는 다른 OpenJDK 빌드\)/);
    const centos = expectOne('FROM centos:7\n', RULE, '7');
    assert.match(centos.message, /; move to a maintained RHEL-compatible base/);
    assert.match(localizedMessage(centos, 'ko'), /; 관리되는 RHEL 호환 베이스.*\(으\)로 옮기세요/);
  });

  it('knows distro images by version and codename, and points at the image when untagged', () => {
    expectOne('FROM centos:7\n', RULE, '7');
    expectOne('FROM ubuntu:xenial\n', RULE, 'xenial');
    expectOne('FROM debian:stretch-slim\n', RULE, 'stretch-slim');
    expectOne('FROM node:16-alpine AS build\nFROM nginx:1.30-alpine\n', RULE, '16-alpine');
    // untagged centos is :latest, which last pointed at CentOS 8
    expectOne('FROM centos\n', RULE, 'centos');
  });

  it('reports builder stages too (a toolchain compiles its own runtime into the binary)', () => {
    const text = 'FROM golang:1.19 AS build\nRUN go build -o /app\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\n';
    expectOne(text, RULE, '1.19');
  });

  it('sees tags that come from global ARG defaults', () => {
    expectOne('ARG PY=3.7\nFROM python:${PY}-slim\n', RULE, '${PY}-slim');
    expectOne('ARG IMAGE=node:14\nFROM ${IMAGE}\n', RULE, '${IMAGE}');
  });

  it('says when a date is an estimate, and why odd Node.js majors end early', () => {
    assert.match(expectOne('FROM golang:1.25-alpine\n', RULE, '1.25-alpine').message, /Go 1\.25 reached end of life on 2026-08-19/);
    assert.match(expectOne('FROM node:21-slim\n', RULE, '21-slim').message, /never become LTS/);
  });

  it('reports a deprecated image repository', () => {
    const f = expectOne('FROM openjdk:17-jdk-slim\n', RULE, '17-jdk-slim');
    assert.match(f.message, /eclipse-temurin/);
  });

  it('drops to info when the end is less than 90 days away', () => {
    setKnowledgeClock(new Date('2026-02-15T00:00:00Z'));
    try {
      const f = expectOne('FROM node:20-slim\n', RULE, '20-slim');
      assert.strictEqual(f.severity, 'info');
      assert.match(f.message, /reaches end of life on 2026-04-30 \(in 74 days\)/);
    } finally {
      setKnowledgeClock(new Date('2026-11-28T12:00:00Z'));
    }
  });

  it('does not fire for supported releases, unknown or unresolved images, stage references', () => {
    expectNone('FROM python:3.13-slim-bookworm\n', RULE);
    expectNone('FROM node:24-alpine\n', RULE);
    expectNone('FROM debian:bookworm-slim\n', RULE);
    expectNone('FROM eclipse-temurin:21-jre\n', RULE);
    expectNone('FROM registry.example.com/team/app:3.8\n', RULE);
    expectNone('ARG BASE\nFROM ${BASE}\n', RULE);
    expectNone('FROM python:3.13 AS base\nFROM base\n', RULE);
    expectNone('FROM scratch\n', RULE);
    assert.strictEqual(findingsOf('FROM python:3.99\n', RULE).length, 0);
  });

  it('honours # containment ignore= with the rule id', () => {
    expectNone('# containment ignore=base-image-end-of-life\nFROM python:2.7\n', RULE);
  });
});
