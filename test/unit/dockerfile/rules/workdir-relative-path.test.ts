import * as assert from 'assert';
import { expectNone, expectOne, findingsOf } from '../../helpers';

const R = 'workdir-relative-path';
describe('workdir-relative-path (DL3000, WorkdirRelativePath)', () => {
  it('points at the relative path', () => {
    const f = expectOne('FROM nginx AS web\nWORKDIR usr/share/nginx/html\n', R, 'usr/share/nginx/html');
    assert.deepStrictEqual(f.aliases, ['DL3000', 'WorkdirRelativePath']);
  });
  it('does not fire for absolute paths, relative paths after an absolute one, variables or Windows drives', () => {
    expectNone('FROM nginx\nWORKDIR /srv\nWORKDIR app\n', R);
    expectNone('FROM nginx\nWORKDIR $HOME/app\n', R);
    expectNone('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\\\app\n', R);
    expectNone('FROM nginx AS a\nWORKDIR /srv\nFROM a\nWORKDIR sub\n', R);
  });
  it('is not also reported as a syntax warning', () => {
    assert.deepStrictEqual(findingsOf('FROM nginx\nWORKDIR app\n', 'dockerfile-syntax'), []);
  });
});

