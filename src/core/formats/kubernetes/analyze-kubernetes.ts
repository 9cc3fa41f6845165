/**
 * Drives the Kubernetes format (format.ts) one YAML document at a time:
 *  1. Each document's findings depend only on its own text, the config and the file's `global ignore` pragmas, so
 *     they are cached by that text and shifted to where the document starts: an edit in one document of a
 *     1,000-document file re-parses and re-checks only that document.
 *  2. File-level facts are applied afterwards to the findings that carry them (`deferred`): LimitRange defaults
 *     (same file or folder) and kustomize patches.
 */
import { cacheMap, WeakCache } from '../../base/caches';
import type { ContainmentConfig } from '../../knowledge/config/config';
import type { Analysis, AnyFormat, ModelCache, PartFinding } from '../../engine/format';
import { analyzePart } from '../../engine/pipeline';
import type { RuleError } from '../../engine/run-rules';
import type { FileHost } from '../../base/host/file-host';
import { knowledgeNow } from '../../knowledge';
import type { Suppressor } from '../../base/model/rule';
import { LineIndex, shiftRange } from '../../base/text/line-index';
import { splitDocuments } from '../../base/yaml/documents';
import { parseYamlPragmas, yamlPragmaSuppressor } from '../../base/yaml/pragmas';
import { dirName, isHelmTemplate } from './file-facts';
import { applyFileFacts, type LimitRangeFact } from './limit-range';
import { skaffoldArtifacts } from './build-tools';
import { kustomizeImages } from './kustomize';
import type { KubernetesDocument } from './context';
import { applyProjectFacts } from './project-checks';
import { emptyFacts, objectFactsOf, type ObjectFacts } from './project-objects';

interface DocResult {
  findings: PartFinding[];
  ruleErrors: RuleError[];
  limitRanges: LimitRangeFact[];
  /** Objects the cross-object checks of this file's other documents look for (project-checks.ts). */
  objects: ObjectFacts;
}

/**
 * Per-document results by config fingerprint, then by the document's own text. Two levels, not one concatenated key:
 * building `fingerprint + text` for 1,000 documents copied and re-hashed the whole file on every keystroke (profile,
 * bench/README.md). Hits are not reordered (that cost two more hash-and-compare operations per document); the map
 * evicts in insertion order, so a document still in use is at worst analysed once more.
 */
const docCache = cacheMap<string, Map<string, DocResult>>('kubernetes/analyze-kubernetes docCache');
/** The documents of the last text analysed per path (the editor re-analyses the same file on every keystroke). */
const lastByPath = cacheMap<string, { fingerprint: string; texts: string[]; results: DocResult[]; startLines: number[]; shifted: PartFinding[][] }>('kubernetes/analyze-kubernetes lastByPath');

/** Counters for tests and benchmarks: how many documents were actually analysed (cache misses). */
export const kubernetesStats = { documentsAnalysed: 0 };
const DOC_CACHE_LIMIT = 8192;


export function analyzeKubernetesDocuments(format: AnyFormat, text: string, path: string, config: ContainmentConfig, host: FileHost, models?: ModelCache): Analysis {
  const images = kustomizeImages(path, host);
  const globals = globalIgnores(text, config);
  // the rules read these outside facts, so cached document results are only valid for the same ones
  const built = skaffoldArtifacts(path, host).map((a) => a.image);
  let fingerprint = configFingerprint(config) + (images.length ? JSON.stringify(images) : '') + (built.length ? '\u0000skaffold:' + built.join(',') : '');
  if (globals) fingerprint += '\u0000' + globals.key;
  const fileSuppressors = globals ? [globals.suppressor] : [];
  let cache = docCache.get(fingerprint);
  if (!cache) {
    if (docCache.size >= 8) docCache.delete(docCache.keys().next().value!);
    docCache.set(fingerprint, (cache = new Map()));
  }
  const findings: PartFinding[] = [];
  const ruleErrors: RuleError[] = [];
  const limitRanges: LimitRangeFact[] = [];
  const objects = emptyFacts();
  const chunks = splitDocuments(text);
  // Fast path while typing: the documents of this path's previous text, aligned from the start and from the end.
  // Comparing with `===` is a memcmp; a Map lookup hashes the document first (≈ 7× slower over 1,000 documents).
  const prev = lastByPath.get(path);
  const aligned = prev && prev.fingerprint === fingerprint ? prev : undefined;
  const results = new Array<DocResult>(chunks.length);
  const shifted = new Array<PartFinding[]>(chunks.length);
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
      result = analyzeDocument(format, chunk.text, path, config, host, fileSuppressors, models);
      if (cache.size >= DOC_CACHE_LIMIT) cache.delete(cache.keys().next().value!);
      cache.set(chunk.text, result);
    }
    // always a copy (cached findings stay untouched), but the copies made for the previous text are reused when the
    // document and its start line are unchanged: every document above the edit (profile: shifting ~1,800 findings
    // per keystroke was 5 % of the incremental path)
    let moved: PartFinding[] | undefined;
    if (aligned) {
      const j = aligned.results[i] === result && aligned.startLines[i] === chunk.startLine ? i : aligned.results.length - (chunks.length - i);
      if (j >= 0 && aligned.results[j] === result && aligned.startLines[j] === chunk.startLine) moved = aligned.shifted[j];
    }
    moved ??= result.findings.map((f) => shiftFinding(f, chunk.startLine));
    for (let k = 0; k < moved.length; k++) findings.push(moved[k]);
    shifted[i] = moved;
    results[i] = result;
    ruleErrors.push(...result.ruleErrors);
    for (const lr of result.limitRanges) limitRanges.push(chunk.startLine ? shiftLimitRange(lr, chunk.startLine) : lr);
    addObjectFacts(objects, result.objects, chunk.startLine);
  }
  lastByPath.delete(path);
  if (lastByPath.size >= 32) lastByPath.delete(lastByPath.keys().next().value!);
  lastByPath.set(path, { fingerprint, texts: chunks.map((c) => c.text), results, startLines: chunks.map((c) => c.startLine), shifted });
  return { findings: applyFileFacts(applyProjectFacts(findings, objects, path, host), limitRanges, path, host), ruleErrors };
}

/**
 * The file's `# containment global ignore=…` pragmas: they reach every document, so they are part of the cache key.
 * Undefined when there are none (the common case: one scan of the text for "containment").
 */
function globalIgnores(text: string, config: ContainmentConfig): { key: string; suppressor: Suppressor } | undefined {
  if (!config.inlineIgnores || !/containment/i.test(text)) return undefined;
  const { global } = parseYamlPragmas(new LineIndex(text));
  if (!global.size) return undefined;
  return { key: [...global].sort().join(','), suppressor: yamlPragmaSuppressor({ global, byLine: new Map(), lines: [] }) };
}

/* ------------------------------------------------------------------------------------------------------------------ */

function analyzeDocument(
  format: AnyFormat,
  docText: string,
  path: string,
  config: ContainmentConfig,
  host: FileHost,
  fileSuppressors: Suppressor[],
  models: ModelCache | undefined,
): DocResult {
  kubernetesStats.documentsAnalysed++;
  const { findings, ruleErrors, model } = analyzePart<KubernetesDocument>(format, docText, path, config, host, fileSuppressors, models);
  return { findings, ruleErrors, limitRanges: model?.limitRanges ?? [], objects: model ? objectFactsOf(model.ydoc, path) : emptyFacts() };
}

/* ------------------------------------------------------------------------------------------------------------------ */

function shiftLimitRange(lr: LimitRangeFact, by: number): LimitRangeFact {
  return { ...lr, provides: new Map([...lr.provides].map(([k, v]) => [k, { value: v.value, range: shiftRange(v.range, by) }])) };
}

function addObjectFacts(into: ObjectFacts, from: ObjectFacts, by: number): void {
  for (const p of from.pods) into.pods.push(p.replicas && by ? { ...p, replicas: { value: p.replicas.value, range: shiftRange(p.replicas.range, by) } } : p);
  into.serviceAccounts.push(...from.serviceAccounts);
  into.customResources.push(...from.customResources);
  into.scalers.push(...from.scalers);
}

function shiftFinding(f: PartFinding, by: number): PartFinding {
  const out: PartFinding = { ...f, range: shiftRange(f.range, by) };
  if (f.fix) out.fix = { ...f.fix, edits: f.fix.edits.map((e) => ({ range: shiftRange(e.range, by), newText: e.newText })) };
  if (f.related) out.related = f.related.map((r) => ({ ...r, range: shiftRange(r.range, by) }));
  return out;
}

/**
 * Everything the cached per-document findings depend on besides the document's text. Kept per config object and
 * day: a workspace scan analyses hundreds of manifests with one config. Configs are built (cloneConfig +
 * settings/config files) before any analysis and never changed afterwards.
 */
const fingerprints = new WeakCache<ContainmentConfig, { day: string; value: string }>('kubernetes/analyze-kubernetes fingerprints');
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

export { dirName, isHelmTemplate };
