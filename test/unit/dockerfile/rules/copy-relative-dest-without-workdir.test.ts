import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'copy-relative-dest-without-workdir';
describe('copy-relative-dest-without-workdir (DL3045)', () => {
  it('points at the relative destination', () => {
    const f = expectOne('FROM python:3.12\nCOPY app.py .\n', R, '.');
    assert.deepStrictEqual(f.aliases, ['DL3045']);
    expectOne('FROM python:3.12\nCOPY --chown=app a.py b.py app/\n', R, 'app/');
    expectOne('FROM python:3.12\nCOPY ["a b.py", "dest/"]\n', R, '"dest/"');
  });
  it('only counts a WORKDIR set before the COPY, in the stage or its parents', () => {
    expectOne('FROM python:3.12\nCOPY app.py .\nWORKDIR /app\n', R, '.');
    expectNone('FROM python:3.12\nWORKDIR /app\nCOPY app.py .\n', R);
    expectNone('FROM python:3.12 AS base\nWORKDIR /app\nFROM base\nCOPY app.py .\n', R);
    expectOne('FROM python:3.12 AS base\nWORKDIR /app\nFROM python:3.12\nCOPY app.py .\n', R, '.');
  });
  it('accepts absolute, variable and Windows destinations', () => {
    expectNone('FROM python:3.12\nCOPY app.py /app/\nCOPY x "/y/"\nCOPY a $APP_HOME\n', R);
    expectNone('FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY a.exe C:\\\\app\\\\\n', R);
  });
});
