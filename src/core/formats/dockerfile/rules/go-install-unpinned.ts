import { defineUnpinnedRule, PINNING_POLICY_NOTE, type UnpinnedInstall, type UnpinnedPackage } from '../package-manager-kit';
import { effectiveArgv, programOf, type ShellCommand } from '../../../base/shell/split-commands';

/** go build flags that take a separate value. */
const VALUE_FLAGS = new Set([
  'C', 'p', 'o', 'tags', 'ldflags', 'gcflags', 'asmflags', 'gccgoflags', 'mod', 'modfile', 'pkgdir', 'toolexec', 'overlay',
  'buildmode', 'compiler', 'installsuffix', 'pgo', 'covermode', 'coverpkg', 'exec',
]);
const MOVING = new Set(['latest', 'master', 'main', 'head', 'upgrade', 'patch']);

/** The remote modules of a `go install` / `go get` / `go run` that name no version or a moving one. */
function unpinnedModules(command: ShellCommand): UnpinnedInstall | undefined {
  const argv = effectiveArgv(command);
  if (argv.length < 3 || programOf(command) !== 'go') return undefined;
  const sub = argv[1].value;
  if (sub !== 'install' && sub !== 'get' && sub !== 'run') return undefined;
  const packages: UnpinnedPackage[] = [];
  let tool = false;
  for (let k = 2; k < argv.length; k++) {
    const w = argv[k];
    if (w.value.startsWith('-')) {
      const name = w.value.replace(/^--?/, '');
      if (name === 'tool') tool = true;
      if (!name.includes('=') && VALUE_FLAGS.has(name)) k++;
      continue;
    }
    const spec = w.value;
    // local packages and patterns (./..., /src/x, std) have no version to pin; variables we cannot see.
    // `go get -tool` always names a module to record as a tool, whatever its path looks like.
    const local = spec.startsWith('.') || spec.startsWith('/') || spec.includes('$') || (!tool && !spec.split('/')[0].includes('.'));
    const at = spec.lastIndexOf('@');
    const version = at === -1 ? '' : spec.slice(at + 1);
    // `go run pkg` without `@` runs the version go.mod requires; after the package, go run's words are the program's own
    if (sub === 'run' && !local) k = argv.length;
    if (local || (sub === 'run' && !version)) continue;
    if (version && !MOVING.has(version.toLowerCase())) continue;
    const name = at === -1 ? spec : spec.slice(0, at);
    packages.push({ word: w, name, pinned: `${name}@<version>`, reason: version ? { moving: version } : undefined });
  }
  return { programWord: argv[0], label: `go ${sub}`, packages };
}

export default defineUnpinnedRule(
  {
    id: 'go-install-unpinned',
    aliases: ['DL3062'],
    category: 'supply-chain',
    severity: 'warning',
    title: 'go install, go get or go run without a fixed version',
    why: 'Without `@version`, `go install`/`go get` of a remote module resolves to the newest release (or the default branch) at build time. Rebuilds then pick up new code, including a compromised release, without any change to the Dockerfile. `go run pkg@latest` floats the same way (`go run pkg` without `@` uses the version go.mod requires and is not reported), and `go get -tool` records whatever it resolved.' + PINNING_POLICY_NOTE,
    howToFix: 'Name an exact version: `go install golang.org/x/tools/gopls@v0.15.3`. Avoid `@latest` and branch names.',
    examples: { bad: 'RUN go install golang.org/x/tools/gopls@latest', good: 'RUN go install golang.org/x/tools/gopls@v0.15.3' },
  },
  unpinnedModules,
);
