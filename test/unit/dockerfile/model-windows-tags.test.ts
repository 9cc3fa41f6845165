import * as assert from 'assert';
import { parseDockerfile } from '../../../src/core/formats/dockerfile/model';

describe('Dockerfile model: Windows variants named by the tag', () => {
  it('treats windowsservercore / nanoserver tags as Windows stages with the cmd shell', () => {
    const model = parseDockerfile(
      'FROM mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2022 AS build\nRUN dir\n' +
        'FROM python:3.12-nanoserver-ltsc2022\nRUN dir\nFROM node:20-slim\n',
    );
    assert.deepStrictEqual(
      model.stages.map((s) => [s.isWindows, s.shell[0]]),
      [
        [true, 'cmd'],
        [true, 'cmd'],
        [false, '/bin/sh'],
      ],
    );
  });
});
