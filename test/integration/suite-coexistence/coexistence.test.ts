/**
 * Coexistence (issue 17) in a real VS Code: run-in-code-server.js phase "coexistence" installs a stub extension that
 * declares hadolint's extension id (`exiasr.hadolint`). Containment then leaves out what that extension already shows
 * (findings with a hadolint DL alias) and keeps its own; `containment.coexistence: showAll` brings everything back.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, codeOf, hasCode, open, setSetting, waitForDiagnostics } from '../suite/helpers';

const HADOLINT_EXTENSION = 'exiasr.hadolint';
/** The fixture Dockerfile's findings that carry a hadolint alias (DL3008, DL3015, DL3009, DL3013, DL3042). */
const HADOLINT_COVERED = ['apt-get-unpinned', 'apt-get-install-recommends', 'apt-lists-not-cleaned', 'pip-unpinned', 'pip-cache-not-disabled'];

describe('coexistence: hadolint’s extension is installed', function () {
  this.timeout(60000);
  before(activateExtension);
  after(() => setSetting('coexistence', undefined));

  it('VS Code sees the stub as the hadolint extension', () => {
    assert.ok(vscode.extensions.getExtension(HADOLINT_EXTENSION), `${HADOLINT_EXTENSION} is installed`);
  });

  it('findings hadolint already shows are left out, Containment’s own stay', async () => {
    const doc = await open('Dockerfile');
    const list = await waitForDiagnostics(doc.uri, hasCode('container-runs-as-root'), 'container-runs-as-root');
    await new Promise((r) => setTimeout(r, 500)); // a later publish must not bring them back either
    const shown = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === list[0].source).map(codeOf);
    assert.deepStrictEqual(shown.filter((c) => HADOLINT_COVERED.includes(c)), [], `shown: ${shown.join(', ')}`);
    assert.ok(shown.includes('container-runs-as-root'), `shown: ${shown.join(', ')}`);
  });

  it('containment.coexistence: showAll shows every finding again', async () => {
    const doc = await open('Dockerfile');
    await setSetting('coexistence', 'showAll');
    await waitForDiagnostics(doc.uri, (l) => HADOLINT_COVERED.every((c) => l.some((d) => codeOf(d) === c)), 'the hadolint-covered findings back');
  });
});
