/**
 * Workspace trust (issue 7), trusted side: in this (trusted) workspace the trust fixture's config applies in full and
 * ShellCheck runs. The runner's phase "untrusted" opens the same folder untrusted (suite-untrusted/) and expects the
 * opposite, which is only meaningful because this passes.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAll, open, workspaceUri } from './helpers';
import { assertShellcheckInstalled, expectFullConfig, writeShellcheckSpy } from './trust-fixture';

describe('workspace trust: trusted workspace', function () {
  this.timeout(90000);
  after(closeAll);

  it('the trust fixture: rule off, severity raise, trustedRegistries, shellcheck.path apply and ShellCheck findings appear', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, true, 'this phase runs with workspace trust disabled, i.e. trusted');
    assertShellcheckInstalled();
    await activateExtension();
    const marker = writeShellcheckSpy(workspaceUri('trust'));
    const doc = await open('trust/Dockerfile');
    await expectFullConfig(doc, marker);
  });
});
