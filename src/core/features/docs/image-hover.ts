/**
 * The hover text of an image reference, shared by Dockerfile FROM, Kubernetes `image:` and Compose `image:`: registry,
 * repository, tag and digest, then what the knowledge table says (OS, release lines and their end of life with the
 * table's date, size, lighter alternatives, default user) and what sharing the host kernel means.
 */
import { describeImage, eolStatus, knowledgeAge, productLifecycle, type EolFacts, type ImageFacts, type ProductId } from '../../knowledge';
import { shortRepository, type ImageRef } from '../../base/model/image-ref';
import { english, type Translate } from './translate';

/** Inline Markdown code; a backtick inside would end the span, so it becomes a quote. */
export const code = (s: string) => '`' + s.replace(/`/g, "'") + '`';

function eolLine(label: string, eol: EolFacts | undefined, t: Translate): string | undefined {
  if (!eol) return undefined;
  const status = eolStatus(eol);
  const date = eol.estimated ? t('{0} (estimated)', eol.date) : eol.date;
  if (status === 'past') return t('{0}: past end of life since {1} ({2} days ago).', label, date, -eol.daysLeft);
  if (status === 'soon') return t('{0}: end of life on {1}, in {2} days.', label, date, eol.daysLeft);
  return t('{0}: supported until {1}.', label, date);
}

/** Markdown describing an image reference (shared by FROM, Kubernetes `image:` and Compose `image:`). */
export function imageMarkdown(ref: ImageRef, t: Translate = english, options: { written?: string } = {}): string {
  const lines: string[] = [];
  lines.push(`**${t('Image')}** ${code(ref.raw)}${options.written && options.written !== ref.raw ? ' ' + t('(written {0})', code(options.written)) : ''}`);
  if (ref.isScratch) {
    lines.push(t('`scratch` is an empty image: no shell, no libraries, no /etc/passwd. Only a static binary you copy in runs here.'));
    return lines.join('\n\n');
  }
  if (ref.hasVariables) {
    lines.push(t('The reference contains a variable that cannot be resolved here, so the image is not known.'));
    return lines.join('\n\n');
  }
  const facts = describeImage(ref);
  const items: string[] = [];
  items.push(`${t('Registry')}: ${code(ref.effectiveRegistry)}${ref.registry ? '' : ' ' + t('(Docker Hub, the default)')}`);
  items.push(`${t('Repository')}: ${code(ref.repository || shortRepository(ref))}`);
  items.push(`${t('Tag')}: ${ref.tag ? code(ref.tag) : t('none (means `latest`)')}`);
  items.push(`${t('Digest')}: ${ref.digest ? code(ref.digest.length > 24 ? ref.digest.slice(0, 24) + '…' : ref.digest) : t('not pinned — the tag can move to different content')}`);
  lines.push(items.map((i) => `- ${i}`).join('\n'));
  lines.push(...factsMarkdown(facts, t));
  return lines.join('\n\n');
}

function osLine(facts: ImageFacts, t: Translate): string {
  if (facts.osFamily === 'windows') return t('OS: Windows');
  if (facts.osFamily === 'linux') return facts.distro ? t('OS: Linux — {0}', facts.distro.label) : t('OS: Linux');
  return t('OS: not known from the reference');
}

function factsMarkdown(facts: ImageFacts, t: Translate): string[] {
  const out: string[] = [];
  const items: string[] = [osLine(facts, t)];
  let dated = false;
  for (const release of [facts.distro, facts.runtime]) {
    if (!release) continue;
    const line = eolLine(release.label, release.eol, t);
    if (line) {
      items.push(line + (release.eol && release.eol.isPastEol && release.successor ? ' ' + t('Move to {0}.', release.successor) : ''));
      dated = true;
    } else if (release.version && productLifecycle(release.product as ProductId)) {
      // a line the table does not list: say so, never a label that reads as if it had been checked
      items.push(t('{0} {1}: end of life unknown (this release line is not in the table).', release.productLabel, release.version));
      dated = true;
    }
  }
  if (dated) {
    const age = knowledgeAge();
    items.push(age.stale ? t('Release dates as of {0}: more than six months old, so they may be stale.', age.asOf) : t('Release dates as of {0}.', age.asOf));
  }
  // the note is one of DEPRECATED_REPOSITORIES' fixed sentences, each an entry of the editor's l10n bundle
  if (facts.deprecated) items.push(t('Deprecated image: {0}', t(facts.deprecated.note)));
  if (facts.sizeClass !== 'unknown') {
    const size = facts.approxSizeMb !== undefined ? t('Size: {0} (about {1} MB compressed).', facts.sizeClass, facts.approxSizeMb) : t('Size: {0}.', facts.sizeClass);
    items.push(size);
  }
  if (facts.lighterAlternatives?.length) items.push(t('Lighter alternatives: {0}', facts.lighterAlternatives.map(code).join(', ')));
  if (facts.defaultUser) {
    items.push(
      facts.runsAsNonRootByDefault
        ? t('Default user: {0} (not root).', facts.defaultUser)
        : t('Default user: {0} — without a USER the container runs as root.', facts.defaultUser),
    );
  }
  out.push(items.map((i) => `- ${i}`).join('\n'));
  if (facts.osFamily === 'windows') {
    const build = facts.windows?.build;
    out.push(
      build
        ? t('Windows isolation: with process isolation the container shares the host\'s Windows kernel, so the host must run the same build ({0}); with Hyper-V isolation each container gets its own kernel in a utility VM.', build)
        : t('Windows isolation: with process isolation the container shares the host\'s Windows kernel; with Hyper-V isolation each container gets its own kernel in a utility VM.'),
    );
    if (facts.windows?.note) out.push(facts.windows.note);
  } else {
    out.push(t('A Linux container shares the host kernel: the image only supplies user-space files, and a kernel exploit from inside reaches the host. A VM or a sandboxed runtime (gVisor, Kata) adds a kernel boundary.'));
  }
  return out;
}

