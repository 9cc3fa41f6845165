/**
 * The Dockerfile format (engine/format.ts): the model is one parse of the file (model.ts); templates are skipped with
 * one note; suppression is `# hadolint|containment [global] ignore=…` and, for BuildKit checks, `# check=skip=…`;
 * `# check=error=true` makes BuildKit checks errors.
 */
import { builtinMessage, dockerfileTemplateRule } from '../../engine/builtin-rules';
import type { BuiltinReport, Format } from '../../engine/format';
import { isSuppressed } from '../../engine/run-rules';
import type { ContainmentConfig } from '../../knowledge/config/config';
import { isBuildKitCheck, type RuleMeta, type Suppressor } from '../../base/model/rule';
import { dockerfileRules } from './rules.generated';
import type { DockerfileContext } from './context';
import { dockerfileFacts } from './facts';
import { parseDockerfile, type DockerfileModel } from './model';
import { isTemplateFileName, templateMarkerLine } from './template-detect';
import { detectDockerfile } from './detect';

/** `# check=skip=…` (BuildKit's own directive: not an inline ignore, so `inlineIgnores: false` keeps it). */
function buildKitSkip(model: DockerfileModel): Suppressor {
  const { check } = model.pragmas;
  return {
    inline: false,
    suppresses: (names, meta) => isBuildKitCheck(meta) && (check.skipAll || names.some((n) => check.skip.has(n))),
  };
}

/** `# hadolint|containment [global] ignore=…`: the whole file, or the instruction below the comment. */
function ignoreComments(model: DockerfileModel): Suppressor {
  const { pragmas } = model;
  return {
    inline: true,
    suppresses: (names, _meta, range) => {
      if (names.some((n) => pragmas.global.has(n))) return true;
      const instruction = model.instructionAtLine(range.start.line);
      if (!instruction) return false;
      const ignored = pragmas.byInstructionLine.get(instruction.getRange().start.line);
      return !!ignored && names.some((n) => ignored.has(n));
    },
  };
}

/** Whether the file's ignore comments silence a finding of a rule known by `names` at `line` (ShellCheck's findings). */
export function isSuppressedInDockerfile(model: DockerfileModel, config: ContainmentConfig, names: string[], line: number): boolean {
  const at = { line, character: 0 };
  return isSuppressed([ignoreComments(model)], config, { id: names[0], aliases: names.slice(1) } as RuleMeta, { start: at, end: at }, names);
}

/** One note instead of a syntax error per template line (see template-detect.ts); undefined for a real Dockerfile. */
function templateSkip(text: string, path: string): BuiltinReport | undefined {
  const byName = isTemplateFileName(path);
  const line = byName ? 0 : templateMarkerLine(text);
  if (!byName && line === -1) return undefined;
  const message = byName ? builtinMessage(dockerfileTemplateRule, 'byName') : builtinMessage(dockerfileTemplateRule, 'byLine', { line: line + 1 });
  const at = { line, character: 0 };
  return { meta: dockerfileTemplateRule, ...message, range: { start: at, end: at } };
}

export const dockerfileFormat: Format<DockerfileModel, DockerfileContext> = {
  kind: 'dockerfile',
  detect: detectDockerfile,
  skip: templateSkip,
  parse: (text) => ({ model: parseDockerfile(text) }),
  rules: dockerfileRules,
  index: (model) => model.index,
  createContext(model, engine) {
    let runCache: ReturnType<DockerfileContext['runScripts']> | undefined;
    let posixCache: ReturnType<DockerfileContext['posixScripts']> | undefined;
    const runScripts = () => (runCache ??= model.instructions.filter((i) => i.keyword === 'RUN').map((info) => ({ info, script: model.runScript(info) })));
    return {
      model,
      path: engine.path,
      config: engine.config,
      host: engine.host,
      report: engine.report,
      range: (s, e) => model.rangeOf(s, e),
      instructionsOf: (keyword, options) =>
        model.instructions.filter((i) => i.keyword === keyword && (options?.includeOnbuild !== false || !i.onbuild)),
      runScripts,
      posixScripts: () => (posixCache ??= runScripts().flatMap(({ info, script }) => (script.posix ? [{ info, commands: script.commands }] : []))),
      keywordRange: (instruction) => instruction.getInstructionRange(),
    };
  },
  suppressors: (_text, model) => (model ? [buildKitSkip(model), ignoreComments(model)] : []),
  adjust: (model, meta, finding) => (model.pragmas.check.error && isBuildKitCheck(meta) ? { ...finding, severity: 'error' } : finding),
  facts: dockerfileFacts,
};
