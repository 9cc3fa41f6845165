import * as assert from 'assert';
import { expectNone, expectOne, findingsOf } from '../../helpers';

const RULE = 'base-image-untrusted-registry';
const trusted = (...registries: string[]) => ({ config: (c: { trustedRegistries: string[] }) => (c.trustedRegistries = registries) });

describe('base-image-untrusted-registry (DL3026)', () => {
  it('points at the registry part of an image from another registry', () => {
    const f = expectOne('FROM quay.io/prometheus/node-exporter:v1.8.0\n', RULE, 'quay.io', trusted('registry.example.com'));
    assert.deepStrictEqual(f.aliases, ['DL3026']);
    assert.strictEqual(f.severity, 'error');
    assert.match(f.message, /registry\.example\.com/);
  });

  it('counts Docker Hub short names as docker.io and points at the whole image', () => {
    const f = expectOne('FROM node:20-slim\n', RULE, 'node:20-slim', trusted('registry.example.com'));
    assert.match(f.message, /docker\.io/);
  });

  it('checks ARG-expanded images', () => {
    expectOne('ARG REG=ghcr.io\nFROM ${REG}/org/app:1\n', RULE, '${REG}/org/app:1', trusted('registry.example.com'));
  });

  it('does not fire without a trusted list, for trusted registries, aliases of Docker Hub, wildcards, scratch or stages', () => {
    expectNone('FROM quay.io/x/y:1\n', RULE);
    expectNone('FROM node:20\n', RULE, trusted('docker.io'));
    expectNone('FROM docker.io/library/node:20\n', RULE, trusted('index.docker.io'));
    expectNone('FROM registry.example.com/team/app:1\n', RULE, trusted('Registry.Example.com'));
    expectNone('FROM eu.registry.example.com/team/app:1\n', RULE, trusted('*.registry.example.com'));
    expectNone('FROM scratch\n', RULE, trusted('registry.example.com'));
    expectNone('ARG BASE\nFROM ${BASE}\n', RULE, trusted('registry.example.com'));
    const text = 'FROM registry.example.com/golang:1.23 AS build\nFROM build\n';
    assert.strictEqual(findingsOf(text, RULE, trusted('registry.example.com')).length, 0);
  });

  it('honours # hadolint ignore=DL3026', () => {
    expectNone('# hadolint ignore=DL3026\nFROM quay.io/x/y:1\n', RULE, trusted('registry.example.com'));
  });
});
