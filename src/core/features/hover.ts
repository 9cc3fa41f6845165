/**
 * The hover at a position, editor-neutral: the explanation of each finding under the cursor, then the explanation of
 * the code there (src/core/features/docs/hover-content.ts). Markdown strings and a range; the adapters wrap them.
 */
import { SHOW_RULE_DOC_COMMAND } from './docs/command-links';
import { composeHover, dockerfileHover, findingHover, kubernetesHover, type HoverContent } from './docs/hover-content';
import { helmKeyHover, helmValuesHover } from './docs/helm-hover';
import { english, type Translate } from './docs/translate';
import type { FileHost } from '../base/host/file-host';
import type { DocumentModels } from '../engine/models';
import { documentModels } from './document-parts';
import type { Lang } from '../base/l10n/lang';
import type { FileKind, Finding, Position, Range } from '../base/model/finding';
import { findRule } from '../engine/rules-registry';
import { containsPosition } from '../base/text/line-index';

export interface HoverRequest {
  text: string;
  kind: FileKind;
  path: string;
  findings: readonly Finding[];
  position: Position;
  sandboxRuntimes: string[];
  host: FileHost;
  /** The adapter's store of open documents' models: the hover reads the models its analysis parsed. */
  models?: DocumentModels;
  t?: Translate;
  /** The language of finding messages and rule texts (labels come from `t`). */
  lang?: Lang;
}

export interface HoverResult {
  /**
   * Markdown sections: the findings' explanations, shortest first, then the code's; on an image its facts come first
   * (hovering `latest` tells what the image is before any rule essay).
   */
  contents: string[];
  range: Range;
}

export function hoverAt(request: HoverRequest): HoverResult | undefined {
  const { text, kind, path, position, host } = request;
  const t = request.t ?? english;
  const explanations: string[] = [];
  let range: Range | undefined;
  for (const f of request.findings) {
    if (f.rule === 'file-skipped' || !containsPosition(f.range, position)) continue;
    explanations.push(findingHover(f, findRule(f.rule), t, request.lang));
    range ??= f.range;
  }
  // one rule explanation per rule (several findings of a rule on one token say the same), shortest first
  const contents = [...new Set(explanations)].sort((a, b) => a.length - b.length);
  let content: HoverContent | undefined;
  try {
    const options = { sandboxRuntimes: request.sandboxRuntimes };
    content = kind === 'kubernetes' ? helmValuesHover(text, path, position, host, t) ?? helmKeyHover(text, path, position, host, t) : undefined;
    if (!content) {
      const read = documentModels({ text, kind, path, host, models: request.models });
      if (read.kind === 'dockerfile') content = read.model && dockerfileHover(read.model, position, t);
      else if (read.kind === 'kubernetes') content = kubernetesHover(read.parts, position, options, t);
      else content = read.model && composeHover(read.model, position, options, t);
    }
  } catch {
    content = undefined; // a hover must never throw at the user
  }
  if (content) {
    if (content.subject === 'image') contents.unshift(content.markdown);
    else contents.push(content.markdown);
    range = content.range;
  }
  return contents.length && range ? { contents, range } : undefined;
}

const COMMAND_LINK = /\[([^\]]*)\]\(command:([\w.]+)(?:\?([^)]*))?\)/g;

/**
 * For editors without VS Code's `command:` links: a link to the rule documentation becomes `ruleDoc(rule)` (or plain
 * text when there is none), any other command link (the trade-off panel) is dropped with its ` · ` separator.
 */
export function withoutCommandLinks(markdown: string, ruleDoc: (rule: string) => string | undefined): string {
  return markdown
    .replace(COMMAND_LINK, (_m, label: string, command: string, query: string | undefined) => {
      if (command !== SHOW_RULE_DOC_COMMAND) return '\u0000';
      let rule: unknown;
      try {
        rule = query ? (JSON.parse(decodeURIComponent(query)) as unknown[])[0] : undefined;
      } catch {
        rule = undefined;
      }
      const href = typeof rule === 'string' ? ruleDoc(rule) : undefined;
      return href ? `[${label}](${href})` : label;
    })
    .replace(/ · \u0000|\u0000 · |\u0000/g, '');
}
