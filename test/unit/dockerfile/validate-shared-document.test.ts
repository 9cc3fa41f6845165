import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { Validator } from 'dockerfile-utils/lib/dockerValidator';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { largeDockerfile, rng, typicalDockerfile } from '../../../bench/generate';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

// the dockerfile-syntax rule hands the validator the parse's own TextDocument instead of letting validate() build one
describe('dockerfile-syntax: validator on the parse’s document', () => {
  it('gives exactly validate(text)’s diagnostics on fixtures, generated and 1,000 mutated Dockerfiles', () => {
    const dir = path.join(ROOT, 'test', 'fixtures', 'dockerfiles');
    const base = [...fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')), typicalDockerfile(), largeDockerfile(200, 3)];
    const pieces = ['\\\n', 'EXPOSE x\n', 'FROM\n', 'HEALTHCHECK --interval=x CMD y\n', '# escape=`\n', 'ONBUILD ONBUILD x\n', '"', '[', '\r\n', 'STOPSIGNAL z\n', 'USER\n', ' --flag=1 '];
    const r = rng(7);
    const texts = [...base];
    for (let n = 0; n < 1000; n++) {
      let t = base[Math.floor(r() * base.length)];
      for (let k = 1 + Math.floor(r() * 3); k > 0; k--) {
        const at = Math.floor(r() * (t.length + 1));
        t = r() < 0.6 ? t.slice(0, at) + pieces[Math.floor(r() * pieces.length)] + t.slice(at) : t.slice(0, at) + t.slice(at + 2);
      }
      texts.push(t);
    }
    let diagnostics = 0;
    for (const text of texts) {
      const document = (DockerfileParser.parse(text) as unknown as { document: TextDocument }).document;
      const ours = new Validator({}).validate(document);
      assert.deepStrictEqual(ours, validate(text, {}), JSON.stringify(text));
      diagnostics += ours.length;
    }
    assert.ok(diagnostics > 500, `${diagnostics} diagnostics compared`);
  });
});
