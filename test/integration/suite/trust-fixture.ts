/**
 * The workspace-trust fixture (issue 7: test/integration/workspace/trust/), shared by suite/8-trust.test.ts (inside the
 * trusted workspace) and suite-untrusted/ (the same folder opened as an untrusted workspace). Its .containment.yaml
 * switches pip-unpinned off (honoured either way) and raises pip-cache-not-disabled, sets trustedRegistries and points
 * shellcheck.path at a spy (trusted only). The Dockerfile's `RUN echo $1` is ShellCheck's SC2086.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { codeOf, hasCode, waitForDiagnostics } from './helpers';

export const SHELLCHECK = 'shellcheck';

/** `shellcheck` on the extension host's PATH: without it the "no ShellCheck findings" checks would prove nothing. */
export function assertShellcheckInstalled(): void {
  const found = (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, 'shellcheck'), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  assert.ok(found, 'shellcheck is on PATH (apt-get install shellcheck; .ci/run installs it)');
}

/**
 * Writes the `./spy-shellcheck` the fixture's config names into `folder` (written here rather than committed so that
 * it does not depend on a checkout keeping the executable bit). It records each run in a marker file next to it, then
 * runs the real shellcheck. Returns the marker's path.
 */
export function writeShellcheckSpy(folder: vscode.Uri): string {
  const dir = folder.fsPath;
  const marker = path.join(dir, 'spy-shellcheck-ran');
  fs.rmSync(marker, { force: true });
  fs.writeFileSync(path.join(dir, 'spy-shellcheck'), '#!/bin/sh\necho ran >> "$(dirname "$0")/spy-shellcheck-ran"\nexec shellcheck "$@"\n', { mode: 0o755 });
  return marker;
}

/** Trusted: the whole config applies and the configured ShellCheck (the spy) runs. */
export async function expectFullConfig(doc: vscode.TextDocument, marker: string, timeoutMs = 60000): Promise<void> {
  // ShellCheck's findings are merged in after the engine's, once the program has answered (slow on a loaded machine)
  const list = await waitForDiagnostics(doc.uri, hasCode(SHELLCHECK), 'ShellCheck findings', timeoutMs);
  const echoLine = doc.getText().split('\n').findIndex((l) => l.startsWith('RUN echo $1'));
  const sc = list.filter((d) => codeOf(d) === SHELLCHECK);
  assert.ok(
    sc.some((d) => d.range.start.line === echoLine && /quote/i.test(d.message)),
    `SC2086 on line ${echoLine}: ${sc.map((d) => `${d.range.start.line}: ${d.message}`).join('; ')}`,
  );
  assert.ok(fs.existsSync(marker), 'the shellcheck.path of .containment.yaml (the spy) was run');
  assert.ok(!list.some((d) => codeOf(d) === 'pip-unpinned'), 'pip-unpinned is off');
  const cache = list.find((d) => codeOf(d) === 'pip-cache-not-disabled');
  assert.strictEqual(cache?.severity, vscode.DiagnosticSeverity.Error, 'pip-cache-not-disabled raised to error');
  assert.ok(list.some((d) => codeOf(d) === 'base-image-untrusted-registry'), 'trustedRegistries applies: node:… is not from registry.example.com');
}
