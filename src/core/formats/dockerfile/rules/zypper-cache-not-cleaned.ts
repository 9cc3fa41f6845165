import { SHIPPING_STAGES_NOTE } from '../model';
import { defineCacheCleanupRule, rpmCacheCleanup } from '../package-manager-kit';

export default defineCacheCleanupRule(
  {
    id: 'zypper-cache-not-cleaned',
    aliases: ['DL3036'],
    category: 'efficiency',
    severity: 'warning',
    title: 'zypper install without zypper clean in the same RUN',
    why: 'zypper stores repository metadata and packages under /var/cache/zypp. When the installing RUN does not clear it, that cache becomes part of the layer and every pull of the image carries it.' + SHIPPING_STAGES_NOTE,
    howToFix: 'Add `&& zypper clean --all` (or `zypper cc -a`) at the end of the RUN that installs, or remove /var/cache/zypp there. A BuildKit cache mount on /var/cache/zypp also keeps it out of the image.',
    examples: { bad: 'RUN zypper -n install curl=8.6.0', good: 'RUN zypper -n install curl=8.6.0 && zypper clean --all' },
  },
  rpmCacheCleanup('zypper', { mounted: ['/var/cache/zypp'], removed: ['/var/cache/zypp', '/var/cache/zypp/packages'] }),
);
