/**
 * Analyses one Compose file: parse (one `yaml-syntax` finding for broken YAML, a `yaml-alias-limit` finding for alias
 * bombs), read the services once, run every Compose rule over them, honour `# containment ignore=` pragmas.
 */
import { isAlias, isMap, isPair, isSeq, type Document, type Node } from 'yaml';
import type { ContainmentConfig } from '../config/config';
import { yamlAliasLimitRule, yamlSyntaxRule } from '../engine/builtin-rules';
import { configuredSetting, messageOf, runRules, ruleNames, type RuleError } from '../engine/run-rules';
import type { FileHost } from '../host/file-host';
import type { Finding, Range } from '../model/finding';
import type { RuleMeta } from '../model/rule';
import { composeRules } from './rules.generated';
import { LineIndex } from '../text/line-index';
import { parseYamlDocuments, type YamlDocument } from '../yaml/documents';
import { detectStyle } from '../yaml/edit';
import { countAliases, expandedNodeCount } from '../yaml/nodes';
import { isSuppressedByYamlPragma, parseYamlPragmas } from '../yaml/pragmas';
import { sandboxOf, serviceMergeFix, type ComposeContext } from './context';
import { dotEnvFor, interpolateServices } from './interpolate';
import { readComposeFile } from './services';

export interface ComposeAnalysis {
  findings: Finding[];
  ruleErrors: RuleError[];
}

/** More alias nodes than this in one document is reported and the document is not analysed. */
export const COMPOSE_ALIAS_LIMIT = 1000;
/** Nodes the document would have with every alias expanded. */
export const COMPOSE_EXPANDED_LIMIT = 200_000;

function builtinFinding(meta: RuleMeta, message: string, range: Range, severity = meta.severity): Finding {
  return { rule: meta.id, aliases: meta.aliases, category: meta.category, severity, message, range };
}

export function analyzeCompose(text: string, path: string, config: ContainmentConfig, host: FileHost): ComposeAnalysis {
  const documents = parseYamlDocuments(text);
  const broken = documents.find((d) => d.errors.length);
  if (broken) {
    const error = broken.errors[0];
    return { findings: [builtinFinding(yamlSyntaxRule, `The file is not valid YAML: ${error.message}`, error.range)], ruleErrors: [] };
  }
  for (const ydoc of documents) {
    const bomb = aliasBomb(ydoc);
    if (bomb) {
      return { findings: [builtinFinding(yamlAliasLimitRule, bomb.message, bomb.range)], ruleErrors: [] };
    }
  }
  const file = readComposeFile(documents, path, host);
  if (!file.services.length || !file.document) return { findings: [], ruleErrors: [] };
  if (text.includes('$')) interpolateServices(file.services, dotEnvFor(path, host));
  const index = new LineIndex(text);
  const style = detectStyle(text, index.eol);
  const pragmas = parseYamlPragmas(index);
  const composeDoc = file.document;
  return runRules<ComposeContext>({
    rules: composeRules,
    config,
    index,
    createContext: (report, running) => {
      const ctx: ComposeContext = {
        path,
        config,
        host,
        file,
        services: file.services,
        style,
        report,
        sandboxOf: (service) => sandboxOf(service, config),
        reportKernelSharing: (service, r) => {
          const sandbox = sandboxOf(service, config);
          if (!sandbox) return report(r);
          // the note is English only: the lowered finding gives up its message id
          report({ ...r, messageId: undefined, data: undefined, severity: 'info', message: `${messageOf(running(), r)} Lowered to info: ${sandbox.reason}.` });
        },
        mergeFix: (service, title, desired) => serviceMergeFix(composeDoc, service, style, title, desired),
        get explicitlyEnabled() {
          const s = configuredSetting(running(), config);
          return s !== undefined && s !== 'off';
        },
      };
      return ctx;
    },
    isSuppressed: (meta, report) => config.inlineIgnores && isSuppressedByYamlPragma(pragmas, ruleNames(meta), report.range.start.line),
  });
}

/** An alias bomb: too many aliases, or aliases that expand to far more nodes than the document has. */
function aliasBomb(ydoc: YamlDocument): { message: string; range: Range } | undefined {
  const doc = ydoc.doc as Document;
  const root = doc.contents;
  if (!root) return undefined;
  const count = countAliases(root, COMPOSE_ALIAS_LIMIT);
  let firstAlias: Node | undefined;
  const findFirst = (node: unknown, depth: number): void => {
    if (firstAlias || !node || depth > 256) return;
    if (isAlias(node)) firstAlias = node as Node;
    else if (isMap(node) || isSeq(node)) for (const item of node.items) findFirst(item, depth + 1);
    else if (isPair(node)) {
      findFirst(node.key, depth + 1);
      findFirst(node.value, depth + 1);
    }
  };
  if (count === 0) return undefined;
  findFirst(root, 0);
  const range = ydoc.range(firstAlias);
  if (count > COMPOSE_ALIAS_LIMIT) {
    return { range, message: `This document uses more than ${COMPOSE_ALIAS_LIMIT} YAML aliases; it is not analysed further.` };
  }
  const size = expandedNodeCount(root, doc, COMPOSE_EXPANDED_LIMIT + 1);
  if (size > COMPOSE_EXPANDED_LIMIT) {
    return {
      range,
      message: `Expanding the YAML aliases of this document would give more than ${COMPOSE_EXPANDED_LIMIT.toLocaleString('en')} nodes (an alias bomb); it is not analysed further.`,
    };
  }
  return undefined;
}
