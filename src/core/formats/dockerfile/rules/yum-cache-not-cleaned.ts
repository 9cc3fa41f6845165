import { SHIPPING_STAGES_NOTE } from '../model';
import { defineCacheCleanupRule, rpmCacheCleanup } from '../package-manager-kit';

export default defineCacheCleanupRule(
  {
    id: 'yum-cache-not-cleaned',
    aliases: ['DL3032'],
    category: 'efficiency',
    severity: 'warning',
    title: 'yum install without yum clean all in the same RUN',
    why: 'yum keeps downloaded packages and repository metadata under /var/cache/yum. Unless the same RUN removes them, they are committed into the layer and ship with every copy of the image, often tens of megabytes that nothing uses at run time.' + SHIPPING_STAGES_NOTE,
    howToFix: 'End the RUN that installs with `&& yum clean all` (or `rm -rf /var/cache/yum`). With BuildKit you can instead mount a cache: `RUN --mount=type=cache,target=/var/cache/yum yum install -y …`.',
    examples: { bad: 'RUN yum install -y httpd-2.4.57', good: 'RUN yum install -y httpd-2.4.57 && yum clean all' },
  },
  rpmCacheCleanup('yum', { mounted: ['/var/cache/yum'], removed: ['/var/cache/yum'] }),
);
