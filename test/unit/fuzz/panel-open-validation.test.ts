/**
 * The trade-off panel opens files only inside the workspace (issue 7): `isInsideWorkspace` resolves symlinks and
 * rejects the folder itself, `..` escapes, prefixes that merely look alike, symlinks pointing out, missing files;
 * `parseOpenMessage` (type and fields) is fuzzed with arbitrary JSON values.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseOpenMessage } from '../../../src/extension/panel/webview-html';
import { createMock, installVscodeMock, Uri } from '../extension/vscode-mock';
import { count, runs, SEED } from './fuzz-util';

describe('panel: only files inside the workspace can be opened', () => {
  let uninstall: () => void;
  let root: string;
  let ws: string;
  let isInsideWorkspace: (abs: string) => boolean;

  before(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'containment-panel-')));
    ws = path.join(root, 'ws');
    fs.mkdirSync(path.join(ws, 'app'), { recursive: true });
    fs.mkdirSync(path.join(root, 'ws-evil'));
    fs.writeFileSync(path.join(ws, 'app', 'Dockerfile'), 'FROM x\n');
    fs.writeFileSync(path.join(root, 'ws-evil', 'Dockerfile'), 'FROM x\n');
    fs.writeFileSync(path.join(root, 'secret.yaml'), 'x: 1\n');
    fs.symlinkSync(path.join(root, 'secret.yaml'), path.join(ws, 'app', 'link-out.yaml'));
    fs.symlinkSync(path.join(ws, 'app', 'Dockerfile'), path.join(ws, 'link-in'));
    const mock = createMock();
    (mock.vscode.workspace as Record<string, unknown>).workspaceFolders = [{ uri: Uri.file(ws), name: 'ws', index: 0 }];
    uninstall = installVscodeMock(mock);
    for (const k of Object.keys(require.cache)) if (k.includes(`${path.sep}out${path.sep}src${path.sep}extension${path.sep}`)) delete require.cache[k];
    isInsideWorkspace = (require('../../../src/extension/panel/tradeoff-panel') as typeof import('../../../src/extension/panel/tradeoff-panel')).isInsideWorkspace;
  });
  after(() => {
    uninstall?.();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it('accepts files in the workspace (also through a symlink that stays inside)', () => {
    assert.strictEqual(isInsideWorkspace(path.join(ws, 'app', 'Dockerfile')), true);
    assert.strictEqual(isInsideWorkspace(path.join(ws, 'link-in')), true);
    assert.strictEqual(isInsideWorkspace(path.join(ws, 'app', '..', 'app', 'Dockerfile')), true);
  });

  it('rejects escapes, look-alike prefixes, outward symlinks, the root itself and missing files', () => {
    const rejected = [
      path.join(ws, '..', 'secret.yaml'),
      path.join(ws, 'app', '..', '..', 'secret.yaml'),
      path.join(root, 'ws-evil', 'Dockerfile'), // shares the prefix "…/ws"
      path.join(ws, 'app', 'link-out.yaml'),
      ws,
      path.join(ws, 'missing.yaml'),
      '/etc/passwd',
      '',
      'relative/Dockerfile',
    ];
    for (const p of rejected) assert.strictEqual(isInsideWorkspace(p), false, p);
  });

  it('parseOpenMessage accepts only {type: "open", path, line} (fuzzed with arbitrary values)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom('open', 'Open', 'run'), path: fc.anything(), line: fc.anything() }, { requiredKeys: [] })), (m) => {
        count('panel-messages');
        const r = parseOpenMessage(m);
        if (r === undefined) return;
        assert.strictEqual((m as { type: unknown }).type, 'open');
        assert.ok(typeof r.path === 'string' && r.path.length > 0 && r.path.length <= 4096 && !r.path.includes('\0'));
        assert.ok(Number.isInteger(r.line) && r.line >= 1);
        assert.deepStrictEqual(Object.keys(r).sort(), ['line', 'path']);
      }),
      { seed: SEED, numRuns: runs(2000) },
    );
  });
});
