import type { RuleMeta } from '../model/rule';

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
};

export const builtinRules: RuleMeta[] = [fileSkippedRule, yamlSyntaxRule, helmTemplateRule, dockerfileTemplateRule, yamlAliasLimitRule];
