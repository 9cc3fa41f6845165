import { formatMessage, type MessageData } from '../base/l10n/format-message';
import type { RuleMeta } from '../base/model/rule';

/** A built-in finding's English message with the id and data that translate it (`l10n/rule-text.ts`). */
export interface BuiltinMessage {
  message: string;
  messageId: string;
  data?: MessageData;
}

/** The English message of a built-in finding from its message id; data are raw values (YAML parser text stays as given). */
export function builtinMessage(meta: RuleMeta, messageId: string, data?: MessageData): BuiltinMessage {
  const template = meta.messages?.[messageId];
  if (template === undefined) throw new Error(`built-in finding ${meta.id} has no message '${messageId}'`);
  return { message: formatMessage(template, data), messageId, ...(data ? { data } : {}) };
}

/** The id of the note left on a file the engine did not analyse; it is never a problem in the file. */
export const FILE_SKIPPED = 'file-skipped';

/** Findings the engine itself makes (not a rule module's check), documented like any rule. */
export const fileSkippedRule: RuleMeta = {
  id: FILE_SKIPPED,
  aliases: [],
  appliesTo: 'dockerfile',
  category: 'reliability',
  severity: 'info',
  title: 'File skipped (too large or binary)',
  why: 'Analysing a multi-megabyte or binary file while you type would freeze the editor for no useful result, so such files are skipped and this note says so instead of staying silent.',
  howToFix: 'Nothing to fix in the file. Raise `maxFileSize` in `.containment.yaml` (bytes) if the file really is a manifest you want checked.',
  messages: {
    tooLarge: 'File skipped: {sizeKb} KB is larger than the {limitKb} KB limit (setting maxFileSize).',
    binary: 'File skipped: it looks like binary content, not text.',
  },
};

export const yamlSyntaxRule: RuleMeta = {
  id: 'yaml-syntax',
  aliases: [],
  appliesTo: 'kubernetes',
  category: 'correctness',
  severity: 'error',
  title: 'YAML cannot be parsed',
  why: 'kubectl and docker compose reject a file they cannot parse, and no other check can look inside it until it parses.',
  howToFix: 'Fix the YAML at the reported position: indentation, an unclosed quote or bracket, a tab used for indentation, a duplicate document marker.',
  messages: {
    notValidYaml: 'The file is not valid YAML: {detail}',
    syntaxError: 'YAML syntax error: {detail}',
  },
};

export const helmTemplateRule: RuleMeta = {
  id: 'helm-template-skipped',
  aliases: [],
  appliesTo: 'kubernetes',
  category: 'correctness',
  severity: 'info',
  title: 'Helm template skipped',
  why: 'A Helm template (`{{ … }}`) is not YAML until Helm renders it, so checking it as YAML would only produce false errors. Inside a chart (a folder with Chart.yaml) the template is read statically with the chart\'s values and checked; what that reading cannot follow (named templates, functions it does not know, values it cannot resolve) is listed in this note, and findings that could depend on it are left out rather than guessed.',
  howToFix: 'Check the rendered output instead: `helm template . | containment check -` or write it to a file and check that.',
  messages: {
    helmTemplate: 'Helm template: skipped until it is rendered (`helm template` output can be checked).',
    unbalanced: 'Helm template: its `{{ if }}` / `{{ end }}` blocks do not balance, so it was not read.',
    notFollowed: 'Helm template read statically; not followed (template line in parentheses): {constructs}. Findings that could depend on them are left out.',
    notFollowedMore: 'Helm template read statically; not followed (template line in parentheses): {constructs} and {more} more. Findings that could depend on them are left out.',
    outputNotYaml: 'Helm template read statically: what it renders with the chart\'s values is not valid YAML here, so the parts that do not parse were not checked.',
  },
};

export const dockerfileTemplateRule: RuleMeta = {
  id: 'dockerfile-template-skipped',
  aliases: [],
  appliesTo: 'dockerfile',
  category: 'correctness',
  severity: 'info',
  title: 'Dockerfile template skipped',
  why: 'A Dockerfile template (Jinja `{% … %}`, Go or Helm-style `{{ … }}`, Cottle, a `*.template` / `*.j2` / `*.tmpl` file) is not a Dockerfile until its generator renders it, so checking it as one would only produce false syntax errors.',
  howToFix: 'Check the rendered Dockerfile instead: render the template (for example into a build directory) and run `containment check` on the result.',
  messages: {
    byName: 'Dockerfile template (by its file name): skipped until it is rendered; check the generated Dockerfile instead.',
    byLine: 'Dockerfile template (template syntax on line {line}): skipped until it is rendered; check the generated Dockerfile instead.',
  },
};

export const yamlAliasLimitRule: RuleMeta = {
  id: 'yaml-alias-limit',
  aliases: [],
  appliesTo: 'kubernetes',
  category: 'reliability',
  severity: 'warning',
  title: 'Too many YAML aliases (possible alias bomb)',
  why: 'Aliases that reference aliases grow exponentially when expanded ("billion laughs"): a few lines can exhaust the memory of any tool that loads the file, including the API server client. This document is analysed without expanding them.',
  howToFix: 'Write the repeated structure out, or use fewer nested aliases. Kubernetes and Compose files rarely need more than a handful.',
  messages: {
    tooManyAliases: 'More than {limit} YAML aliases in this document: it is not analysed further.',
    expandsTooFar: 'Expanding the YAML aliases of this document would give more than {limit} nodes (an alias bomb): it is not analysed further.',
    composeTooManyAliases: 'This document uses more than {limit} YAML aliases; it is not analysed further.',
    composeExpandsTooFar: 'Expanding the YAML aliases of this document would give more than {limit} nodes (an alias bomb); it is not analysed further.',
  },
};

export const builtinRules: RuleMeta[] = [fileSkippedRule, yamlSyntaxRule, helmTemplateRule, dockerfileTemplateRule, yamlAliasLimitRule];
