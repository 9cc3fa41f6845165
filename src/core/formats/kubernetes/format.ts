/**
 * The Kubernetes format (engine/format.ts). The part the rules see is one YAML document (analyze-kubernetes.ts caches
 * its findings and adds the facts from other documents and files); broken YAML in a manifest-looking document and
 * alias bombs are built-in findings; Helm templates are skipped. Suppression: the YAML pragmas
 * (`# containment [global] ignore=…`), kube-linter/Polaris/kube-score annotations on the object, and "missing"
 * findings on a fragment (a patch) are dropped. A sandboxed runtimeClassName lowers kernel-sharing findings.
 */
import { builtinMessage, helmTemplateRule } from '../../engine/builtin-rules';
import type { EngineContext, Format } from '../../engine/format';
import { aliasBombReport, yamlSyntaxReport } from '../../engine/yaml-builtins';
import type { Fix, Range } from '../../base/model/finding';
import type { Suppressor } from '../../base/model/rule';
import { LineIndex } from '../../base/text/line-index';
import { isEmptyDocument, parseYamlDocuments, splitDocuments } from '../../base/yaml/documents';
import { parseYamlPragmas, yamlPragmaSuppressor } from '../../base/yaml/pragmas';
import { analyzeKubernetesDocuments, isHelmTemplate } from './analyze-kubernetes';
import type { KubernetesContext, KubernetesDocument } from './context';
import { kubernetesFacts } from './facts';
import type { ResourceTag } from './file-facts';
import { kubernetesFixes, type ContainerField, type ContainerFixBuilder } from './fixes';
import { ignoredByAnnotations } from './ignores';
import { kustomizeImages, withKustomizeImages } from './kustomize';
import { limitRangesOf, type LimitRangeFact } from './limit-range';
import { isMissingInFragment } from './partial';
import { kubernetesRules } from './rules.generated';
import { kubernetesObjects, qosClass, sandboxRuntime, workloadsOf, type QosClass, type Workload, type WorkloadContainer } from './workloads';
import { detectKubernetes } from './detect';

/** A document that says it is a manifest: its YAML errors are reported (other YAML files are not ours). */
const LOOKS_LIKE_A_MANIFEST = /^[ \t]*-?[ \t]*(apiVersion|kind)[ \t]*:/m;

function contains(outer: Range, inner: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.start, outer.end);
}

/** kube-linter, Polaris and kube-score annotations of the innermost object holding the finding. */
function annotationSuppressor({ objects, workloads }: KubernetesDocument): Suppressor {
  return {
    inline: false,
    suppresses(names, meta, range) {
      // innermost object holding the finding (List items sit inside nothing else; merged anchors may point elsewhere)
      let annotations: Record<string, string> | undefined;
      let best: Range | undefined;
      for (const o of objects) {
        if (!contains(o.range, range)) continue;
        if (!best || contains(best, o.range)) {
          best = o.range;
          annotations = workloads.find((w) => w.node === o.node)?.podAnnotations ?? o.annotations;
        }
      }
      if (!annotations && objects.length === 1) annotations = workloads[0]?.podAnnotations ?? objects[0].annotations;
      return !!annotations && ignoredByAnnotations(meta, names, annotations);
    },
  };
}

/** A finding about something a fragment (a patch) does not write: the object it is merged into decides. */
function fragmentSuppressor({ workloads }: KubernetesDocument): Suppressor {
  return { inline: false, suppresses: (_names, _meta, range) => isMissingInFragment(workloads, range) };
}

export const kubernetesFormat: Format<KubernetesDocument, KubernetesContext, Workload, Record<ContainerField, ContainerFixBuilder>> = {
  kind: 'kubernetes',
  detect: detectKubernetes,
  skip: (text) =>
    isHelmTemplate(text)
      ? { meta: helmTemplateRule, ...builtinMessage(helmTemplateRule, 'helmTemplate'), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }
      : undefined,
  parse(text, path, host) {
    const ydoc = parseYamlDocuments(text)[0];
    if (!ydoc || isEmptyDocument(ydoc)) return undefined;
    if (ydoc.errors.length) return LOOKS_LIKE_A_MANIFEST.test(text) ? { builtin: yamlSyntaxReport(ydoc.errors[0]) } : undefined;
    const objects = kubernetesObjects(ydoc);
    if (!objects.length) return undefined;
    const bomb = aliasBombReport(ydoc);
    if (bomb) return { builtin: bomb };
    // the rules' views, made on first use: a project scan whose findings came from the cache reads only `ydoc` (facts)
    let workloads: Workload[] | undefined;
    let limitRanges: LimitRangeFact[] | undefined;
    const model: KubernetesDocument = {
      ydoc,
      objects,
      get workloads() {
        return (workloads ??= withKustomizeImages(workloadsOf(ydoc), kustomizeImages(path, host)));
      },
      get limitRanges() {
        return (limitRanges ??= limitRangesOf(ydoc, path));
      },
    };
    return { model };
  },
  rules: kubernetesRules,
  index: (model) => model.ydoc.index,
  createContext: (model, engine) => documentContext(model, engine),
  suppressors(text, model) {
    const out: Suppressor[] = model ? [fragmentSuppressor(model), annotationSuppressor(model)] : [];
    if (/containment/i.test(text)) out.push(yamlPragmaSuppressor(parseYamlPragmas(model?.ydoc.index ?? new LineIndex(text))));
    return out;
  },
  sandboxNote(workload, config) {
    const rc = sandboxRuntime(workload, config.sandboxRuntimes);
    return rc ? { messageId: 'engine.sandboxedRuntimeClass', data: { runtimeClass: rc } } : undefined;
  },
  analyzeFile: (text, path, config, host, models) => analyzeKubernetesDocuments(kubernetesFormat, text, path, config, host, models),
  parts: splitDocuments,
  fixes: kubernetesFixes,
  facts: kubernetesFacts,
};

function documentContext(model: KubernetesDocument, engine: EngineContext<Workload>): KubernetesContext {
  const { ydoc, objects, workloads } = model;
  const { config } = engine;
  const qosMemo = new Map<Workload, QosClass>();
  // one fix per container, shared by every finding it resolves
  const resourceFixes = new Map<WorkloadContainer, Fix | undefined>();
  const hardeningFixes = new Map<WorkloadContainer, Fix | undefined>();
  const memo = (m: Map<WorkloadContainer, Fix | undefined>, c: WorkloadContainer, make: () => Fix | undefined) => {
    if (!m.has(c)) m.set(c, make());
    return m.get(c);
  };
  const ctx: KubernetesContext = {
    path: engine.path,
    config,
    host: engine.host,
    document: ydoc,
    objects,
    workloads,
    report: engine.report,
    qos: (w) => {
      let q = qosMemo.get(w);
      if (!q) qosMemo.set(w, (q = qosClass(w)));
      return q;
    },
    sandbox: (w) => sandboxRuntime(w, config.sandboxRuntimes),
    reportKernelSharing: engine.reportKernelSharing,
    reportResource: (w, c, need, r) => {
      const pod = w.containers.map((x) => ({ type: x.type, resources: x.resources }));
      const tag: ResourceTag = { ...need, kind: w.kind, name: w.name, namespace: w.namespace, containerName: c?.name, containerIndex: c?.index ?? -1, containerType: c?.type ?? 'container', qos: ctx.qos(w), pod };
      engine.report({ ...r, deferred: tag });
    },
    resourceFix: (w, c) => memo(resourceFixes, c, () => kubernetesFixes.resources.fix(ydoc, w, c, config, engine.policy)),
    hardeningFix: (w, c) => memo(hardeningFixes, c, () => kubernetesFixes.securityContext.fix(ydoc, w, c, config, engine.policy)),
  };
  return ctx;
}
