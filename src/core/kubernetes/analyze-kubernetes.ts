/**
 * Analyses a Kubernetes manifest, one YAML document at a time:
 *  1. Helm templates are skipped with one note.
 *  2. Each document's findings depend only on its own text (and the config), so they are cached by that text and
 *     shifted to where the document starts: an edit in one document of a 1,000-document file re-parses and re-checks
 *     only that document.
 *  3. File-level facts are applied afterwards: LimitRange defaults (same file or folder), kustomize patches, and the
 *     `# containment ignore=` pragmas.
 */
import type { ContainmentConfig } from '../config/config';
import { yamlAliasLimitRule, yamlSyntaxRule, helmTemplateRule } from '../engine/builtin-rules';
import { configuredSetting, isRuleEnabled, messageOf, ruleNames, runRules, type RuleError } from '../engine/run-rules';
import type { FileHost } from '../host/file-host';
import { knowledgeNow } from '../knowledge';
import type { Finding, Fix, Range } from '../model/finding';
import type { Report, RuleMeta } from '../model/rule';
import { kubernetesRules } from './rules.generated';
import { LineIndex } from '../text/line-index';
import { isEmptyDocument, parseYamlDocuments, splitDocuments, type YamlDocument } from '../yaml/documents';
import { countAliases, expandedNodeCount } from '../yaml/nodes';
import { isSuppressedByYamlPragma, parseYamlPragmas } from '../yaml/pragmas';
import type { KubernetesContext } from './context';
import { dirName, type ResourceTag } from './file-facts';
import { applyFileFacts, limitRangesOf, type LimitRangeFact } from './limit-range';
import { hardeningFix, resourceFix } from './fixes';
import { ignoredByAnnotations } from './ignores';
import { isMissingInFragment } from './partial';
import { kustomizeImages, withKustomizeImages, type ImageTransform } from './kustomize';
import { kubernetesObjects, qosClass, sandboxRuntime, workloadsOf, type QosClass, type Workload, type WorkloadContainer } from './workloads';

export interface KubernetesAnalysis {
  findings: Finding[];
  ruleErrors: RuleError[];
}

/** More aliases than this in one document and it is not analysed (alias bombs). */
export const ALIAS_LIMIT = 100;
/** More nodes than this with every alias expanded and it is not analysed either (alias bombs under ALIAS_LIMIT). */
export const EXPANDED_LIMIT = 200_000;

interface DocResult {
  findings: Finding[];
  /** Parallel to findings: set for "missing resource" findings. */
  tags: Array<ResourceTag | undefined>;
  ruleErrors: RuleError[];
  limitRanges: LimitRangeFact[];
}

/**
 * Per-document results by config fingerprint, then by the document's own text. Two levels, not one concatenated key:
 * building `fingerprint + text` for 1,000 documents copied and re-hashed the whole file on every keystroke (profile,
 * bench/README.md). Hits are not reordered (that cost two more hash-and-compare operations per document); the map
 * evicts in insertion order, so a document still in use is at worst analysed once more.
 */
const docCache = new Map<string, Map<string, DocResult>>();
/** The documents of the last text analysed per path (the editor re-analyses the same file on every keystroke). */
const lastByPath = new Map<string, { fingerprint: string; texts: string[]; results: DocResult[]; startLines: number[]; shifted: Finding[][] }>();

/** Counters for tests and benchmarks: how many documents were actually analysed (cache misses). */
export const kubernetesStats = { documentsAnalysed: 0 };
const DOC_CACHE_LIMIT = 8192;

/** Helm: Go template actions that only make sense before rendering (values, includes, control flow at line start). */
const HELM = /\{\{-?\s*(?:\.Values|\.Release|\.Chart|\.Capabilities|\$\.Values|include\s|template\s|toYaml\s|tpl\s|required\s)|^[ \t]*\{\{-?\s*(?:if|else|end|range|with|define)\b/m;

export function isHelmTemplate(text: string): boolean {
  return text.includes('{{') && HELM.test(text);
}

export function analyzeKubernetes(text: string, path: string, config: ContainmentConfig, host: FileHost): KubernetesAnalysis {
  if (isHelmTemplate(text)) {
    const f = builtinFinding(helmTemplateRule, config, 'Helm template: skipped until it is rendered (`helm template` output can be checked).', zeroRange(0));
    return { findings: f ? [f] : [], ruleErrors: [] };
  }
  const images = kustomizeImages(path, host);
  const fingerprint = images.length ? configFingerprint(config) + JSON.stringify(images) : configFingerprint(config);
  let cache = docCache.get(fingerprint);
  if (!cache) {
    if (docCache.size >= 8) docCache.delete(docCache.keys().next().value!);
    docCache.set(fingerprint, (cache = new Map()));
  }
  const findings: Finding[] = [];
  const tags: Array<ResourceTag | undefined> = [];
  const ruleErrors: RuleError[] = [];
  const limitRanges: LimitRangeFact[] = [];
  const chunks = splitDocuments(text);
  // Fast path while typing: the documents of this path's previous text, aligned from the start and from the end.
  // Comparing with `===` is a memcmp; a Map lookup hashes the document first (≈ 7× slower over 1,000 documents).
  const prev = lastByPath.get(path);
  const aligned = prev && prev.fingerprint === fingerprint ? prev : undefined;
  const results = new Array<DocResult>(chunks.length);
  const shifted = new Array<Finding[]>(chunks.length);
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    let result: DocResult | undefined;
    if (aligned) {
      const fromEnd = aligned.texts.length - (chunks.length - i);
      if (aligned.texts[i] === chunk.text) result = aligned.results[i];
      else if (fromEnd >= 0 && aligned.texts[fromEnd] === chunk.text) result = aligned.results[fromEnd];
    }
    result ??= cache.get(chunk.text);
    if (!result) {
      result = analyzeDocument(chunk.text, path, config, host, images);
      if (cache.size >= DOC_CACHE_LIMIT) cache.delete(cache.keys().next().value!);
      cache.set(chunk.text, result);
    }
    // always a copy (cached findings stay untouched), but the copies made for the previous text are reused when the
    // document and its start line are unchanged: every document above the edit (profile: shifting ~1,800 findings
    // per keystroke was 5 % of the incremental path)
    let moved: Finding[] | undefined;
    if (aligned) {
      const j = aligned.results[i] === result && aligned.startLines[i] === chunk.startLine ? i : aligned.results.length - (chunks.length - i);
      if (j >= 0 && aligned.results[j] === result && aligned.startLines[j] === chunk.startLine) moved = aligned.shifted[j];
    }
    moved ??= result.findings.map((f) => shiftFinding(f, chunk.startLine));
    for (let k = 0; k < moved.length; k++) {
      findings.push(moved[k]);
      tags.push(result.tags[k]);
    }
    shifted[i] = moved;
    results[i] = result;
    ruleErrors.push(...result.ruleErrors);
    for (const lr of result.limitRanges) limitRanges.push(chunk.startLine ? shiftLimitRange(lr, chunk.startLine) : lr);
  }
  lastByPath.delete(path);
  if (lastByPath.size >= 32) lastByPath.delete(lastByPath.keys().next().value!);
  lastByPath.set(path, { fingerprint, texts: chunks.map((c) => c.text), results, startLines: chunks.map((c) => c.startLine), shifted });
  const out = applyFileFacts(findings, tags, limitRanges, path, host);
  return { findings: applyPragmas(out, text, config), ruleErrors };
}

/* ------------------------------------------------------------------------------------------------------------------ */

function analyzeDocument(docText: string, path: string, config: ContainmentConfig, host: FileHost, images: readonly ImageTransform[]): DocResult {
  kubernetesStats.documentsAnalysed++;
  const result: DocResult = { findings: [], tags: [], ruleErrors: [], limitRanges: [] };
  const ydoc = parseYamlDocuments(docText)[0];
  if (!ydoc || isEmptyDocument(ydoc)) return result;
  if (ydoc.errors.length) {
    if (/^[ \t]*-?[ \t]*(apiVersion|kind)[ \t]*:/m.test(docText)) {
      const e = ydoc.errors[0];
      const f = builtinFinding(yamlSyntaxRule, config, `YAML syntax error: ${e.message}`, e.range);
      if (f) result.findings.push(f), result.tags.push(undefined);
    }
    return result;
  }
  const objects = kubernetesObjects(ydoc);
  if (!objects.length) return result;
  const aliases = countAliases(ydoc.doc.contents, ALIAS_LIMIT);
  // billion laughs needs only 81 aliases: the expanded size is bounded too (issue 7)
  const bomb = aliases > ALIAS_LIMIT ? `More than ${ALIAS_LIMIT} YAML aliases in this document: it is not analysed further.`
    : aliases > 0 && expandedNodeCount(ydoc.doc.contents, ydoc.doc, EXPANDED_LIMIT + 1) > EXPANDED_LIMIT
      ? `Expanding the YAML aliases of this document would give more than ${EXPANDED_LIMIT.toLocaleString('en')} nodes (an alias bomb): it is not analysed further.`
      : undefined;
  if (bomb) {
    const start = ydoc.doc.contents?.range?.[0] ?? 0;
    const f = builtinFinding(yamlAliasLimitRule, config, bomb, ydoc.offsetRange(start, start));
    if (f) result.findings.push(f), result.tags.push(undefined);
    return result;
  }
  result.limitRanges = limitRangesOf(ydoc, path);
  const workloads = withKustomizeImages(workloadsOf(ydoc), images);
  const qosMemo = new Map<Workload, QosClass>();
  const tagOf = new Map<Finding, ResourceTag>();
  // one fix per container, shared by every finding it resolves
  const resourceFixes = new Map<WorkloadContainer, Fix | undefined>();
  const hardeningFixes = new Map<WorkloadContainer, Fix | undefined>();
  const memo = (m: Map<WorkloadContainer, Fix | undefined>, c: WorkloadContainer, make: () => Fix | undefined) => {
    if (!m.has(c)) m.set(c, make());
    return m.get(c);
  };
  let pendingTag: ResourceTag | undefined;

  const { findings, ruleErrors } = runRules<KubernetesContext>({
    rules: kubernetesRules,
    config,
    index: ydoc.index,
    createContext: (report, running) => {
      const ctx: KubernetesContext = {
        path,
        config,
        host,
        document: ydoc,
        objects,
        workloads,
        report,
        qos: (w) => {
          let q = qosMemo.get(w);
          if (!q) qosMemo.set(w, (q = qosClass(w)));
          return q;
        },
        sandbox: (w) => sandboxRuntime(w, config.sandboxRuntimes),
        reportKernelSharing: (w, r) => {
          const rc = sandboxRuntime(w, config.sandboxRuntimes);
          if (!rc) return report(r);
          // the note is English only: the lowered finding gives up its message id
          report({
            ...r,
            messageId: undefined,
            data: undefined,
            severity: 'info',
            message: `${messageOf(running(), r)} (runtimeClassName "${rc}" is a sandboxed runtime with its own kernel, so this does not reach the host kernel directly; info only.)`,
          });
        },
        reportResource: (w, c, need, r) => {
          const pod = w.containers.map((x) => ({ type: x.type, resources: x.resources }));
          pendingTag = { ...need, kind: w.kind, name: w.name, namespace: w.namespace, containerName: c?.name, containerIndex: c?.index ?? -1, containerType: c?.type ?? 'container', qos: ctx.qos(w), pod };
          try {
            report(r);
          } finally {
            pendingTag = undefined;
          }
        },
        resourceFix: (_w, c) => memo(resourceFixes, c, () => resourceFix(ydoc, c, config)),
        hardeningFix: (w, c) => memo(hardeningFixes, c, () => hardeningFix(ydoc, w, c)),
      };
      return ctx;
    },
    isSuppressed: (meta, report) => isMissingInFragment(workloads, report.range) || isSuppressedByAnnotation(meta, report, objects, workloads),
    adjust: (_meta, finding) => {
      if (pendingTag) tagOf.set(finding, pendingTag);
      return finding;
    },
  });
  result.findings = findings;
  result.tags = findings.map((f) => tagOf.get(f));
  result.ruleErrors = ruleErrors;
  return result;
}

function contains(outer: Range, inner: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.start, outer.end);
}

function isSuppressedByAnnotation(meta: RuleMeta, report: Report, objects: ReturnType<typeof kubernetesObjects>, workloads: Workload[]): boolean {
  // innermost object holding the finding (List items sit inside nothing else; merged anchors may point elsewhere)
  let annotations: Record<string, string> | undefined;
  let best: Range | undefined;
  for (const o of objects) {
    if (!contains(o.range, report.range)) continue;
    if (!best || contains(best, o.range)) {
      best = o.range;
      annotations = workloads.find((w) => w.node === o.node)?.podAnnotations ?? o.annotations;
    }
  }
  if (!annotations && objects.length === 1) annotations = workloads[0]?.podAnnotations ?? objects[0].annotations;
  return !!annotations && ignoredByAnnotations(meta, ruleNames(meta), annotations);
}

/* ------------------------------------------------------------------------------------------------------------------ */
/* File-level facts                                                                                                   */

function applyPragmas(findings: Finding[], text: string, config: ContainmentConfig): Finding[] {
  if (!config.inlineIgnores || !/containment/i.test(text)) return findings;
  const pragmas = parseYamlPragmas(new LineIndex(text));
  if (!pragmas.global.size && !pragmas.byLine.size) return findings;
  return findings.filter((f) => {
    const names = [f.rule.toLowerCase(), ...f.aliases.map((a) => a.toLowerCase())];
    return !isSuppressedByYamlPragma(pragmas, names, f.range.start.line);
  });
}

/* ------------------------------------------------------------------------------------------------------------------ */

function builtinFinding(meta: RuleMeta, config: ContainmentConfig, message: string, range: Range): Finding | undefined {
  if (!isRuleEnabled(meta, config)) return undefined;
  const setting = configuredSetting(meta, config);
  return {
    rule: meta.id,
    aliases: meta.aliases,
    category: meta.category,
    severity: setting && setting !== 'off' ? setting : meta.severity,
    message,
    range,
  };
}

function zeroRange(line: number): Range {
  return { start: { line, character: 0 }, end: { line, character: 0 } };
}

function shiftRange(r: Range, by: number): Range {
  return { start: { line: r.start.line + by, character: r.start.character }, end: { line: r.end.line + by, character: r.end.character } };
}

function shiftLimitRange(lr: LimitRangeFact, by: number): LimitRangeFact {
  return { ...lr, provides: new Map([...lr.provides].map(([k, v]) => [k, { value: v.value, range: shiftRange(v.range, by) }])) };
}

function shiftFinding(f: Finding, by: number): Finding {
  const out: Finding = { ...f, range: shiftRange(f.range, by) };
  if (f.fix) out.fix = { ...f.fix, edits: f.fix.edits.map((e) => ({ range: shiftRange(e.range, by), newText: e.newText })) };
  if (f.related) out.related = f.related.map((r) => ({ ...r, range: shiftRange(r.range, by) }));
  return out;
}

/**
 * Everything the cached per-document findings depend on besides the document's text. Kept per config object and
 * day: a workspace scan analyses hundreds of manifests with one config. Configs are built (cloneConfig +
 * settings/config files) before any analysis and never changed afterwards.
 */
const fingerprints = new WeakMap<ContainmentConfig, { day: string; value: string }>();
function configFingerprint(config: ContainmentConfig): string {
  const day = knowledgeNow().toISOString().slice(0, 10);
  const known = fingerprints.get(config);
  if (known?.day === day) return known.value;
  const value = computeFingerprint(config, day);
  fingerprints.set(config, { day, value });
  return value;
}

function computeFingerprint(config: ContainmentConfig, day: string): string {
  return JSON.stringify([
    [...config.rules.entries()].sort(),
    config.policy,
    config.resourceDefaults,
    config.sandboxRuntimes,
    config.trustedRegistries,
    config.inlineIgnores,
    day,
  ]);
}

export { dirName };
