import { defineDockerfileRule } from '../context';
import { eolStatus, knowledgeNow, type DistroFacts, type ReleaseFacts } from '../../../knowledge';
import { DEPRECATED_REPOSITORIES, type Deprecation } from '../../../knowledge/base-images';
import { successorAdvices } from '../../../knowledge/lifecycle';
import type { MessageData, MessageRef } from '../../../base/l10n/format-message';
import { stageImageFacts, tagOrImageRange } from '../stage-base';

const WINDOW_DAYS = 90;

/**
 * One clause per release (`past`, `soon` …) and its optional notes, each a nested message so every language words
 * them whole; a note that does not apply is an empty value. The finding is `'image': clause; clause.`.
 */
const MESSAGES: Record<string, string> = {
  eol: "'{image}': {parts}.",
  past: '{release} reached end of life on {date}, so it gets no security fixes{oddNode}{regularEnd}{extended}{moveTo} [source: {source}]',
  pastAround: '{release} reached end of life around {date}, so it gets no security fixes{oddNode}{regularEnd}{extended}{moveTo} [source: {source}]',
  soon: '{release} reaches end of life on {date} (in {days} days){oddNode}{regularEnd}{moveTo} [source: {source}]',
  soonAround: '{release} reaches end of life around {date} (in {days} days){oddNode}{regularEnd}{moveTo} [source: {source}]',
  soonOneDay: '{release} reaches end of life on {date} (in {days} day){oddNode}{regularEnd}{moveTo} [source: {source}]',
  soonAroundOneDay: '{release} reaches end of life around {date} (in {days} day){oddNode}{regularEnd}{moveTo} [source: {source}]',
  oddNode: ' (odd-numbered Node.js releases are short-lived and never become LTS)',
  regularEnd: ' (regular security support ended {date}; the date is the end of Debian LTS)',
  extended: ' (paid {label} runs until {date})',
  moveTo: '; move to {successor}',
  ...Object.fromEntries(successorAdvices().map(([product, advice]) => [`advice.${product}`, `; move to ${advice}`])),
  ...Object.fromEntries(
    Object.entries(DEPRECATED_REPOSITORIES).map(([code, d]) => [`deprecated.${code}`, `the image repository is no longer maintained: ${d.note} (use ${d.replacement})`]),
  ),
};

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
    messages: MESSAGES,
  },
  check(ctx) {
    const now = knowledgeNow();
    for (const stage of ctx.model.stages) {
      if (stage.parent) continue;
      const facts = stageImageFacts(stage, now);
      if (!facts || !facts.known) continue;
      const parts: MessageRef[] = [];
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
        parts.push(deprecatedClause(facts.deprecated));
        past = true;
      }
      if (!parts.length) continue;
      const data = { image: stage.image.raw, parts };
      ctx.report({ range: tagOrImageRange(stage), messageId: 'eol', data, ...(past ? {} : soon ? { severity: 'info' as const } : {}) });
    }
  },
});

function describe(release: ReleaseFacts | DistroFacts, status: 'past' | 'soon'): MessageRef {
  const eol = release.eol!;
  const none = '';
  const data: Record<string, MessageData[string]> = {
    release: release.label,
    date: eol.date,
    oddNode: release.product === 'node' && !release.lts ? { id: 'oddNode' } : none,
    regularEnd: eol.regularEnd ? { id: 'regularEnd', data: { date: eol.regularEnd } } : none,
    moveTo: !release.successor ? none : release.successorIsAdvice ? { id: `advice.${release.product}` } : { id: 'moveTo', data: { successor: release.successor } },
    source: eol.source.split(/;| \(/)[0].trim(),
  };
  if (status === 'past') {
    data.extended = eol.extended ? { id: 'extended', data: { label: eol.extended.label, date: eol.extended.date } } : none;
    return { id: eol.estimated ? 'pastAround' : 'past', data };
  }
  data.days = eol.daysLeft;
  const id = `soon${eol.estimated ? 'Around' : ''}${eol.daysLeft === 1 ? 'OneDay' : ''}`;
  return { id, data };
}

function deprecatedClause(deprecated: Deprecation): MessageRef {
  return { id: `deprecated.${deprecated.code}`, data: deprecated.data };
}
