/**
 * VS Code in Korean (`vscode.env.language` = `ko`): diagnostics, hovers (rule why / how to fix), action titles and
 * the rule documentation view read in Korean; codes, rule ids and the rest of the diagnostic stay as they are.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { activateWithMock, createMock, MockDocument, Position, type Mock } from './vscode-mock';

const root = path.join(__dirname, '..', '..', '..', '..');
const HANGUL = /[\uac00-\ud7a3]/;
const APT = 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n';

describe('extension in Korean (mocked vscode, env.language = ko)', function () {
  this.timeout(20000);
  let mock: Mock;
  let uninstall: () => void;

  before(() => {
    mock = createMock();
    (mock.vscode.env as { language: string }).language = 'ko';
    // what VS Code does with l10n/bundle.l10n.ko.json in a Korean session
    const bundle = JSON.parse(fs.readFileSync(path.join(root, 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;
    mock.vscode.l10n = { t: (m: string, ...a: unknown[]) => (bundle[m] ?? m).replace(/\{(\d+)\}/g, (_, i) => String(a[Number(i)])) };
    uninstall = activateWithMock(mock);
  });
  after(() => uninstall());

  const open = (file: string, text: string) => {
    const doc = new MockDocument(file, 'dockerfile', text);
    mock.documents.push(doc);
    mock.events.open.fire(doc);
    return doc;
  };

  it('diagnostic messages, hovers and ignore titles are Korean', () => {
    const doc = open('/tmp/containment-ko/Dockerfile', APT);
    const diags = mock.diagnostics.get(doc.uri.toString()) ?? [];
    const lists = diags.find((d) => (d.code as { value: string }).value === 'apt-lists-not-cleaned');
    assert.ok(lists, diags.map((d) => d.message).join('\n'));
    assert.ok(HANGUL.test(lists.message) && lists.message.includes("'apt-get update'"), lists.message);

    const hover = mock.providers.hover[0].provideHover(doc, new Position(lists.range.start.line, lists.range.start.character + 1)) as { contents: Array<{ value: string }> };
    const text = hover.contents.map((c) => c.value).join('\n');
    assert.match(text, /\*\*apt-lists-not-cleaned\*\* — apt 패키지 목록이 레이어에 남음/);
    assert.match(text, /\*\*이유:\*\* `apt-get update`는/);
    assert.match(text, /\*\*고치는 방법:\*\* 같은 RUN/);

    const actions = mock.providers.codeActions[0].provideCodeActions(doc, lists.range, { diagnostics: [lists], only: undefined }) as Array<{ title: string }>;
    assert.ok(actions.some((a) => a.title === '이 파일에서 apt-lists-not-cleaned 무시'), actions.map((a) => a.title).join(' | '));
  });

  it('the image hover of a retired repository says why in Korean', () => {
    const doc = open('/tmp/containment-ko/jdk/Dockerfile', 'FROM openjdk:17\nCMD ["java", "-version"]\n');
    const hover = mock.providers.hover[0].provideHover(doc, new Position(0, 7)) as { contents: Array<{ value: string }> };
    const text = hover.contents.map((c) => c.value).join('\n');
    assert.match(text, /더 이상 관리되지 않는 이미지: Docker Hub의 `openjdk` 이미지는 지원 중단/);
    assert.doesNotMatch(text, /stopped receiving updates/);
  });

  it('the rule documentation view is Korean', () => {
    const uri = { path: '/rules/apt-lists-not-cleaned.md' };
    const doc = mock.contentProviders[0].provideTextDocumentContent(uri) as string;
    assert.match(doc, /^# apt-lists-not-cleaned\n\n\*\*apt 패키지 목록이 레이어에 남음\*\*/);
    assert.match(doc, /## 왜 중요한가/);
    assert.match(doc, /\| 기본 심각도 \| (경고|정보|오류|힌트) \|/);
  });
});
