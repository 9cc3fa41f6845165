import * as assert from 'assert';
import { expectFix, expectNone, expectOne } from '../../helpers';

const R = 'pip-cache-not-disabled';
describe('pip-cache-not-disabled (DL3042)', () => {
  it('points at install of pip, pip3 and python -m pip', () => {
    const f = expectOne('FROM python:3.12\nRUN pip install requests==2.31.0\n', R, 'install');
    assert.deepStrictEqual(f.aliases, ['DL3042']);
    expectOne('FROM python:3.12\nRUN pip3.12 --disable-pip-version-check install flask==3.0.0\n', R, 'install');
    expectOne('FROM python:3.12\nRUN python3 -m pip install -r requirements.txt\n', R, 'install');
    expectOne('FROM python:3.12\nRUN if true; then sudo pip install x==1; fi\n', R, 'install');
  });
  it('accepts --no-cache-dir, PIP_NO_CACHE_DIR from ENV/ARG/assignment/export, and cache mounts', () => {
    expectNone('FROM python:3.12\nRUN pip install --no-cache-dir requests==2.31.0\n', R);
    expectNone('FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install requests==2.31.0\n', R);
    expectNone('FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=true\nFROM base\nRUN pip install requests==2.31.0\n', R);
    expectNone('FROM python:3.12\nARG PIP_NO_CACHE_DIR=yes\nRUN pip install requests==2.31.0\n', R);
    expectNone('FROM python:3.12\nRUN PIP_NO_CACHE_DIR=1 pip install requests==2.31.0\n', R);
    expectNone('FROM python:3.12\nRUN export PIP_NO_CACHE_DIR=1 && pip install requests==2.31.0\n', R);
    expectNone('FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install requests==2.31.0\n', R);
    expectNone('FROM python:3.12\nRUN pip download requests==2.31.0 && pipx install black\n', R);
  });
  it('does not take the ENV of another stage or a false value', () => {
    expectOne('FROM python:3.12 AS a\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install x==1\n', R, 'install');
    expectOne('FROM python:3.12\nENV PIP_NO_CACHE_DIR=0\nRUN pip install x==1\n', R, 'install');
  });
  it('fixes by inserting --no-cache-dir after install', () => {
    expectFix('FROM python:3.12\nRUN pip install requests==2.31.0\n', R, 'FROM python:3.12\nRUN pip install --no-cache-dir requests==2.31.0\n');
    expectFix(
      'FROM python:3.12\r\nRUN apt-get update && \\\r\n    python -m pip install \\\r\n      -r req.txt\r\n',
      R,
      'FROM python:3.12\r\nRUN apt-get update && \\\r\n    python -m pip install --no-cache-dir \\\r\n      -r req.txt\r\n',
    );
  });
});
