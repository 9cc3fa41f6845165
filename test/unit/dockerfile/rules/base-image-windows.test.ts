import * as assert from 'assert';
import { expectNone, expectOne, findingsOf } from '../../helpers';

const RULE = 'base-image-windows';

describe('base-image-windows', () => {
  it('points at a Windows Server Core image and explains process vs Hyper-V isolation', () => {
    const f = expectOne('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo hi\n', RULE, 'mcr.microsoft.com/windows/servercore:ltsc2022');
    assert.strictEqual(f.severity, 'info');
    assert.match(f.message, /kernel build 20348/);
    assert.match(f.message, /Hyper-V isolation/);
    assert.match(f.message, /GB compressed/);
  });

  it('handles Nano Server, untagged images and language images with Windows variants', () => {
    assert.match(expectOne('FROM mcr.microsoft.com/windows/nanoserver:1809\n', RULE, 'mcr.microsoft.com/windows/nanoserver:1809').message, /17763/);
    assert.match(expectOne('FROM mcr.microsoft.com/windows/servercore\n', RULE, 'mcr.microsoft.com/windows/servercore').message, /names no Windows release/);
    expectOne('FROM python:3.12-windowsservercore-ltsc2022\n', RULE, 'python:3.12-windowsservercore-ltsc2022');
    expectOne('ARG WIN=ltsc2019\nFROM mcr.microsoft.com/windows/nanoserver:${WIN}\n', RULE, 'mcr.microsoft.com/windows/nanoserver:${WIN}');
  });

  it('reads a quoted tag after quote removal, as BuildKit does', () => {
    const f = expectOne('ARG WIN=ltsc2022\nFROM mcr.microsoft.com/windows/servercore:"${WIN}"\n', RULE, 'mcr.microsoft.com/windows/servercore:"${WIN}"');
    assert.match(f.message, /kernel build 20348/);
    assert.doesNotMatch(f.message, /"ltsc2022"/);
  });

  it('reports each Windows base of a multi-stage build once, not the stage references', () => {
    const text =
      'FROM mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2022 AS build\nRUN msbuild\n' +
      'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022 AS final\nFROM final\n';
    assert.strictEqual(findingsOf(text, RULE).length, 2);
  });

  it('does not fire for Linux images', () => {
    expectNone('FROM debian:bookworm-slim\n', RULE);
    expectNone('FROM windows-tools/linux-image:1\n', RULE);
    expectNone('FROM node:20-alpine\n', RULE);
  });
});
