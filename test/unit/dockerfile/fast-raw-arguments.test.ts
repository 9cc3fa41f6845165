import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DockerfileParser, type Argument, type Instruction } from 'dockerfile-ast';
import { largeDockerfile, rng, typicalDockerfile } from '../../../bench/generate';
import { setAstMemo } from '../../../src/core/formats/dockerfile/ast-memo';
import { fastGetRawArguments } from '../../../src/core/formats/dockerfile/fast-raw-arguments';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const words = (args: Array<{ getValue(): string; getRange(): unknown }>) => args.map((a) => [a.getValue(), a.getRange()]);

/** Every instruction of `text`: the library's own scan and ours give the same words at the same ranges. */
function checkSame(text: string): number {
  setAstMemo(false); // the library as shipped
  try {
    const instructions: Instruction[] = DockerfileParser.parse(text).getInstructions();
    for (const instruction of instructions) {
      const theirs = words((instruction as unknown as { getRawArguments(): Argument[] }).getRawArguments());
      const ours = words(fastGetRawArguments.call(instruction as never));
      assert.deepStrictEqual(ours, theirs, `${JSON.stringify(instruction.getTextContent())} in\n${JSON.stringify(text)}`);
    }
    return instructions.length;
  } finally {
    setAstMemo(true);
  }
}

function corpus(): string[] {
  const dir = path.join(ROOT, 'test', 'fixtures', 'dockerfiles');
  const files = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  return [...files, typicalDockerfile(), largeDockerfile(300, 5), 'FROM a\nRUN echo \\\n  # comment\n  b \\ \n c\\\r\n d `x` \\$y \\\\ e\\'];
}

describe('dockerfile/fast-raw-arguments', () => {
  it('gives the library’s words and ranges for every instruction of the fixtures and generated Dockerfiles', () => {
    const count = corpus().reduce((n, text) => n + checkSame(text), 0);
    assert.ok(count > 250, `${count} instructions`);
  });

  it('gives the library’s words and ranges on 5,000 mutated Dockerfiles (seeded), escape directive included', () => {
    const base = corpus();
    const pieces = ['\\', '\\\n', ' \\ \n', '\\\r\n', '`', '`\n', '# escape=`\n', '#', '\n#c\n', '\r\n', '\r', '\t', '$', '\\$', '"', "'", '<<EOF\nx\nEOF\n', 'RUN ', ' ', '\n  ', '\n', 'a', '=', '--mount=type=cache,target=/x ', '[', ']', ','];
    const r = rng(20261128);
    let instructions = 0;
    for (let n = 0; n < 5000; n++) {
      let t = base[Math.floor(r() * base.length)];
      if (t.length > 4000) t = t.slice(0, 4000);
      for (let k = 1 + Math.floor(r() * 4); k > 0; k--) {
        const at = Math.floor(r() * (t.length + 1));
        const op = r();
        if (op < 0.6) t = t.slice(0, at) + pieces[Math.floor(r() * pieces.length)] + t.slice(at);
        else t = t.slice(0, at) + t.slice(at + 1 + Math.floor(r() * 3));
      }
      if (r() < 0.15) t = '# escape=`\n' + t.replace(/\\/g, '`');
      instructions += checkSame(t);
    }
    assert.ok(instructions > 10_000, `${instructions} instructions`);
  });
});
