import type { Flag, Instruction } from 'dockerfile-ast';
import type { Range } from '../../../base/model/finding';
import { defineDockerfileRule } from '../context';

interface Source {
  value: string;
  range: Range;
}

/** `git@host:org/repo`, `git://…`, `ssh://…`, or an http(s) URL whose path ends in `.git` (BuildKit treats those as Git). */
export function isGitUrl(url: string): boolean {
  const base = url.split('#')[0];
  return /^git@[^:]+:/.test(base) || /^(git|ssh):\/\//i.test(base) || (/^https?:\/\//i.test(base) && /\.git\/?$/i.test(base));
}

/** A Git URL pinned to a full commit id: `…repo.git#<40 or 64 hex>` (optionally `:subdir`). */
export function isPinnedGitUrl(url: string): boolean {
  const hash = url.indexOf('#');
  if (hash === -1) return false;
  const ref = url.slice(hash + 1).split(':')[0];
  return /^([0-9a-f]{40}|[0-9a-f]{64})$/i.test(ref);
}

export default defineDockerfileRule({
  meta: {
    id: 'add-url-without-checksum',
    aliases: [],
    category: 'supply-chain',
    severity: 'warning',
    title: 'ADD downloads a URL without a checksum',
    why:
      '`ADD https://…` fetches whatever the server returns at build time. If the file changes, or the server or the ' +
      'connection is compromised, the image silently gets different bytes, and nothing in the Dockerfile shows it. A ' +
      'Git source is the same when it names a branch or tag: both can be moved to other commits.',
    howToFix:
      'Pin the content: `ADD --checksum=sha256:<digest> https://…/file.tar.gz /dest/` (Dockerfile syntax 1.6 or later). ' +
      'For Git sources, pin a full commit id: `ADD https://github.com/org/repo.git#<commit-sha> /src`. Alternatively ' +
      'download with curl in a RUN step and verify the file with `sha256sum -c`.',
    examples: {
      bad: 'ADD https://example.com/tool-1.2.tar.gz /opt/',
      good: 'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool-1.2.tar.gz /opt/',
    },
    messages: {
      gitUnpinned: "ADD clones '{url}' without pinning a commit: a branch or tag can move. Append '#<full commit sha>' or use --checksum.",
      urlWithoutChecksum: "ADD downloads '{url}' without --checksum, so the build accepts whatever the server returns. Add --checksum=sha256:<digest>.",
    },
  },
  check(ctx) {
    for (const info of ctx.instructionsOf('ADD')) {
      const instruction = info.instruction;
      const flags = ((instruction as unknown as { getFlags?: () => Flag[] }).getFlags?.() ?? []);
      if (flags.some((f) => f.getName().toLowerCase() === 'checksum' && (f.getValue() ?? '') !== '')) continue;
      for (const source of sourcesOf(instruction, ctx.model.isExecForm(instruction))) {
        const url = source.value;
        if (isGitUrl(url)) {
          if (isPinnedGitUrl(url)) continue;
          ctx.report({
            range: source.range,
            messageId: 'gitUnpinned',
            data: { url },
          });
        } else if (/^https?:\/\//i.test(url)) {
          ctx.report({
            range: source.range,
            messageId: 'urlWithoutChecksum',
            data: { url },
          });
        }
      }
    }
  },
});

/** Source operands (every argument but the last), with the range of the text as written (without JSON quotes). */
function sourcesOf(instruction: Instruction, exec: boolean): Source[] {
  if (exec) {
    const strings = (instruction as unknown as { getJSONStrings?: () => Array<{ getValue(): string; getRange(): Range }> }).getJSONStrings?.() ?? [];
    return strings.slice(0, -1).flatMap((s) => {
      const r = s.getRange();
      let value: unknown;
      try {
        value = JSON.parse(s.getValue());
      } catch {
        return [];
      }
      if (typeof value !== 'string') return [];
      // JSON string ranges include the quotes
      return [{ value, range: { start: { line: r.start.line, character: r.start.character + 1 }, end: { line: r.end.line, character: r.end.character - 1 } } }];
    });
  }
  const args = instruction.getArguments();
  return args.slice(0, -1).map((a) => ({ value: a.getValue(), range: a.getRange() }));
}
