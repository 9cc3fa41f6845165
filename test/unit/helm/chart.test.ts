import * as assert from 'assert';
import * as path from 'path';
import { defaultConfig } from '../../../src/core/knowledge/config/config';
import { analyzeFile } from '../../../src/core/engine/analyze-file';
import { nodeHost } from '../../../src/core/base/host/node-host';
import { memoryHost } from '../../../src/core/base/host/file-host';
import { renderTemplate, rootScope } from '../../../src/core/formats/helm/render';
import type { Finding } from '../../../src/core/base/model/finding';
import { localizedMessage } from '../../../src/core/base/l10n/rule-text';

const FIXTURES = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'helm').replace(/\\/g, '/');
const host = nodeHost();

function check(file: string, overlays: string[] = []): Finding[] {
  const config = defaultConfig();
  config.helmValues = overlays.map((o) => `${FIXTURES}/${o}`);
  const p = `${FIXTURES}/${file}`;
  return analyzeFile({ path: p, text: host.readFile(p)! }, config, host).findings;
}

const at = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule).map((f) => f.range.start.line + 1);

describe('helm charts (static reader)', () => {
  it('scaffold: resources: {} → memory-limit finding at that values line, template line related', () => {
    const fs = check('webapp/values.yaml');
    assert.deepStrictEqual(at(fs, 'k8s-memory-limit-missing'), [34]);
    const f = fs.find((x) => x.rule === 'k8s-memory-limit-missing')!;
    assert.strictEqual(f.severity, 'warning');
    assert.match(f.message, /memory limit/);
    assert.strictEqual(f.messageId !== undefined, true, 'the rule\'s own message id stays, so it reads in Korean');
    assert.deepStrictEqual(f.related?.map((r) => [path.basename(r.path), r.range.start.line + 1, r.message]), [['deployment.yaml', 38, '`resources` used by deployment.yaml']]);
  });

  it('scaffold: securityContext: {} → run-as-root and privilege-escalation at its line', () => {
    const fs = check('webapp/values.yaml');
    assert.deepStrictEqual(at(fs, 'k8s-run-as-root'), [24]);
    assert.deepStrictEqual(at(fs, 'k8s-privilege-escalation'), [24]);
  });

  it('scaffold: image.tag "" resolves to appVersion (no latest-tag finding), template gets no YAML errors', () => {
    const tpl = check('webapp/templates/deployment.yaml');
    assert.deepStrictEqual(at(tpl, 'k8s-image-latest-tag'), []);
    assert.deepStrictEqual(at(tpl, 'yaml-syntax'), []);
    assert.deepStrictEqual(check('webapp/values.yaml').filter((f) => f.rule.startsWith('k8s-image')).length, 0);
    const out = renderTemplate(host.readFile(`${FIXTURES}/webapp/templates/deployment.yaml`)!, rootScope({ image: { repository: 'r', tag: '' } }, { AppVersion: '2.4.1' }));
    assert.ok(out.lines.some((l) => l.text.includes('image: "r:2.4.1"')));
  });

  it('values-prod.yaml overlay with limits: the memory-limit finding is gone', () => {
    const fs = check('webapp/values.yaml', ['webapp/values-prod.yaml']);
    assert.deepStrictEqual(at(fs, 'k8s-memory-limit-missing'), []);
    assert.deepStrictEqual(at(fs, 'k8s-run-as-root'), [24]);
    assert.deepStrictEqual(check('webapp/values-prod.yaml', ['webapp/values-prod.yaml']).length, 0);
  });

  it('range over a values list of containers: each finding at its own item', () => {
    const fs = check('multi/values.yaml');
    assert.deepStrictEqual(at(fs, 'k8s-privileged-container'), [13]);
    assert.deepStrictEqual(at(fs, 'k8s-memory-limit-missing'), [10]);
  });

  it('constructs it cannot follow: one info finding naming them, no other findings', () => {
    const tpl = check('opaque/templates/statefulset.yaml');
    assert.deepStrictEqual(tpl.map((f) => [f.rule, f.severity]), [['helm-template-skipped', 'info']]);
    assert.match(tpl[0].message, /include "common\.securityContext".*semverCompare.*tpl/);
    assert.strictEqual(tpl[0].messageId, 'notFollowed');
    assert.match(localizedMessage(tpl[0], 'ko'), /따라가지 못한 부분.*include "common\.securityContext"/);
    assert.deepStrictEqual(check('opaque/values.yaml'), []);
  });

  it('unbalanced blocks and odd input never throw', () => {
    const mem = memoryHost({ '/c/Chart.yaml': 'name: c\n', '/c/values.yaml': 'a: [\n', '/c/templates/x.yaml': 'apiVersion: v1\nkind: Pod\n{{- if .Values.a }}\nspec: {}\n' });
    const fs = analyzeFile({ path: '/c/templates/x.yaml', text: mem.readFile('/c/templates/x.yaml')! }, defaultConfig(), mem).findings;
    assert.deepStrictEqual(fs.map((f) => f.rule), ['helm-template-skipped']);
    for (const t of ['{{', '{{ end }}', '{{ range $x := .Values }}{{ $x.y.z }}{{ end }}', '{{ printf "%s" }}', '{{ (((( }}']) {
      assert.doesNotThrow(() => renderTemplate(t, rootScope({}, {})));
    }
  });
});
