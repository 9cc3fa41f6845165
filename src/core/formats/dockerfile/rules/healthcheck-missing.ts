import type { Stage } from '../model';
import { defineDockerfileRule } from '../context';
import { stageChain } from '../stage-base';

/** A HEALTHCHECK (including `HEALTHCHECK NONE`) in the stage or a stage it is built FROM. */
function declaresHealthcheck(stage: Stage): boolean {
  return stageChain(stage).some((s) => s.instructions.some((i) => i.getKeyword().toUpperCase() === 'HEALTHCHECK'));
}

export default defineDockerfileRule({
  meta: {
    id: 'healthcheck-missing',
    aliases: ['DL3057'],
    category: 'reliability',
    severity: 'info',
    title: 'No HEALTHCHECK in the image',
    why:
      'Without a HEALTHCHECK, Docker and Compose only know whether the main process is alive, not whether it still answers: a hung server stays "running" and `depends_on: condition: service_healthy` has nothing to wait for. The base image may define one (this rule cannot see it), and Kubernetes ignores HEALTHCHECK in favour of its own probes — hence opt-in, for teams that run images with Docker or Compose and want every image to say how it is checked.',
    howToFix: 'Add `HEALTHCHECK CMD <a cheap command that fails when the service is unhealthy>` to the final stage, or `HEALTHCHECK NONE` to say on purpose that there is none.',
    examples: {
      bad: 'FROM debian:12-slim\nCOPY server /usr/local/bin/server\nCMD ["server"]',
      good: 'FROM debian:12-slim\nCOPY server /usr/local/bin/server\nHEALTHCHECK --interval=30s CMD ["server", "--check"]\nCMD ["server"]',
    },
    messages: {
      missing: 'The final stage, and the stages it is built FROM, declare no HEALTHCHECK; add one, or HEALTHCHECK NONE to say there is none on purpose.',
    },
    // contested: Kubernetes ignores HEALTHCHECK and base images often define one
    defaultOff: true,
  },
  check(ctx) {
    const stage = ctx.model.finalStage;
    if (!stage || declaresHealthcheck(stage)) return;
    ctx.report({ range: ctx.keywordRange(stage.from), messageId: 'missing' });
  },
});
