/**
 * Hover texts (markdown) for a position in a Dockerfile, a Kubernetes manifest or a Compose file, and for a finding.
 * Pure: the extension converts positions and wraps the markdown. Every text goes through `Translate`.
 *
 *   dockerfileHover    instruction keyword → what it does; FROM image → registry/repository/tag/digest (ARGs resolved),
 *                      OS, end of life, size and lighter alternatives, default user, kernel sharing / Windows isolation;
 *                      `$VAR` → resolved value; USER / EXPOSE / HEALTHCHECK arguments
 *   kubernetesHover    resources, securityContext fields, host namespaces, capabilities, hostPath, runtimeClassName,
 *                      image (with this pod's QoS class), and the Pod Security Standards level on `kind` / `metadata.name`
 *   composeHover       deploy.resources, mem_limit, cpus, privileged, network_mode, pid, ipc, cap_add, user, read_only,
 *                      security_opt, runtime, isolation, image; the service summary on its name
 *   findingHover       message, why, how to fix, links to the rule doc and (isolation / resources) the trade-off panel
 */
import type { Instruction } from 'dockerfile-ast';
import type { ComposeModel } from '../../formats/compose/format';
import type { ComposeService } from '../../formats/compose/services';
import type { DockerfileModel, Stage } from '../../formats/dockerfile/model';
import { expandVariables } from '../../formats/dockerfile/expand-variables';
import { variableRefs } from '../../formats/dockerfile/variable-refs';
import type { ModelPart } from '../../engine/models';
import type { KubernetesDocument } from '../../formats/kubernetes/context';
import { podSecurityLevel } from '../../formats/kubernetes/pod-security';
import type { Lang } from '../../base/l10n/lang';
import { localizedMessage, ruleText } from '../../base/l10n/rule-text';
import { qosClass, sandboxRuntime, type QosClass, type Workload } from '../../formats/kubernetes/workloads';
import type { Finding, Position, Range } from '../../base/model/finding';
import { parseImageRef, type ImageRef } from '../../base/model/image-ref';
import type { RuleMeta } from '../../base/model/rule';
import { containsPosition, shiftRange } from '../../base/text/line-index';
import { commandLink, OPEN_PANEL_COMMAND, SHOW_RULE_DOC_COMMAND } from './command-links';
import { composeFieldDoc, kubernetesFieldDoc, renderFieldDoc } from './field-docs';
import { instructionDoc, renderInstructionDoc } from './instruction-docs';
import { containerSummary, serviceSummary } from './isolation-summary';
import { code, imageMarkdown } from './image-hover';
import { english, type Translate } from './translate';
import { documentAt, keyAt } from './yaml-key-at';

export interface HoverContent {
  markdown: string;
  range: Range;
  /** What the text explains, when hovers order it before the findings there (an image's facts come first). */
  subject?: 'image';
}

export { commandLink, imageMarkdown, OPEN_PANEL_COMMAND, SHOW_RULE_DOC_COMMAND };

/* ------------------------------------------------------------------------------------------------------------------ */
/* Findings                                                                                                           */

export function showsTradeoffLink(meta: Pick<RuleMeta, 'category' | 'relatesToIsolation'>): boolean {
  return meta.category === 'isolation' || meta.category === 'resources' || !!meta.relatesToIsolation;
}

/**
 * A finding's explanation. The editor already shows the finding's message above the hover, so the heading is the
 * rule's title, not the message again.
 */
export function findingHover(finding: Finding, meta: RuleMeta | undefined, t: Translate = english, lang: Lang = 'en'): string {
  const text = meta && ruleText(meta, lang);
  const parts = [`**${finding.rule}** — ${text?.title ?? localizedMessage(finding, lang)}`];
  if (text) {
    parts.push(`**${t('Why')}:** ${text.why}`, `**${t('How to fix')}:** ${text.howToFix}`);
  }
  const links = [`[${t('Show documentation for {0}', finding.rule)}](${commandLink(SHOW_RULE_DOC_COMMAND, [finding.rule])})`];
  if (meta ? showsTradeoffLink(meta) : finding.category === 'isolation' || finding.category === 'resources') {
    links.push(`[${t('Explain VM vs container trade-offs')}](${commandLink(OPEN_PANEL_COMMAND)})`);
  }
  parts.push(links.join(' · '));
  return parts.join('\n\n');
}

/* ------------------------------------------------------------------------------------------------------------------ */
/* Dockerfile                                                                                                         */

interface VariableValue {
  value?: string;
  /** `ARG` / `ENV` / `global ARG`. */
  source: string;
  line: number;
  declared: boolean;
}

function recordProperties(model: DockerfileModel, instruction: Instruction, keyword: string, scope: Map<string, VariableValue>, globalArgs: boolean): void {
  const line = instruction.getRange().start.line;
  const lookup = (n: string) => scope.get(n)?.value;
  if (keyword === 'ARG') {
    const prop = (instruction as unknown as { getProperty?: () => import('dockerfile-ast').Property | null }).getProperty?.();
    if (!prop) return;
    const name = prop.getName();
    const raw = prop.getValue();
    let value = raw === null ? undefined : expandVariables(raw, lookup, model.escapeChar).value;
    // `ARG NAME` in a stage re-declares a global ARG and takes its default
    if (value === undefined && !globalArgs && model.globalArgs.has(name)) value = model.globalArgs.get(name);
    scope.set(name, { value, source: globalArgs ? 'global ARG' : 'ARG', line, declared: true });
  } else if (keyword === 'ENV') {
    const props = (instruction as unknown as { getProperties?: () => import('dockerfile-ast').Property[] }).getProperties?.() ?? [];
    for (const prop of props) {
      const raw = prop.getValue() ?? '';
      scope.set(prop.getName(), { value: expandVariables(raw, lookup, model.escapeChar).value, source: 'ENV', line, declared: true });
    }
  }
}

/** The variables in scope just before `instruction`: global ARGs for FROM; ENV of parent stages, then ARG/ENV of the stage. */
export function variablesBefore(model: DockerfileModel, instruction: Instruction): Map<string, VariableValue> {
  const scope = new Map<string, VariableValue>();
  const info = model.infoOf(instruction);
  const stage = info?.stage;
  const isFrom = info?.keyword === 'FROM';
  if (!stage || isFrom) {
    for (const i of model.ast.getInstructions()) {
      if (i === instruction || i.getKeyword().toUpperCase() === 'FROM') break;
      recordProperties(model, i, i.getKeyword().toUpperCase(), scope, true);
    }
    return scope;
  }
  const chain: Stage[] = [];
  for (let s = stage.parent; s && !chain.includes(s); s = s.parent) chain.unshift(s);
  const envOnly = new Map<string, VariableValue>();
  for (const s of chain) for (const i of s.instructions) if (i.getKeyword().toUpperCase() === 'ENV') recordProperties(model, i, 'ENV', envOnly, false);
  for (const [k, v] of envOnly) scope.set(k, v);
  const target = info?.onbuild ?? instruction;
  for (const i of stage.instructions) {
    if (i === target || i === instruction) break;
    recordProperties(model, i, i.getKeyword().toUpperCase(), scope, false);
  }
  return scope;
}

function variableMarkdown(name: string, value: VariableValue | undefined, t: Translate): string {
  if (!value) return t('`{0}` is not set by an ARG or ENV before this instruction: it expands to an empty string unless the base image defines it.', name);
  const where = t('{0} on line {1}', value.source, value.line + 1);
  if (value.value === undefined) return t('`{0}` has no default ({1}): its value comes from `--build-arg {0}=…`, otherwise it is empty.', name, where);
  return t('`{0}` = {1} ({2})', name, code(value.value), where);
}

function userMarkdown(user: string, t: Translate): string {
  const name = user.split(':')[0].trim();
  if (name === 'root' || /^0+$/.test(name)) return t('Runs as root (uid 0): the same uid 0 as on the host kernel, held back only by namespaces, capabilities and seccomp.');
  if (/^\d+$/.test(name)) return t('Runs as uid {0} (not root). A numeric uid also satisfies Kubernetes `runAsNonRoot`.', name);
  return t('Runs as the user `{0}` (not root, if the image defines it). Kubernetes `runAsNonRoot` can only verify a numeric uid.', name);
}

function exposeMarkdown(args: string[], t: Translate): string {
  const ports = args.map((a) => (a.includes('/') ? a : `${a}/tcp`)).map(code).join(', ');
  return t('Documents {0}. Nothing is published: use `-p` / `ports:` or a Kubernetes Service to reach it.', ports);
}

export function dockerfileHover(model: DockerfileModel, position: Position, t: Translate = english): HoverContent | undefined {
  let instruction = model.instructionAtLine(position.line);
  if (!instruction) return undefined;
  let keyword = instruction.getKeyword().toUpperCase();
  if (keyword === 'ONBUILD') {
    const trigger = (instruction as import('dockerfile-ast').Onbuild).getTriggerInstruction();
    if (trigger && !containsPosition(instruction.getInstructionRange(), position)) {
      instruction = trigger;
      keyword = trigger.getKeyword().toUpperCase();
    }
  }
  const keywordRange = instruction.getInstructionRange();
  const doc = instructionDoc(keyword);
  if (containsPosition(keywordRange, position)) {
    return doc ? { markdown: renderInstructionDoc(doc, t), range: keywordRange } : undefined;
  }
  // variables first: `FROM node:${NODE_VERSION}` shows the variable when the cursor is on it
  const offset = model.index.offsetAt(position);
  const ref = variableRefs(model, instruction).find((r) => offset >= r.start && offset <= r.end);
  if (ref) {
    const value = variablesBefore(model, instruction).get(ref.name);
    return { markdown: variableMarkdown(ref.name, value, t), range: model.rangeOf(ref.start, ref.end) };
  }
  if (keyword === 'FROM') {
    const stage = model.stages.find((s) => s.from === instruction);
    if (stage && containsPosition(stage.imageRange, position)) {
      const written = stage.from.getImage() ?? undefined;
      if (stage.parent) {
        const parts = [t('Builds on the earlier stage `{0}`.', stage.parent.name ?? String(stage.parent.index))];
        let root: Stage = stage.parent;
        for (let guard = 0; root.parent && guard < 64; guard++) root = root.parent;
        parts.push(imageMarkdown(root.image, t));
        return { markdown: parts.join('\n\n'), range: stage.imageRange, subject: 'image' };
      }
      return { markdown: imageMarkdown(stage.image, t, { written }), range: stage.imageRange, subject: 'image' };
    }
  }
  // flags (`HEALTHCHECK --interval=…`) are not part of the arguments range: take everything after the keyword
  const argsRange: Range = { start: keywordRange.end, end: instruction.getRange().end };
  if (!containsPosition(argsRange, position)) return undefined;
  if (keyword === 'USER') {
    const user = instruction.getArgumentsContent()?.trim() ?? '';
    return { markdown: userMarkdown(user, t), range: argsRange };
  }
  if (keyword === 'EXPOSE') {
    return { markdown: exposeMarkdown(instruction.getArguments().map((a) => a.getValue()), t), range: argsRange };
  }
  if (keyword === 'HEALTHCHECK' && doc) return { markdown: renderInstructionDoc(doc, t), range: argsRange };
  return undefined;
}

/* ------------------------------------------------------------------------------------------------------------------ */
/* Kubernetes                                                                                                         */

const QOS_TEXT: Record<QosClass, string> = {
  Guaranteed: 'This pod\'s QoS class: Guaranteed — every container has CPU and memory limits equal to its requests. Evicted last under node memory pressure.',
  Burstable: 'This pod\'s QoS class: Burstable — some requests or limits are set, but not equal everywhere. Evicted after BestEffort pods, by how far they exceed their requests.',
  BestEffort: 'This pod\'s QoS class: BestEffort — no CPU or memory requests or limits at all. The first to be evicted when the node runs short of memory.',
};

const RESOURCE_KEYS = new Set(['resources', 'requests', 'limits', 'cpu', 'memory', 'ephemeral-storage']);

function pssMarkdown(workload: Workload, sandboxRuntimes: string[], t: Translate): string {
  const result = podSecurityLevel(workload);
  const parts = [t('**Pod Security Standards:** {0} meets the `{1}` level.', `${workload.kind} ${code(workload.name ?? '')}`, result.level)];
  if (result.violations.length) {
    const shown = result.violations.slice(0, 8).map((v) => `- ${v.control} (${v.level}): ${v.message}`);
    if (result.violations.length > 8) shown.push(`- … ${t('{0} more', result.violations.length - 8)}`);
    parts.push(shown.join('\n'));
  }
  parts.push(t(QOS_TEXT[qosClass(workload)]));
  const sandbox = sandboxRuntime(workload, sandboxRuntimes);
  parts.push(
    sandbox
      ? t('Runs with the sandboxed runtime `{0}`: its own kernel boundary, not the node\'s shared kernel.', sandbox)
      : t('Shares the node\'s kernel with every other pod on the node (no sandboxed runtimeClassName).'),
  );
  parts.push(`[${t('Explain VM vs container trade-offs')}](${commandLink(OPEN_PANEL_COMMAND)})`);
  return parts.join('\n\n');
}

/**
 * The hover in a manifest, read from the models of its YAML documents (each with positions relative to the document:
 * the position is moved into the document holding it and the answer's range back).
 */
export function kubernetesHover(
  parts: ReadonlyArray<ModelPart<KubernetesDocument>>,
  position: Position,
  options: { sandboxRuntimes: string[] } = { sandboxRuntimes: [] },
  t: Translate = english,
): HoverContent | undefined {
  const part = parts.find((p) => position.line >= p.startLine && position.line < p.endLine);
  if (!part) return undefined;
  const content = manifestHover(part.model, { line: position.line - part.startLine, character: position.character }, options, t);
  return content && part.startLine ? { ...content, range: shiftRange(content.range, part.startLine) } : content;
}

function manifestHover({ ydoc, workloads }: KubernetesDocument, position: Position, options: { sandboxRuntimes: string[] }, t: Translate): HoverContent | undefined {
  const workload = workloads.find((w) => containsPosition(w.range, position));
  if (workload && (containsPosition(workload.kindRange, position) || (workload.nameRange && workload.nameRange.start.line === position.line))) {
    const range = containsPosition(workload.kindRange, position) ? workload.kindRange : workload.nameRange!;
    return { markdown: pssMarkdown(workload, options.sandboxRuntimes, t), range };
  }
  const key = keyAt(ydoc, ydoc.index.offsetAt(position));
  if (!key) return undefined;
  const name = key.path[key.path.length - 1];
  const range = key.onKey ? key.keyRange : key.valueRange ?? key.keyRange;
  if (name === 'image' && key.value && !key.path.includes('metadata')) {
    const doc = kubernetesFieldDoc(key.path);
    const parts = key.onKey && doc ? [renderFieldDoc(doc, t)] : [];
    const container = workload?.containers.find((c) => c.image && c.image.range.start.line === key.keyRange.start.line);
    parts.push(imageMarkdown(container?.image?.ref ?? describeRef(key.value), t));
    return { markdown: parts.join('\n\n'), range, subject: 'image' };
  }
  const doc = kubernetesFieldDoc(key.path);
  if (!doc) return undefined;
  const parts = [renderFieldDoc(doc, t)];
  if (workload && typeof name === 'string' && RESOURCE_KEYS.has(name)) parts.push(t(QOS_TEXT[qosClass(workload)]));
  if (workload && name === 'runtimeClassName') {
    const sandbox = sandboxRuntime(workload, options.sandboxRuntimes);
    parts.push(sandbox ? t('`{0}` is a sandboxed runtime in your settings.', sandbox) : t('`{0}` is not one of your sandboxed runtimes (setting sandboxRuntimes): the pod shares the node\'s kernel.', key.value ?? ''));
  }
  if (workload && (name === 'hostNetwork' || name === 'hostPID' || name === 'hostIPC' || name === 'hostPath' || name === 'privileged')) {
    parts.push(`[${t('Explain VM vs container trade-offs')}](${commandLink(OPEN_PANEL_COMMAND)})`);
  }
  return { markdown: parts.join('\n\n'), range };
}

function describeRef(raw: string): ImageRef {
  return parseImageRef(raw.trim());
}

/* ------------------------------------------------------------------------------------------------------------------ */
/* Compose                                                                                                            */

/** The hover in a Compose file, read from its model (the services as the rules read them, `.env` interpolated). */
export function composeHover(
  model: ComposeModel,
  position: Position,
  options: { sandboxRuntimes: string[] } = { sandboxRuntimes: [] },
  t: Translate = english,
): HoverContent | undefined {
  const at = documentAt(model.file.documents, position);
  if (!at) return undefined;
  const key = keyAt(at.ydoc, at.offset);
  if (!key || key.path[0] !== 'services') return undefined;
  const range = key.onKey ? key.keyRange : key.valueRange ?? key.keyRange;
  const serviceOf = (): ComposeService | undefined => model.file.services.find((s) => s.name === key.path[1]);
  if (key.path.length === 2 && key.onKey) {
    const s = serviceOf();
    if (!s) return undefined;
    return {
      markdown: [`**${s.name}** — ${serviceSummary(s, options, t)}`, `[${t('Explain VM vs container trade-offs')}](${commandLink(OPEN_PANEL_COMMAND)})`].join('\n\n'),
      range,
    };
  }
  const name = key.path[key.path.length - 1];
  if (name === 'image' && key.path.length === 3 && key.value) {
    const s = serviceOf();
    const parts = key.onKey ? [renderFieldDoc(composeFieldDoc(key.path)!, t)] : [];
    parts.push(imageMarkdown(s?.image?.ref ?? describeRef(key.value), t));
    return { markdown: parts.join('\n\n'), range, subject: 'image' };
  }
  const doc = composeFieldDoc(key.path);
  if (!doc) return undefined;
  const parts = [renderFieldDoc(doc, t)];
  if (name === 'user' && key.path.length === 3) {
    parts.push(userMarkdown(key.value ?? '', t));
  } else if (name === 'runtime' && key.value) {
    const sandboxed = options.sandboxRuntimes.some((p) => (p.endsWith('*') ? key.value!.toLowerCase().startsWith(p.slice(0, -1).toLowerCase()) : key.value!.toLowerCase() === p.toLowerCase()));
    parts.push(sandboxed ? t('`{0}` is a sandboxed runtime in your settings.', key.value) : t('`{0}` is not one of your sandboxed runtimes (setting sandboxRuntimes): the container shares the host kernel.', key.value));
  }
  if (['privileged', 'network_mode', 'pid', 'ipc', 'cap_add', 'runtime', 'isolation', 'security_opt', 'userns_mode'].includes(String(name))) {
    parts.push(`[${t('Explain VM vs container trade-offs')}](${commandLink(OPEN_PANEL_COMMAND)})`);
  }
  return { markdown: parts.join('\n\n'), range };
}

/** English source texts used by this module with `t` (the translation completeness test also records them at run time). */
export function hoverContentTexts(): string[] {
  return Object.values(QOS_TEXT);
}
