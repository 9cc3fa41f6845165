import * as assert from 'assert';
import { expectFix, expectNone, expectOne, findingsOf } from '../../helpers';

const R = 'json-args-recommended';
describe('json-args-recommended (DL3025, JSONArgsRecommended)', () => {
  it('points at the shell-form command', () => {
    const f = expectOne('FROM node:20\nCMD node server.js\n', R, 'node server.js');
    assert.deepStrictEqual(f.aliases, ['DL3025', 'JSONArgsRecommended']);
    expectOne('FROM node:20\nENTRYPOINT exec node "$APP"\n', R, 'exec node "$APP"');
  });
  it('says what is true: exec keeps signals, shell features need the shell kept', () => {
    expectNone('FROM node:20\nCMD exec node server.js --port "$PORT"\n', R);
    assert.match(expectOne('FROM node:20\nENTRYPOINT exec node "$APP"\n', R, 'exec node "$APP"').message, /CMD and the arguments of `docker run` are ignored/);
    const f = expectOne('FROM python:3.12\nENTRYPOINT locust --host="http://${FRONTEND_ADDR}" 2>&1\n', R, 'locust --host="http://${FRONTEND_ADDR}" 2>&1');
    assert.match(f.message, /keep the shell and `exec` the program/);
    assert.match(expectOne('FROM node:20\nCMD node server.js\n', R, 'node server.js').message, /Use the JSON form/);
  });
  it('does not fire for exec form or after an explicit SHELL', () => {
    expectNone('FROM node:20\nCMD ["node", "server.js"]\nENTRYPOINT ["tini", "--"]\n', R);
    expectNone('FROM node:20\nSHELL ["/bin/bash", "-c"]\nCMD node server.js\n', R);
  });
  it('converts a plain word list to exec form, keeping CRLF', () => {
    expectFix('FROM node:20\nCMD node server.js --port=80\n', R, 'FROM node:20\nCMD ["node", "server.js", "--port=80"]\n');
    expectFix('FROM node:20\r\nENTRYPOINT /usr/bin/app -v\r\n', R, 'FROM node:20\r\nENTRYPOINT ["/usr/bin/app", "-v"]\r\n');
  });
  it('offers no fix when the command needs a shell', () => {
    for (const cmd of ['node $APP', 'a && b', 'a | b', 'a; b', 'a > log', 'ls *.js', 'echo "hi"', 'cd /x', 'A=1 node']) {
      const [f] = findingsOf(`FROM node:20\nCMD ${cmd}\n`, R);
      assert.ok(f, cmd);
      assert.strictEqual(f.fix, undefined, cmd);
    }
  });
});
