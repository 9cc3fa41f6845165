import * as assert from 'assert';
import { parseDockerfile } from '../../../src/core/formats/dockerfile/model';
import { findingsOf } from '../helpers';

const ships = (text: string) => parseDockerfile(text).stages.map((s) => `${s.name ?? s.index}:${s.ships}`);

describe('stages that ship (Stage.ships)', () => {
  it('the final stage and the stages it is built FROM, transitively; COPY --from alone does not ship', () => {
    const text = 'FROM debian:12 AS base\nFROM base AS tools\nFROM golang:1.22 AS build\nFROM tools\nCOPY --from=build /out /out\n';
    assert.deepStrictEqual(ships(text), ['base:true', 'tools:true', 'build:false', '3:true']);
  });
  it('a FROM through a global ARG names an image, not the earlier stage', () => {
    const text = 'ARG IMG=nginx:1.30\nFROM ${IMG} AS compile\nRUN true\nFROM ${IMG}\nCOPY --from=compile /m /m\n';
    assert.deepStrictEqual(ships(text), ['compile:false', '1:true']);
  });
  it('a single stage ships', () => {
    assert.deepStrictEqual(ships('FROM alpine:3.20\nRUN true\n'), ['0:true']);
  });
});

describe('image-size rules report only in stages that ship', () => {
  const builder = (run: string) => `FROM debian:12 AS build\nRUN ${run}\nFROM debian:12-slim\nCOPY --from=build /out /out\n`;
  const shipped = (run: string) => `FROM debian:12 AS base\nRUN ${run}\nFROM base\nCMD ["true"]\n`;
  const cases: Array<[string, string]> = [
    ['apt-lists-not-cleaned', 'apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10'],
    ['apt-get-install-recommends', 'apt-get update && apt-get install -y curl=7.88.1-10 && rm -rf /var/lib/apt/lists/*'],
    ['apk-missing-no-cache', 'apk add curl=8.5.0-r0'],
    ['dnf-cache-not-cleaned', 'dnf install -y nginx-1.24.0'],
    ['yum-cache-not-cleaned', 'yum install -y httpd-2.4.6'],
    ['zypper-cache-not-cleaned', 'zypper -n install curl=8.6.0'],
    ['pip-cache-not-disabled', 'pip install requests==2.31.0'],
    ['yarn-cache-not-cleaned', 'yarn install --frozen-lockfile'],
    ['useradd-without-no-log-init', 'useradd -u 123456789 app'],
  ];
  for (const [rule, run] of cases) {
    it(`${rule}: quiet in a builder stage only copied from, reported in a stage the final one is built FROM`, () => {
      assert.deepStrictEqual(findingsOf(builder(run), rule), []);
      assert.strictEqual(findingsOf(shipped(run), rule).length, 1);
    });
  }
  it('consecutive-run-instructions: quiet in a builder stage, reported in the final stage', () => {
    const runs = 'RUN mkdir /a\nRUN mkdir /b\n';
    assert.deepStrictEqual(findingsOf(`FROM alpine:3.20 AS build\n${runs}FROM alpine:3.20\nCOPY --from=build /a /a\n`, 'consecutive-run-instructions'), []);
    assert.strictEqual(findingsOf(`FROM alpine:3.20\n${runs}`, 'consecutive-run-instructions').length, 1);
  });
  it('correctness and supply-chain rules still apply in builder stages', () => {
    const text = builder('apt-get install curl');
    assert.strictEqual(findingsOf(text, 'apt-get-missing-yes').length, 1);
    assert.strictEqual(findingsOf(text, 'apt-get-unpinned').length, 1);
  });
});
