/**
 * The report in Korean leaves no English behind in what it derives from findings and images: the Compose kind label,
 * severities, finding messages (through their message ids), OS family and size class.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { scanProject } from '../../../src/core/project/scan-project';
import { renderStandaloneHtml } from '../../../src/core/report/render-html';
import { renderMarkdown } from '../../../src/core/report/render-markdown';

describe('report: Korean leftovers', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-report-ko-'));
    fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nUSER 1000\n');
    fs.writeFileSync(path.join(dir, 'compose.yaml'), 'services:\n  web:\n    build: .\n  cache:\n    image: someregistry.example/custom/thing:1.0\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('kind, severities, messages, OS family and size class read in Korean', () => {
    const model = scanProject(dir);
    const html = renderStandaloneHtml(model, { lang: 'ko' });
    assert.match(html, /Compose 서비스/);
    assert.doesNotMatch(html, /Compose service/);
    assert.match(html, /<span class="sev sev-[a-z]+">(오류|경고|정보|힌트)<\/span> <code>apt-lists-not-cleaned<\/code> &#39;apt-get update&#39;로 내려받은 apt 목록이/);
    assert.doesNotMatch(html, /containment check: (error|warning|info|hint)/);
    assert.doesNotMatch(html, /<td>unknown<\/td>/);
    const md = renderMarkdown(model, { lang: 'ko' });
    assert.match(md, /Compose 서비스 · /);
    assert.doesNotMatch(md, /\| unknown \|/);
  });

  it('English stays as it was', () => {
    const model = scanProject(dir);
    const html = renderStandaloneHtml(model, { lang: 'en' });
    assert.match(html, /Compose service/);
    assert.match(html, /<span class="sev sev-[a-z]+">(error|warning|info|hint)<\/span> <code>apt-lists-not-cleaned<\/code> The apt lists downloaded/);
  });
});
