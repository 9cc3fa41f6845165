import type { Copy, Flag } from 'dockerfile-ast';
import type { MessageData } from '../../../base/l10n/format-message';
import { parseImageRef } from '../../../base/model/image-ref';
import type { Range } from '../../../base/model/finding';
import { defineDockerfileRule, type DockerfileContext } from '../context';

const DOCKER_HUB_NAMES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'hub.docker.com', 'registry.hub.docker.com']);

function normalise(registry: string): string {
  const r = registry.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/\/+$/, '');
  return DOCKER_HUB_NAMES.has(r) ? 'docker.io' : r;
}

/** `registry.example.com`, `*.example.com` (any subdomain), `localhost:5000`; `*` alone trusts every registry. */
export function isTrustedRegistry(registry: string, trusted: string[]): boolean {
  const r = normalise(registry);
  return trusted.some((entry) => {
    const t = normalise(entry);
    if (t === '*') return true;
    if (t.startsWith('*.')) return r.endsWith(t.slice(1));
    return r === t;
  });
}

export default defineDockerfileRule({
  meta: {
    id: 'base-image-untrusted-registry',
    aliases: ['DL3026'],
    category: 'supply-chain',
    severity: 'error',
    title: 'Image comes from a registry outside the trusted list',
    why:
      'Whoever controls the registry controls every byte of the base image, and the image runs on the same kernel as ' +
      'everything else on the host. When a team limits builds to vetted registries (an internal mirror, a scanned proxy), ' +
      'a FROM that pulls from anywhere else bypasses that review — and so does an image pulled by `COPY --from=<image>` or ' +
      '`RUN --mount=from=<image>`. Only checked when `trustedRegistries` is configured; ' +
      'short names such as `node` resolve to Docker Hub (`docker.io`).',
    howToFix:
      'Pull the image through a trusted registry (e.g. `registry.example.com/library/node:20`), or add the registry to ' +
      '`trustedRegistries` in `.containment.yaml` (or hadolint’s `trustedRegistries`) if it has been approved.',
    examples: { bad: 'FROM evil.example.org/node:20', good: 'FROM registry.example.com/library/node:20' },
    messages: {
      untrustedRegistry: "'{image}' is pulled from '{registry}', which is not in the trusted registries ({trusted}).",
      untrustedDockerHub: "'{image}' is pulled from Docker Hub ('docker.io', the default for short names), which is not in the trusted registries ({trusted}).",
    },
  },
  check(ctx) {
    const trusted = ctx.config.trustedRegistries;
    if (!trusted.length) return;
    for (const stage of ctx.model.stages) {
      const { image } = stage;
      if (stage.parent || image.isScratch || image.hasVariables || !image.repository) continue;
      if (isTrustedRegistry(image.effectiveRegistry, trusted)) continue;
      const range = (image.registry && stage.from.getRegistryRange()) || stage.imageRange;
      ctx.report({ range, ...untrustedMessage(image.raw, image.registry ? image.effectiveRegistry : undefined, trusted) });
    }
    for (const info of ctx.model.instructions) {
      if (info.keyword === 'COPY') checkImageFlag(ctx, (info.instruction as Copy).getFromFlag()?.getValue() ?? undefined, (info.instruction as Copy).getFromFlag()?.getValueRange());
      if (info.keyword !== 'RUN') continue;
      for (const flag of (info.instruction as unknown as { getFlags?: () => Flag[] }).getFlags?.() ?? []) {
        if (flag.getName().toLowerCase() !== 'mount') continue;
        const from = flag.getOptions().find((o) => o.getName() === 'from');
        checkImageFlag(ctx, from?.getValue() ?? undefined, from?.getValueRange() ?? undefined);
      }
    }
  },
});

function untrustedMessage(raw: string, registry: string | undefined, trusted: string[]): { messageId: string; data: MessageData } {
  const data = { image: raw, trusted: trusted.join(', ') };
  return registry ? { messageId: 'untrustedRegistry', data: { ...data, registry } } : { messageId: 'untrustedDockerHub', data };
}

/** `COPY --from=<x>` / `--mount=from=<x>`: reported when `x` is an image (not a stage, index or build context) from elsewhere. */
function checkImageFlag(ctx: DockerfileContext, value: string | undefined, range: Range | undefined | null): void {
  if (!value || !range || value.includes('$') || /^[0-9]+$/.test(value)) return;
  if (ctx.model.stageNamed(value)) return;
  const image = parseImageRef(value);
  if (image.isScratch || !image.repository || isTrustedRegistry(image.effectiveRegistry, ctx.config.trustedRegistries)) return;
  ctx.report({ range, ...untrustedMessage(value, image.registry ? image.effectiveRegistry : undefined, ctx.config.trustedRegistries) });
}
