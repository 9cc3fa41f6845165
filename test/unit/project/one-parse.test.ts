import * as assert from 'assert';
import { clearCaches } from '../../../src/core/base/caches';
import { memoryHost } from '../../../src/core/base/host/file-host';
import { scanProject } from '../../../src/core/project/scan-project';
import { countParses } from '../count-parses';
import { pod } from '../fixtures/manifests';

const FILES: Record<string, string> = {
  '/p/Dockerfile': ['FROM golang:1.22 AS dev', 'CMD ["go", "run", "."]', '', 'FROM gcr.io/distroless/static:nonroot', 'USER 65532', 'ENTRYPOINT ["/app"]', ''].join('\n'),
  '/p/compose.yaml': ['services:', '  api:', '    build:', '      context: .', '      target: dev', '    image: example/api:1', ''].join('\n'),
  '/p/k8s/app.yaml': [pod('one'), pod('two', [], 'example/api:1')].join('---\n'),
};

describe('project scan: one parse per file version for findings and facts', () => {
  const scan = () => scanProject('/p', { host: memoryHost(FILES), files: Object.keys(FILES).map((path) => ({ path })) });

  for (const [name, prepare] of [
    ['cold caches (the rules parse, the facts reuse the model)', () => clearCaches()],
    ['findings from the cache (the facts parse, once)', () => scan()],
  ] as const) {
    it(name, () => {
      prepare();
      let model: ReturnType<typeof scan> | undefined;
      const counts = countParses(() => (model = scan()));
      assert.deepStrictEqual(
        [...counts.entries()].filter(([, n]) => n !== 1),
        [],
        'every file (every YAML document) is parsed once per scan, the Dockerfile too although Compose reads its dev stage',
      );
      assert.strictEqual(counts.size, 4, 'the Dockerfile, the Compose file and both documents of the manifest');
      // the facts did come from those models: the workloads and the stage Compose runs
      assert.deepStrictEqual(model!.workloads.map((w) => w.name).sort(), ['api', 'one', 'two']);
      assert.deepStrictEqual(model!.workloads.find((w) => w.name === 'two')?.location, { path: 'k8s/app.yaml', line: 13 });
      assert.strictEqual(model!.workloads.find((w) => w.name === 'api')?.isolation.privileges.root, 'yes');
    });
  }
});

describe('project scan: a file with a byte-order mark', () => {
  it('is parsed once: the facts read the text the findings read (the mark as a space)', () => {
    clearCaches();
    const files = { '/b/compose.yaml': '\ufeffservices:\n  web:\n    image: nginx:1.30\n    privileged: true\n' };
    let model: ReturnType<typeof scanProject> | undefined;
    const counts = countParses(() => (model = scanProject('/b', { host: memoryHost(files), files: [{ path: '/b/compose.yaml' }] })));
    assert.deepStrictEqual([...counts.values()], [1]);
    assert.deepStrictEqual(model!.workloads.map((w) => [w.name, w.location.line]), [['web', 2]]);
  });
});
