import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type Io } from '../../../src/cli/cli';

async function check(format: string, cwd: string): Promise<unknown> {
  let stdout = '';
  const io: Io = { stdout: (t) => (stdout += t), stderr: () => undefined, isTTY: false, cwd, readStdin: () => '' };
  await main(['check', '--format', format, 'Dockerfile'], io);
  return JSON.parse(stdout);
}

interface JsonRelated {
  path?: string;
  range: { start: { line: number; character: number } };
  message: string;
}

describe('CLI: related locations of a per-RUN pinning finding', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-related-'));
  fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM alpine:3.20\nRUN apk add --no-cache curl \\\n    jq=1.7.1-r0 tini\n');

  it('JSON lists {range, message} per package, without a path in the same file', async () => {
    const json = (await check('json', dir)) as { files: Array<{ findings: Array<{ rule: string; related?: JsonRelated[] }> }> };
    const finding = json.files[0].findings.find((f) => f.rule === 'apk-unpinned')!;
    assert.deepStrictEqual(
      finding.related!.map((r) => [r.path, r.range.start.line, r.range.start.character, r.message]),
      [
        [undefined, 1, 23, "'curl' has no version; use 'curl=<version>'."],
        [undefined, 2, 16, "'tini' has no version; use 'tini=<version>'."],
      ],
    );
  });

  it('SARIF relatedLocations use the path the user gave', async () => {
    const sarif = (await check('sarif', dir)) as { runs: Array<{ results: Array<{ ruleId: string; relatedLocations?: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }> };
    const result = sarif.runs[0].results.find((r) => r.ruleId === 'apk-unpinned')!;
    assert.deepStrictEqual(result.relatedLocations!.map((r) => [r.physicalLocation.artifactLocation.uri, r.physicalLocation.region.startLine]), [['Dockerfile', 2], ['Dockerfile', 3]]);
  });
});
