import * as assert from 'assert';
import { localizedMessage } from '../../../../src/core/base/l10n/rule-text';
import { expectNone, expectOne } from '../../helpers';

const RULE = 'base-image-heavy';

describe('base-image-heavy', () => {
  it('points at a full language image in the final stage, with size and alternatives', () => {
    const f = expectOne('FROM python:3.12\nCOPY . /app\nCMD ["python", "/app/main.py"]\n', RULE, 'python:3.12');
    assert.strictEqual(f.severity, 'info');
    assert.match(f.message, /roughly \d+ MB/);
    assert.match(f.message, /python:3\.12-slim, python:3\.12-alpine, gcr\.io\/distroless\/python3-debian12/);
  });

  it('reports full language images, not bare distribution images of 30–75 MB', () => {
    expectOne('FROM python:3.12\n', RULE, 'python:3.12');
    expectNone('FROM ubuntu:18.04\n', RULE);
    expectNone('FROM centos:7\n', RULE);
    expectNone('FROM debian:bookworm\n', RULE);
    const f = expectOne('FROM node:20\n', RULE, 'node:20');
    assert.match(f.message, /node:20-slim/);
    const jdk = expectOne('FROM eclipse-temurin:21-jdk\n', RULE, 'eclipse-temurin:21-jdk');
    assert.match(jdk.message, /eclipse-temurin:21-jre/);
  });

  it('follows FROM <stage> to the real base', () => {
    const f = expectOne('FROM golang:1.23 AS build\nRUN go build -o /app\nFROM build\nCMD ["/app"]\n', RULE, 'build');
    assert.match(f.message, /through stage 'build'/);
    assert.match(f.message, /distroless\/static/);
    assert.strictEqual(f.messageId, 'startsFromFullThroughStageSizedNoted');
    assert.match(localizedMessage(f, 'ko'), /^최종 이미지가 'build' 스테이지를 거쳐 전체 Go 1\.23 이미지인 'golang'\(압축 시 약 \d+ MB\)에서 시작합니다/);
  });

  it('ignores heavy builder stages when the final stage is light', () => {
    expectNone('FROM golang:1.23 AS build\nRUN go build -o /app\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\n', RULE);
    expectNone('FROM node:20 AS build\nRUN npm ci && npm run build\nFROM node:20-slim\nCOPY --from=build /app /app\n', RULE);
    expectNone('FROM maven:3.9-eclipse-temurin-21 AS build\nFROM eclipse-temurin:21-jre-alpine\n', RULE);
  });

  it('does not fire for slim, alpine, distroless, scratch, Windows, unknown or unresolved bases', () => {
    expectNone('FROM python:3.12-slim\n', RULE);
    expectNone('FROM python:3.12-alpine\n', RULE);
    expectNone('FROM debian:bookworm-slim\n', RULE);
    expectNone('FROM alpine:3.20\n', RULE);
    expectNone('FROM scratch\n', RULE);
    expectNone('FROM mcr.microsoft.com/windows/servercore:ltsc2022\n', RULE);
    expectNone('FROM registry.example.com/base:1\n', RULE);
    expectNone('ARG BASE=python:3.12\nFROM ${BASE}-slim\n', RULE);
    expectNone('ARG BASE\nFROM ${BASE}\n', RULE);
  });
});
