/**
 * What ADD does with a source beyond copying it — fetch a remote URL or repository, unpack a local tar archive — and
 * the `tar` extraction in a RUN that does the unpacking instead.
 */
import { effectiveArgv, programOf, type ShellCommand, type ShellWord } from '../../base/shell/split-commands';

/** Extensions of files ADD unpacks (tar archives, possibly compressed). */
const ARCHIVE = /\.(tar|tar\.(gz|bz2|xz|zst|lz|lzma|Z)|tgz|tbz2?|tb2|txz|tzst|tlz|taz|tZ|gz|bz2|xz|zst|lzma|lz|Z)$/;

/** Whether a file name looks like an archive ADD would extract (by extension; ADD itself looks at the content). */
export function isTarArchiveName(name: string): boolean {
  return ARCHIVE.test(name);
}

/** `http(s)://`, `git@host:`, `git://`, `ssh://`: sources ADD fetches remotely. */
export function isRemoteSource(source: string): boolean {
  return /^(https?|git|ssh):\/\//i.test(source) || /^git@[^:]+:/.test(source);
}

/** `tar` in extract mode (`tar -xzf a.tgz`, `tar xf a.tar`, `tar --extract …`): the argument words, else undefined. */
export function tarExtractArgs(command: ShellCommand): ShellWord[] | undefined {
  if (programOf(command) !== 'tar') return undefined;
  const argv = effectiveArgv(command);
  const args = argv.slice(1);
  const first = args[0]?.value ?? '';
  const oldStyle = first !== '' && !first.startsWith('-') && /^[A-Za-z]+$/.test(first) && first.includes('x');
  const extracts = oldStyle || args.some((w) => w.value === '--extract' || w.value === '--get' || /^-[A-Za-z]*x/.test(w.value));
  return extracts ? args : undefined;
}
