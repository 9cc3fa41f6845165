/**
 * The extension's coexistence filter and rule-id completion, through the mocked VS Code API: what another installed
 * extension already shows is left out (and said in the output channel), `showAll` brings it back; ids complete in
 * ignore comments and config files.
 */
import * as assert from 'assert';
import { activateWithMock, createMock, MockDocument, Position, type Mock } from './vscode-mock';

describe('extension: coexistence and completion', () => {
  let mock: Mock;
  let uninstall: () => void;
  before(() => {
    mock = createMock();
    mock.installedExtensions.push('exiasr.hadolint');
    uninstall = activateWithMock(mock);
  });
  after(() => uninstall());

  const open = (file: string, languageId: string, text: string) => {
    const doc = new MockDocument(file, languageId, text);
    mock.documents.push(doc);
    mock.events.open.fire(doc);
    return doc;
  };
  const codes = (doc: MockDocument) => (mock.diagnostics.get(doc.uri.toString()) ?? []).map((d) => (d.code as { value: string }).value);

  it('leaves hadolint-covered findings to the hadolint extension and says so once', () => {
    const doc = open('/tmp/containment-coexist/Dockerfile', 'dockerfile', 'FROM node:latest\nCMD node server.js\n');
    assert.ok(!codes(doc).includes('base-image-latest-tag'), codes(doc).join(' '));
    assert.ok(codes(doc).includes('container-runs-as-root'), 'our own checks stay');
    assert.strictEqual(mock.logs.filter((l) => /hid \d+ findings?: .*DL3007.*already shown by hadolint, exiasr\.hadolint/.test(l)).length, 1, mock.logs.join('\n'));
  });

  it('shows everything with containment.coexistence = showAll', () => {
    mock.settings['coexistence'] = 'showAll';
    mock.events.config.fire({ affectsConfiguration: (s: string) => s.startsWith('containment') });
    const doc = mock.documents.find((d) => d.fileName.endsWith('containment-coexist/Dockerfile'))!;
    assert.ok(codes(doc).includes('base-image-latest-tag'));
    delete mock.settings['coexistence'];
  });

  it('completes rule ids and aliases after ignore= and in .containment.yaml', () => {
    const provider = mock.providers.completion[0];
    const doc = open('/tmp/containment-coexist/api/Dockerfile', 'dockerfile', 'FROM node:22\n# hadolint ignore=DL30\nRUN true\n');
    const items = provider.provideCompletionItems(doc, new Position(1, 21)) as Array<{ label: string; detail: string }>;
    assert.ok(items.some((i) => i.label === 'DL3007' && /latest/i.test(i.detail)));
    const config = open('/tmp/containment-coexist/.containment.yaml', 'yaml', 'rules:\n  base-\n');
    const keys = provider.provideCompletionItems(config, new Position(1, 7)) as Array<{ label: string }>;
    assert.ok(keys.some((i) => i.label === 'base-image-heavy'));
    assert.strictEqual(provider.provideCompletionItems(doc, new Position(2, 3)), undefined);
  });
});
