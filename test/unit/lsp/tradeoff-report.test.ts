import * as assert from 'assert';
import * as path from 'path';
import { projectRootOf } from '../../../src/lsp/tradeoff-report';

describe('language server: the project a trade-off report covers', () => {
  const ws = path.resolve('/work/ws');
  const nested = path.join(ws, 'services', 'api');

  it('the deepest workspace folder holding the document', () => {
    assert.strictEqual(projectRootOf(path.join(nested, 'k8s', 'deploy.yaml'), [ws, nested]), nested);
    assert.strictEqual(projectRootOf(path.join(ws, 'compose.yaml'), [nested, ws]), ws);
  });

  it("a document outside every folder (or without folders): the document's own folder", () => {
    assert.strictEqual(projectRootOf(path.resolve('/elsewhere/app/Dockerfile'), [ws]), path.resolve('/elsewhere/app'));
    assert.strictEqual(projectRootOf(path.resolve('/tmp/pod.yaml'), []), path.resolve('/tmp'));
  });

  it('a folder whose name merely starts like the workspace is not inside it', () => {
    assert.strictEqual(projectRootOf(path.resolve('/work/ws-other/Dockerfile'), [ws]), path.resolve('/work/ws-other'));
  });
});
