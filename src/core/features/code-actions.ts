/**
 * Code actions in editor-neutral form, assembled once for the VS Code extension and the language server:
 *
 *   - each distinct fix once (fixes with identical edits, e.g. the one securityContext hardening five rules attach to a
 *     container, are one action resolving all their findings); the one resolving the most findings is preferred;
 *   - per rule one "Ignore <rule> for this line" (every line of that rule in the range, one edit each), one
 *     "… for this object (kube-linter annotation)", one "… in this file", and one "Show documentation for <rule>";
 *   - `source.fixAll.containment`: every fix at once (src/core/engine/fix/fix-all.ts) that cannot change how the container runs;
 *     fixes declared `changesBehaviour` (USER, securityContext, limits, …) stay individual quick fixes.
 *
 * Edit texts come from the pure src/core/engine/fix modules; adapters only convert ranges and attach diagnostics.
 */
import { SHOW_RULE_DOC_COMMAND } from './docs/command-links';
import { english, type Translate } from './docs/translate';
import { fixAllEdits } from '../engine/fix/fix-all';
import { ignoreFileEdit, ignoreId, ignoreLineEdit, kubeLinterIgnoreEdits } from '../engine/fix/ignore-edits';
import type { Lang } from '../base/l10n/lang';
import { localizedFixTitle } from '../base/l10n/rule-text';
import type { FileKind, Finding, TextEdit } from '../base/model/finding';

import { FIX_ALL_KIND, QUICK_FIX_KIND } from './action-kinds';
import { documentModels, type DocumentModelsOf, type OpenDocument } from './document-parts';

export { FIX_ALL_KIND, QUICK_FIX_KIND };

/** Builtin findings that are not about the file's content: no ignore actions. */
const NOT_IGNORABLE = new Set(['file-skipped']);

export interface ActionSpec {
  title: string;
  kind: typeof QUICK_FIX_KIND | typeof FIX_ALL_KIND;
  /** Edits to the document the findings are in (sorted, non-overlapping). */
  edits?: TextEdit[];
  command?: { command: string; title: string; arguments: unknown[] };
  /** The findings this action resolves (the adapter turns them into its diagnostics). */
  findings: Finding[];
  isPreferred?: boolean;
  /** Values in the edits the user should choose: editors with snippets put tab stops over them (snippets.ts). */
  placeholders?: string[];
}

function editKey(e: TextEdit): string {
  const r = e.range;
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}\u0000${e.newText}`;
}

function cmp(a: TextEdit, b: TextEdit): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.range.end.line - b.range.end.line || a.range.end.character - b.range.end.character;
}

/** Edits of several findings as one list: identical edits once, and an edit overlapping one already taken dropped. */
function combineEdits(lists: TextEdit[][]): TextEdit[] {
  const out: TextEdit[] = [];
  const seen = new Set<string>();
  const overlaps = (a: TextEdit, b: TextEdit) => {
    const empty = (e: TextEdit) => e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character;
    if (empty(a) && empty(b)) return false;
    const before = (p: TextEdit['range']['start'], q: TextEdit['range']['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
    return before(a.range.start, b.range.end) && before(b.range.start, a.range.end);
  };
  for (const list of lists) {
    const fresh = list.filter((e) => !seen.has(editKey(e)));
    if (fresh.some((e) => out.some((o) => overlaps(o, e)))) continue;
    for (const e of fresh) {
      seen.add(editKey(e));
      out.push(e);
    }
  }
  return out.sort(cmp);
}

/**
 * One action per distinct fix (same edits = same fix), the one resolving the most findings preferred. Titles in
 * `lang` (the fix's title id), like the diagnostics' messages.
 */
export function fixActions(findings: readonly Finding[], t: Translate = english, lang: Lang = 'en'): ActionSpec[] {
  const groups = new Map<string, ActionSpec>();
  for (const f of findings) {
    if (!f.fix || !f.fix.edits.length) continue;
    const edits = [...f.fix.edits].sort(cmp);
    const key = edits.map(editKey).join('\u0001');
    const group = groups.get(key);
    if (group) group.findings.push(f);
    else groups.set(key, { title: localizedFixTitle(f.fix, lang), kind: QUICK_FIX_KIND, edits, findings: [f], ...(f.fix.placeholders?.length ? { placeholders: f.fix.placeholders } : {}) });
  }
  const actions = [...groups.values()];
  // two different fixes with the same title (two containers in the selection) are told apart by their first line
  const titleCount = new Map<string, number>();
  for (const a of actions) titleCount.set(a.title, (titleCount.get(a.title) ?? 0) + 1);
  for (const a of actions) if (titleCount.get(a.title)! > 1) a.title = t('{0} (line {1})', a.title, a.edits![0].range.start.line + 1);
  let best: ActionSpec | undefined;
  for (const a of actions) if (!best || a.findings.length > best.findings.length) best = a;
  if (best) best.isPreferred = true;
  return best ? [best, ...actions.filter((a) => a !== best)] : actions;
}

/** Per rule: ignore for the line(s), for the object (Kubernetes, kube-linter name), in the file; then its documentation. */
export function ignoreActions(doc: OpenDocument, findings: readonly Finding[], t: Translate = english): ActionSpec[] {
  const { text, kind } = doc;
  let models: DocumentModelsOf | undefined; // read on the first ignore that needs them
  const read = () => (models ??= documentModels(doc));
  const byId = new Map<string, Finding[]>();
  for (const f of findings) {
    if (NOT_IGNORABLE.has(f.rule)) continue;
    const id = ignoreId(f);
    const list = byId.get(id);
    if (list) list.push(f);
    else byId.set(id, [f]);
  }
  const ignores: ActionSpec[] = [];
  const docs: ActionSpec[] = [];
  const documented = new Set<string>();
  for (const [id, list] of byId) {
    const edit = (title: string, edits: TextEdit[]) => {
      if (edits.length) ignores.push({ title, kind: QUICK_FIX_KIND, edits, findings: list });
    };
    const dockerfile = () => {
      const m = read();
      return m.kind === 'dockerfile' ? m.model : undefined;
    };
    const lineEdits = combineEdits(list.map((f) => [ignoreLineEdit(text, kind, f, kind === 'dockerfile' ? { dockerfile: dockerfile() } : {})].filter((e): e is TextEdit => !!e)));
    const lines = new Set(lineEdits.map((e) => e.range.start.line)).size;
    edit(lines > 1 ? t('Ignore {0} on these {1} lines', id, lines) : t('Ignore {0} for this line', id), lineEdits);
    if (kind === 'kubernetes') {
      const m = read();
      const parts = m.kind === 'kubernetes' ? m.parts : [];
      edit(t('Ignore {0} for this object (kube-linter annotation)', id), combineEdits(list.map((f) => kubeLinterIgnoreEdits(text, f, undefined, parts) ?? [])));
    }
    const fileEdit = ignoreFileEdit(text, kind, list[0]);
    edit(t('Ignore {0} in this file', id), fileEdit ? [fileEdit] : []);
    for (const f of list) {
      if (documented.has(f.rule)) continue;
      documented.add(f.rule);
      const title = t('Show documentation for {0}', f.rule);
      docs.push({ title, kind: QUICK_FIX_KIND, command: { command: SHOW_RULE_DOC_COMMAND, title, arguments: [f.rule] }, findings: list.filter((x) => x.rule === f.rule) });
    }
  }
  return [...ignores, ...docs];
}

/** Quick fixes for the findings under the cursor / selection: distinct fixes first, then ignores and docs. */
export function quickFixActions(doc: OpenDocument, findingsHere: readonly Finding[], t: Translate = english, lang: Lang = 'en'): ActionSpec[] {
  return [...fixActions(findingsHere, t, lang), ...ignoreActions(doc, findingsHere, t)];
}

export interface FixAllPlan {
  /** The one action applying every safe fix; undefined when there is none. */
  action?: ActionSpec;
  /** Titles of the fixes the action applies (each once). */
  applied: string[];
  /** Titles of the fixes left out because they can change how the container runs (each once). */
  leftOut: string[];
  /** Titles of safe fixes skipped because they overlap an applied one (a second Fix All picks them up). */
  skipped: string[];
}

const isSafeFix = (f: Finding) => !!f.fix && f.fix.edits.length > 0 && !f.fix.manual && !f.fix.changesBehaviour;

/**
 * Fix All as the editors offer it (`source.fixAll.containment`, which editors may run on save, and the
 * `containment.fixAll` command): only fixes that cannot change runtime behaviour, decided by the fix's declared
 * `changesBehaviour` (and `manual`), never by its title.
 */
export function planFixAll(findings: readonly Finding[], t: Translate = english, lang: Lang = 'en'): FixAllPlan {
  const safe = findings.filter(isSafeFix);
  const titled = lang === 'en' ? safe : safe.map((f) => ({ ...f, fix: { ...f.fix!, title: localizedFixTitle(f.fix!, lang) } }));
  const { edits, applied, skipped } = fixAllEdits(titled);
  const leftOut = findings.filter((f) => f.fix && f.fix.edits.length && !f.fix.manual && f.fix.changesBehaviour).map((f) => localizedFixTitle(f.fix!, lang));
  const plan: FixAllPlan = { applied: unique(applied), leftOut: unique(leftOut), skipped: unique(skipped) };
  if (edits.length) plan.action = { title: t('Fix all auto-fixable Containment problems'), kind: FIX_ALL_KIND, edits, findings: safe };
  return plan;
}

/** `source.fixAll.containment`: every safe fix of the document as one edit; undefined when there is none. */
export function fixAllAction(findings: readonly Finding[], t: Translate = english, lang: Lang = 'en'): ActionSpec | undefined {
  return planFixAll(findings, t, lang).action;
}

/** What a Fix All did, for the editor's notification: applied fixes, those left to the user, those to re-run. */
export function fixAllSummary(plan: FixAllPlan, t: Translate = english): string {
  const parts: string[] = [];
  if (plan.applied.length) parts.push(t('Applied {0} fix(es): {1}.', plan.applied.length, plan.applied.join('; ')));
  else parts.push(t('No fix that leaves runtime behaviour unchanged applies to this file.'));
  if (plan.leftOut.length) parts.push(t('Left for you to apply one by one, as they change how the container runs: {0}.', plan.leftOut.join('; ')));
  if (plan.skipped.length) parts.push(t('{0} fixes overlapped others and were skipped; run Fix All again.', plan.skipped.length));
  return parts.join(' ');
}

function unique(titles: string[]): string[] {
  return [...new Set(titles)];
}

/** Which kinds a request asks for (`only` in VS Code and LSP): a requested kind matches itself and its sub-kinds. */
export function wantsKind(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => o === kind || kind.startsWith(`${o}.`) || o.startsWith(`${kind}.`));
}
