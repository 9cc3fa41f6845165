/**
 * The text edits behind the editor's "Ignore …" actions, in each file's own pragma syntax. Pure: the extension only
 * wraps them in code actions.
 *
 *   ignoreLineEdit      `# hadolint ignore=DLxxxx` / `# containment ignore=<id>` on the line above the instruction (Dockerfile)
 *                       or the key (YAML), with that line's indentation; an ignore pragma directly above is extended
 *   ignoreFileEdit      `# containment global ignore=<id>` at the top (after `# syntax=` / `# escape=` / `# check=`
 *                       directives in Dockerfiles); an existing global pragma is extended
 *   kubeLinterIgnoreEdits  `ignore-check.kube-linter.io/<check>: "…"` under the object's metadata.annotations
 */
import { parseDockerfile, type DockerfileModel } from '../../formats/dockerfile/model';
import { modelParts, ModelStore, type ModelPart } from '../models';
import { memoryHost } from '../../base/host/file-host';
import type { KubernetesDocument } from '../../formats/kubernetes/context';
import { kubernetesFormat } from '../../formats/kubernetes/format';
import type { FileKind, Range, TextEdit } from '../../base/model/finding';
import { aliasTool } from '../../base/model/rule';
import { LineIndex, shiftRange } from '../../base/text/line-index';
import { detectStyle, mergeIntoMap } from '../../base/yaml/edit';

/** What an ignore needs to know about a finding. */
export interface IgnoreSubject {
  rule: string;
  aliases: string[];
  range: Range;
}

/** The id an ignore pragma should name: a ShellCheck finding is ignored by its code (`SC2086`), anything else by rule id. */
export function ignoreId(subject: Pick<IgnoreSubject, 'rule' | 'aliases'>): string {
  if (subject.rule === 'shellcheck') return subject.aliases.find((a) => aliasTool(a) === 'shellcheck') ?? subject.rule;
  return subject.rule;
}

/** The hadolint code for a rule (`DL3008`), when it has one. */
export function hadolintAlias(subject: Pick<IgnoreSubject, 'rule' | 'aliases'>): string | undefined {
  return subject.aliases.find((a) => aliasTool(a) === 'hadolint') ?? (subject.rule === 'shellcheck' ? ignoreId(subject) : undefined);
}

/** The kube-linter check name for a rule, when it has one. */
export function kubeLinterAlias(subject: Pick<IgnoreSubject, 'aliases'>): string | undefined {
  return subject.aliases.find((a) => aliasTool(a) === 'kube-linter');
}

const LINE_PRAGMA = /^(\s*#\s*(hadolint|containment)\s+ignore\s*=\s*)([^#]*?)\s*$/i;
const GLOBAL_PRAGMA = /^(\s*#\s*(hadolint|containment)\s+global\s+ignore\s*=\s*)([^#]*?)\s*$/i;
const DIRECTIVE = /^#\s*(syntax|escape|check)\s*=/i;

function ids(list: string): string[] {
  return list
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function insertLine(index: LineIndex, line: number, content: string): TextEdit {
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: content + index.eol };
}

/** Appends `id` to the pragma on `line`; undefined when it already names it. */
function extendPragma(index: LineIndex, line: number, match: RegExpExecArray, id: string): TextEdit | undefined {
  const existing = ids(match[3]);
  if (existing.some((e) => e.toLowerCase() === id.toLowerCase())) return undefined;
  const start = match[1].length;
  const end = start + match[3].length;
  const pos = { line, character: end };
  return existing.length ? { range: { start: pos, end: pos }, newText: `,${id}` } : { range: { start: { line, character: start }, end: pos }, newText: id };
}

export interface IgnoreLineOptions {
  /** Dockerfile: write `# hadolint ignore=…` (the file already uses hadolint pragmas). Computed from the text when omitted. */
  hadolintStyle?: boolean;
  /** Dockerfile: the model of `text` the findings came from (parsed here when omitted). */
  dockerfile?: DockerfileModel;
}

/**
 * The edit that ignores `subject` for its line. Undefined when the line is already covered by a pragma naming it, or
 * when no place for a pragma exists.
 */
export function ignoreLineEdit(text: string, kind: FileKind, subject: IgnoreSubject, options: IgnoreLineOptions = {}): TextEdit | undefined {
  const index = new LineIndex(text);
  let line = subject.range.start.line;
  let tool: 'hadolint' | 'containment' = 'containment';
  let id = ignoreId(subject);
  if (kind === 'dockerfile') {
    const model = options.dockerfile ?? parseDockerfile(text);
    const instruction = model.instructionAtLine(line);
    if (instruction) line = instruction.getRange().start.line;
    const hadolintStyle = options.hadolintStyle ?? model.pragmas.usesHadolintPragmas;
    const dl = hadolintAlias(subject);
    if (hadolintStyle && dl) {
      tool = 'hadolint';
      id = dl;
    }
  }
  line = Math.max(0, Math.min(line, index.lineCount - 1));
  if (line > 0) {
    const above = LINE_PRAGMA.exec(index.lineText(line - 1));
    if (above) {
      // extend the pragma already there; in a hadolint pragma prefer the DL code when there is one
      const useId = above[2].toLowerCase() === 'hadolint' ? hadolintAlias(subject) ?? ignoreId(subject) : ignoreId(subject);
      return extendPragma(index, line - 1, above, useId);
    }
  }
  return insertLine(index, line, `${index.indentOf(line)}# ${tool} ignore=${id}`);
}

/** The edit that ignores `subject` in the whole file. Undefined when a global pragma already names it. */
export function ignoreFileEdit(text: string, kind: FileKind, subject: Pick<IgnoreSubject, 'rule' | 'aliases'>): TextEdit | undefined {
  const index = new LineIndex(text);
  const id = ignoreId(subject);
  for (let line = 0; line < index.lineCount; line++) {
    const m = GLOBAL_PRAGMA.exec(index.lineText(line));
    if (m && m[2].toLowerCase() === 'containment') return extendPragma(index, line, m, id);
  }
  let line = 0;
  if (kind === 'dockerfile') {
    // parser directives must stay first: go past them (blank lines end the directive block)
    while (line < index.lineCount && DIRECTIVE.test(index.lineText(line).trim())) line++;
  }
  return insertLine(index, line, `# containment global ignore=${id}`);
}

/** Default value of the kube-linter annotation (kube-linter wants a reason). */
export const KUBE_LINTER_REASON = 'explain why this is acceptable';

/**
 * Edits adding `ignore-check.kube-linter.io/<check>: "<reason>"` to the metadata.annotations of the Kubernetes object
 * holding the finding. Undefined when the rule has no kube-linter name, no object holds the finding, or no safe edit exists.
 */
export function kubeLinterIgnoreEdits(text: string, subject: IgnoreSubject, reason = KUBE_LINTER_REASON, parts?: ReadonlyArray<ModelPart<KubernetesDocument>>): TextEdit[] | undefined {
  const check = kubeLinterAlias(subject);
  if (!check) return undefined;
  const line = subject.range.start.line;
  const style = detectStyle(text, new LineIndex(text).eol);
  // the manifest's models (the ones its findings came from, when the editor passes them); positions per document
  for (const { model, startLine } of parts ?? modelParts<KubernetesDocument>(kubernetesFormat, text, '', memoryHost({}), new ModelStore())) {
    for (const obj of model.objects) {
      if (line < obj.range.start.line + startLine || line > obj.range.end.line + startLine) continue;
      const key = `ignore-check.kube-linter.io/${check}`;
      if (key in obj.annotations) return undefined;
      const edits = mergeIntoMap(model.ydoc, obj.node, { metadata: { annotations: { [key]: reason } } }, style);
      return edits && edits.length ? edits.map((e) => ({ range: shiftRange(e.range, startLine), newText: e.newText })) : undefined;
    }
  }
  return undefined;
}
