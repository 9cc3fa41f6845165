import { defineDockerfileRule } from '../context';
import { basename, effectiveArgv, programOf, type ShellCommand, type ShellWord } from '../../../base/shell/split-commands';

const DOWNLOADERS = new Set(['curl', 'wget', 'fetch']);
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'busybox']);
/** Interpreters that run a script from stdin when given no script argument (or `-`). */
const INTERPRETERS = /^(python[0-9.]*|perl|ruby|node|php)$/;
/** Commands that run a downloaded script given as a file or substitution: `bash <(curl …)`, `source <(curl …)`. */
const SOURCERS = new Set([...SHELLS, 'source', '.', 'eval']);

export default defineDockerfileRule({
  meta: {
    id: 'pipe-to-shell',
    aliases: [],
    category: 'supply-chain',
    severity: 'warning',
    title: 'Downloaded script is piped straight into a shell',
    why:
      '`curl … | sh` runs whatever the server returns at build time, unread and unverified: a compromised or hijacked ' +
      'host, a changed script or a truncated download ends up executing as root in the image. Nothing records what ran, ' +
      'so two builds of the same Dockerfile can differ, and the image you ship may contain code nobody reviewed.',
    howToFix:
      'Download to a file, verify it against a checksum or signature you pinned (`echo "<sha256>  install.sh" | ' +
      'sha256sum -c -`), then run it. Better still, install a pinned package from the distribution, or `COPY`/`ADD ' +
      '--checksum=sha256:…` a vetted release artifact.',
    examples: {
      bad: 'RUN curl -fsSL https://example.com/install.sh | sh',
      good: 'RUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \\\n && echo "<sha256>  /tmp/install.sh" | sha256sum -c - \\\n && sh /tmp/install.sh',
    },
    messages: {
      pipedIntoShell: 'The output of {downloader} is executed by {shell} without being checked; download to a file and verify its checksum first.',
      streamedScript: '{shell} runs a script streamed from {downloader} without checking it; download to a file and verify its checksum first.',
      substitutedScript: '{shell} runs the output of {downloader} without checking it; download to a file and verify its checksum first.',
    },
  },
  check(ctx) {
    for (const { commands } of ctx.posixScripts()) {
      for (let i = 0; i < commands.length; i++) {
        const command = commands[i];
        const program = programOf(command);
        // 1. curl … | [tee …|] sh
        if (program && DOWNLOADERS.has(program) && command.after === '|') {
          let j = i + 1;
          while (j < commands.length && commands[j].before === '|' && !runsStdin(commands[j]) && commands[j].after === '|') j++;
          const sink = commands[j];
          if (sink && sink.before === '|' && runsStdin(sink)) {
            const end = lastWord(sink)!.end;
            ctx.report({
              range: ctx.range(command.words[0].start, end),
              messageId: 'pipedIntoShell',
              data: { downloader: program, shell: String(programOf(sink)) },
            });
            i = j;
            continue;
          }
        }
        // 2. bash <(curl …), source <(curl …)
        if (program && SOURCERS.has(program) && command.after === '(' && command.redirects.some((r) => r.op === '<' && !r.target)) {
          const inner = commands[i + 1];
          const innerProgram = inner && programOf(inner);
          if (inner && innerProgram && DOWNLOADERS.has(innerProgram)) {
            let end = lastWord(inner)!.end;
            if (ctx.model.text[end] === ')') end++;
            ctx.report({
              range: ctx.range(command.words[0].start, end),
              messageId: 'streamedScript',
              data: { shell: program, downloader: innerProgram },
            });
            i++;
            continue;
          }
        }
        // 3. sh -c "$(curl …)", eval "$(wget -O- …)"
        if (program && SOURCERS.has(program)) {
          const argv = effectiveArgv(command);
          const word = argv.slice(1).find((w) => substitutedDownloader(w.value) !== undefined);
          if (word) {
            ctx.report({
              range: ctx.range(command.words[0].start, word.end),
              messageId: 'substitutedScript',
              data: { shell: program, downloader: String(substitutedDownloader(word.value)) },
            });
          }
        }
      }
    }
  },
});

function lastWord(command: ShellCommand): ShellWord | undefined {
  return command.words[command.words.length - 1];
}

/** True when the command executes its standard input: `sh`, `bash -s -- args`, `sudo -E bash -`, `python3 -`. */
function runsStdin(command: ShellCommand): boolean {
  const argv = effectiveArgv(command);
  if (!argv.length) return false;
  let program = basename(argv[0].value);
  let args = argv.slice(1).map((w) => w.value);
  if (program === 'busybox' && args.length && SHELLS.has(args[0])) {
    program = args[0];
    args = args.slice(1);
  }
  if (SHELLS.has(program)) {
    // `bash -c '…'` reads its script from the argument; a file operand means the script comes from that file
    if (args.some((a) => /^-[a-z]*c[a-z]*$/i.test(a) && !a.startsWith('--'))) return false;
    const operand = args.find((a) => !a.startsWith('-') && !a.startsWith('+'));
    return operand === undefined || args.includes('-s') || args.some((a) => /^-[a-z]*s[a-z]*$/.test(a));
  }
  if (INTERPRETERS.test(program)) return args.length === 0 || args[0] === '-';
  return false;
}

/** `curl` for `$(curl -fsSL …)` or `` `wget -qO- …` `` inside a word. */
function substitutedDownloader(value: string): string | undefined {
  const m = /(?:\$\(|`)\s*(?:sudo\s+)?(curl|wget|fetch)\b/.exec(value);
  return m ? m[1] : undefined;
}
