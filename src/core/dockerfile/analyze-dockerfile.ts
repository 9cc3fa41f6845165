import type { ContainmentConfig } from '../config/config';
import { builtinMessage, dockerfileTemplateRule } from '../engine/builtin-rules';
import { configuredSetting, isRuleEnabled, runRules, ruleNames, type RuleError } from '../engine/run-rules';
import type { FileHost } from '../host/file-host';
import type { Finding } from '../model/finding';
import { isBuildKitCheck } from '../model/rule';
import { dockerfileRules } from './rules.generated';
import type { DockerfileContext } from './context';
import { parseDockerfile, type DockerfileModel } from './model';
import { isTemplateFileName, templateMarkerLine } from './template-detect';

export interface DockerfileAnalysis {
  findings: Finding[];
  ruleErrors: RuleError[];
}

export function analyzeDockerfile(text: string, path: string, config: ContainmentConfig, host: FileHost): DockerfileAnalysis {
  const template = templateSkip(text, path, config);
  if (template) return template;
  const model = parseDockerfile(text);
  const { pragmas } = model;
  let runCache: ReturnType<DockerfileContext['runScripts']> | undefined;
  return runRules<DockerfileContext>({
    rules: dockerfileRules,
    config,
    index: model.index,
    createContext: (report) => ({
      model,
      path,
      config,
      host,
      report,
      range: (s, e) => model.rangeOf(s, e),
      instructionsOf: (keyword, options) =>
        model.instructions.filter((i) => i.keyword === keyword && (options?.includeOnbuild !== false || !i.onbuild)),
      runScripts: () =>
        (runCache ??= model.instructions.filter((i) => i.keyword === 'RUN').map((info) => ({ info, script: model.runScript(info) }))),
      keywordRange: (instruction) => instruction.getInstructionRange(),
    }),
    isSuppressed: (meta, report) => isSuppressedInDockerfile(model, config, ruleNames(meta), report.range.start.line, isBuildKitCheck(meta)),
    adjust: (meta, finding) => {
      return pragmas.check.error && isBuildKitCheck(meta) ? { ...finding, severity: 'error' } : finding;
    },
  });
}

/**
 * Whether inline pragmas suppress a finding at `line` for a rule known by `names` (lower-case id and aliases):
 * `# hadolint|containment [global] ignore=…`, and for BuildKit checks `# check=skip=…`. Shared with ShellCheck findings.
 */
export function isSuppressedInDockerfile(model: DockerfileModel, config: ContainmentConfig, names: string[], line: number, buildKitCheck = false): boolean {
  const { pragmas } = model;
  if (buildKitCheck && (pragmas.check.skipAll || names.some((n) => pragmas.check.skip.has(n)))) return true;
  if (!config.inlineIgnores) return false;
  if (names.some((n) => pragmas.global.has(n))) return true;
  const instruction = model.instructionAtLine(line);
  if (!instruction) return false;
  const ignored = pragmas.byInstructionLine.get(instruction.getRange().start.line);
  return !!ignored && names.some((n) => ignored.has(n));
}

/** One note instead of a syntax error per template line (see template-detect.ts); undefined for a real Dockerfile. */
function templateSkip(text: string, path: string, config: ContainmentConfig): DockerfileAnalysis | undefined {
  const byName = isTemplateFileName(path);
  const line = byName ? 0 : templateMarkerLine(text);
  if (!byName && line === -1) return undefined;
  if (!isRuleEnabled(dockerfileTemplateRule, config)) return { findings: [], ruleErrors: [] };
  const setting = configuredSetting(dockerfileTemplateRule, config);
  const message = byName ? builtinMessage(dockerfileTemplateRule, 'byName') : builtinMessage(dockerfileTemplateRule, 'byLine', { line: line + 1 });
  const at = { line, character: 0 };
  const finding: Finding = {
    rule: dockerfileTemplateRule.id,
    aliases: dockerfileTemplateRule.aliases,
    category: dockerfileTemplateRule.category,
    severity: setting && setting !== 'off' ? setting : dockerfileTemplateRule.severity,
    ...message,
    range: { start: at, end: at },
  };
  return { findings: [finding], ruleErrors: [] };
}
