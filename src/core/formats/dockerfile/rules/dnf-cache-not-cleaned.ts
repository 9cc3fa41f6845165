import { SHIPPING_STAGES_NOTE } from '../model';
import { defineCacheCleanupRule, rpmCacheCleanup } from '../package-manager-kit';
import { dnfCacheFillingWord } from '../rpm-family-commands';

export default defineCacheCleanupRule(
  {
    id: 'dnf-cache-not-cleaned',
    aliases: ['DL3040'],
    category: 'efficiency',
    severity: 'warning',
    title: 'dnf install or upgrade without dnf clean all in the same RUN',
    why: 'dnf and microdnf keep repository metadata and downloaded packages under /var/cache. If the RUN that installs, upgrades or reinstalls does not remove them, they are frozen into the layer: a larger image to pull and store, with nothing gained at run time.' + SHIPPING_STAGES_NOTE,
    howToFix: 'Finish the installing RUN with `&& dnf clean all` (`microdnf clean all` for microdnf), or `rm -rf /var/cache/dnf`. With BuildKit, a cache or tmpfs mount over the cache directory (`RUN --mount=type=cache,target=/var/cache/dnf …`; dnf5 uses `/var/cache/libdnf5`) keeps it out of the image as well.',
    examples: { bad: 'RUN dnf install -y nginx-1.24.0', good: 'RUN dnf install -y nginx-1.24.0 && dnf clean all' },
  },
  rpmCacheCleanup('dnf', { mounted: ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5'], removed: ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5'] }, dnfCacheFillingWord),
);
