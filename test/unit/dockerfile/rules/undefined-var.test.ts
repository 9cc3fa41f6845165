import * as assert from 'assert';
import { expectNone, expectOne, findingsOf } from '../../helpers';

const R = 'undefined-var';
describe('undefined-var (UndefinedVar)', () => {
  it('points at an undefined $VAR in COPY on a base with known variables', () => {
    const f = expectOne('FROM alpine AS base\nCOPY $foo .\n', R, '$foo');
    assert.deepStrictEqual(f.aliases, ['UndefinedVar']);
  });
  it('points at a global ARG that was not declared again in the stage', () => {
    const f = expectOne('ARG VERSION=1\nFROM node:20\nLABEL version=${VERSION}\n', R, '${VERSION}');
    assert.match(f.message, /ARG VERSION/);
  });
  it('finds typos of defined names even on unknown base images', () => {
    const f = expectOne('FROM node:20\nENV APP_HOME=/app\nWORKDIR $APP_HOEM\n', R, '$APP_HOEM');
    assert.match(f.message, /did you mean '\$APP_HOME'/);
  });
  it('sees ENV inherited from a parent stage but not its ARGs', () => {
    const text = 'FROM scratch AS a\nENV E=1\nARG A=2\nFROM a\nLABEL e=$E a=$A\n';
    assert.deepStrictEqual(findingsOf(text, R).map((f) => f.message.split("'")[1]), ['$A']);
  });
  it('does not fire for defined names, PATH, proxies, defaults, single quotes, shell-form RUN or unknown bases', () => {
    expectNone('FROM alpine\nARG foo\nCOPY $foo .\nENV PATH=$PATH:/x\nLABEL p=$HTTP_PROXY d=${X:-y} q=\'$Z\'\nRUN echo $UNDEFINED\n', R);
    expectNone('FROM python:3.12\nARG VERSION=$PYTHON_VERSION\n', R);
  });
  it('treats a name used in the same ENV as not yet defined', () => {
    expectOne('FROM alpine\nENV a=1 b=$a\n', R, '$a');
  });
});
