import { defineDockerfileRule } from '../context';
import { eolStatus, knowledgeNow, type DistroFacts, type ReleaseFacts } from '../../knowledge';
import { stageImageFacts, tagOrImageRange } from '../stage-base';

const WINDOW_DAYS = 90;

export default defineDockerfileRule({
  meta: {
    id: 'base-image-end-of-life',
    aliases: [],
    category: 'base-image',
    severity: 'warning',
    title: 'Base image is past its end of life',
    why:
      'Once a distribution release or language runtime reaches end of life, nobody ships security fixes for it any more. ' +
      'Every build then starts from code with known, unpatched vulnerabilities, and because a container shares the host ' +
      'kernel, a compromised process is one kernel bug away from the host. Scanners will flag the image, and package ' +
      'mirrors for old releases disappear, so the build itself eventually breaks. Builder stages count too: a Go or ' +
      'Rust toolchain compiles its own standard library into the binary you ship.',
    howToFix:
      'Move to a supported release named in the message (a newer tag of the same image, e.g. `python:3.8-slim-buster` → ' +
      '`python:3.13-slim-bookworm`), then rebuild and run the tests. Releases ending within 90 days are reported as info, ' +
      'so the upgrade can be planned. Dates come from an offline table (sources: the projects themselves and endoflife.date).',
    examples: { bad: 'FROM python:3.8-slim-buster', good: 'FROM python:3.13-slim-bookworm' },
  },
  check(ctx) {
    const now = knowledgeNow();
    for (const stage of ctx.model.stages) {
      if (stage.parent) continue;
      const facts = stageImageFacts(stage, now);
      if (!facts || !facts.known) continue;
      const parts: string[] = [];
      let past = false;
      let soon = false;
      for (const release of [facts.runtime, facts.distro]) {
        const status = eolStatus(release?.eol, WINDOW_DAYS);
        if (!release || (status !== 'past' && status !== 'soon')) continue;
        parts.push(describe(release, status));
        if (status === 'past') past = true;
        else soon = true;
      }
      if (facts.deprecated) {
        parts.push(`the image repository is no longer maintained: ${facts.deprecated.note}${facts.deprecated.replacement ? ` (use ${facts.deprecated.replacement})` : ''}`);
        past = true;
      }
      if (!parts.length) continue;
      const message = `'${stage.image.raw}': ${parts.join('; ')}.`;
      ctx.report({ range: tagOrImageRange(stage), message, ...(past ? {} : soon ? { severity: 'info' as const } : {}) });
    }
  },
});

function describe(release: ReleaseFacts | DistroFacts, status: 'past' | 'soon'): string {
  const eol = release.eol!;
  const when = `${eol.estimated ? 'around' : 'on'} ${eol.date}`;
  let text =
    status === 'past'
      ? `${release.label} reached end of life ${when}, so it gets no security fixes`
      : `${release.label} reaches end of life ${when} (in ${eol.daysLeft} day${eol.daysLeft === 1 ? '' : 's'})`;
  if (release.product === 'node' && !release.lts) text += ' (odd-numbered Node.js releases are short-lived and never become LTS)';
  if (eol.regularEnd) text += ` (regular security support ended ${eol.regularEnd}; the date is the end of Debian LTS)`;
  if (eol.extended && status === 'past') text += ` (paid ${eol.extended.label} runs until ${eol.extended.date})`;
  if (release.successor) text += `; move to ${release.successor}`;
  const source = eol.source.split(/;| \(/)[0].trim();
  return `${text} [source: ${source}]`;
}
