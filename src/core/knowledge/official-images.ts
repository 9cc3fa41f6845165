/** Docker Hub's official images (and their mirrors): distributions, language runtimes, servers. */
import type { ImageRef } from '../base/model/image-ref';
import { deprecation, distroFacts, RHEL_ALTERNATIVES, rootUser, type ImageFacts } from './image-facts';
import { DEBIAN_CODENAMES, type ParsedTag } from './image-tags';
import { releaseFacts, type ProductId } from './lifecycle';

/** Official language images whose default variant is a full Debian with compilers and headers. */
const RUNTIME_IMAGES: Readonly<Record<string, { product: ProductId; full?: number; slim?: number; alpine?: number }>> = {
  python: { product: 'python', full: 370, slim: 45, alpine: 20 },
  node: { product: 'node', full: 390, slim: 70, alpine: 50 },
  golang: { product: 'golang', full: 290, alpine: 80 },
  ruby: { product: 'ruby', full: 380, slim: 70, alpine: 35 },
  php: { product: 'php', alpine: 35 },
  openjdk: { product: 'java', full: 230 },
  'eclipse-temurin': { product: 'temurin', full: 190 },
  amazoncorretto: { product: 'corretto' },
};

/**
 * Official server images with release lines of their own. Their image config sets no USER: the entrypoint starts as
 * root and switches to the service's own user (gosu/su-exec) before the server runs, so the default user is left
 * unknown rather than called root.
 */
const SERVICE_IMAGES: Readonly<Record<string, { product: ProductId; user: string }>> = {
  postgres: { product: 'postgres', user: 'postgres' },
  mysql: { product: 'mysql', user: 'mysql' },
  mariadb: { product: 'mariadb', user: 'mysql' },
  mongo: { product: 'mongodb', user: 'mongodb' },
  redis: { product: 'redis', user: 'redis' },
  elasticsearch: { product: 'elasticsearch', user: 'elasticsearch' },
  httpd: { product: 'httpd', user: 'www-data (workers)' },
};

/** Official distribution images. */
const DISTRO_IMAGES: Readonly<Record<string, { product: string; label: string; full?: number; slim?: number }>> = {
  debian: { product: 'debian', label: 'Debian', full: 50, slim: 30 },
  ubuntu: { product: 'ubuntu', label: 'Ubuntu', full: 30 },
  centos: { product: 'centos', label: 'CentOS', full: 75 },
  fedora: { product: 'fedora', label: 'Fedora', full: 65 },
  amazonlinux: { product: 'amazonlinux', label: 'Amazon Linux', full: 60 },
  rockylinux: { product: 'rockylinux', label: 'Rocky Linux', full: 70 },
  almalinux: { product: 'almalinux', label: 'AlmaLinux', full: 70 },
  oraclelinux: { product: 'oraclelinux', label: 'Oracle Linux', full: 80 },
  'opensuse/leap': { product: 'opensuse', label: 'openSUSE Leap', full: 45 },
};

/** The facts of an official image this table knows, else undefined. */
export function describeOfficialImage(ref: ImageRef, base: ImageFacts, tag: ParsedTag, now: Date): ImageFacts | undefined {
  const official = officialName(ref);
  if (!official) return undefined;
  const prefix = imagePrefix(ref);

  if (official === 'alpine') {
    const version = tag.version;
    return {
      ...base,
      known: true,
      family: 'alpine',
      osFamily: 'linux',
      distro: distroFacts('alpine', version, now),
      sizeClass: 'alpine',
      approxSizeMb: 4,
      ...rootUser(),
    };
  }
  if (official === 'busybox') return { ...base, known: true, family: 'busybox', osFamily: 'linux', sizeClass: 'slim', approxSizeMb: 2, ...rootUser() };
  if (official === 'nginx') {
    return {
      ...base,
      known: true,
      family: 'nginx',
      osFamily: 'linux',
      runtime: releaseFacts('nginx', tag.version, now),
      distro: tag.alpine ? distroFacts('alpine', tag.alpineVersion, now) : tag.debianCodename ? distroFacts('debian', tag.debianCodename, now) : undefined,
      sizeClass: tag.alpine ? 'alpine' : 'slim',
      ...rootUser('the master process runs as root and workers as `nginx`; nginxinc/nginx-unprivileged runs entirely as uid 101'),
    };
  }
  const service = SERVICE_IMAGES[official];
  if (service) return serviceImageFacts(base, official, service, tag, now);
  const distroImage = DISTRO_IMAGES[official];
  if (distroImage) return distroImageFacts(base, official, distroImage, ref, tag, prefix, now);
  const runtimeImage = RUNTIME_IMAGES[official];
  if (runtimeImage) return runtimeImageFacts(base, official, runtimeImage, ref, tag, prefix, now);
  if (official === 'java') {
    return {
      ...base,
      known: true,
      family: 'java',
      osFamily: 'linux',
      sizeClass: 'full-os',
      ...rootUser(),
      deprecated: deprecation('java'),
    };
  }
  return undefined;
}

/** `python` for `python`, `library/python`, `docker.io/library/python`, `public.ecr.aws/docker/library/python`, `mirror.gcr.io/library/python`. */
function officialName(ref: ImageRef): string | undefined {
  const repo = ref.repository.toLowerCase();
  if (ref.effectiveRegistry === 'docker.io') {
    if (repo.startsWith('library/')) return repo.slice('library/'.length);
    return repo === 'opensuse/leap' ? repo : undefined;
  }
  if (ref.effectiveRegistry === 'public.ecr.aws' && repo.startsWith('docker/library/')) return repo.slice('docker/library/'.length);
  if (ref.effectiveRegistry === 'mirror.gcr.io' && repo.startsWith('library/')) return repo.slice('library/'.length);
  if (ref.effectiveRegistry === 'public.ecr.aws' && repo === 'amazonlinux/amazonlinux') return 'amazonlinux';
  return undefined;
}

function imagePrefix(ref: ImageRef): string {
  // keep the written form (`python`, `docker.io/library/python`, mirror paths) so suggestions paste back in
  const raw = ref.raw;
  const end = ref.tagOffset !== undefined ? ref.tagOffset - 1 : ref.digestOffset !== undefined ? ref.digestOffset - 1 : raw.length;
  return raw.slice(0, end);
}

function distroImageFacts(
  base: ImageFacts,
  official: string,
  info: { product: string; label: string; full?: number; slim?: number },
  ref: ImageRef,
  tag: ParsedTag,
  prefix: string,
  now: Date,
): ImageFacts {
  const tagLower = (ref.tag ?? '').toLowerCase();
  let versionKey: string | undefined = tag.version;
  if (official === 'debian') versionKey = tag.version?.split('.')[0] ?? tag.words.find((w) => (DEBIAN_CODENAMES as readonly string[]).includes(w));
  if (official === 'ubuntu') versionKey = tag.version ?? tag.ubuntuCodename;
  if (official === 'centos') {
    const m = /^centos(\d+)/.exec(tagLower);
    versionKey = m ? m[1] : tag.version?.split('.')[0] ?? (tagLower === '' || tagLower === 'latest' ? '8' : undefined);
  }
  if (official === 'amazonlinux') versionKey = tag.version?.startsWith('2018.03') ? '1' : tag.version?.split('.')[0];
  const slim = official === 'debian' && tag.slim;
  const facts: ImageFacts = {
    ...base,
    known: true,
    family: official,
    osFamily: 'linux',
    distro: distroFacts(info.product, versionKey, now, info.label),
    sizeClass: slim ? 'slim' : 'full-os',
    approxSizeMb: slim ? info.slim : info.full,
    ...rootUser(),
  };
  if (official === 'debian') {
    const codename = facts.distro?.codename;
    facts.lighterAlternatives = slim
      ? undefined
      : [`${prefix}:${codename ?? 'bookworm'}-slim`, 'gcr.io/distroless/base-debian12', 'gcr.io/distroless/static-debian12'];
    if (!slim) facts.sizeNote = 'the full Debian image; the -slim variant drops documentation and locales';
  } else if (official === 'ubuntu') {
    facts.lighterAlternatives = ['gcr.io/distroless/base-debian12', 'cgr.dev/chainguard/wolfi-base', 'alpine'];
    facts.sizeNote = 'a full Ubuntu userland with apt, shells and coreutils';
  } else if (official === 'amazonlinux') {
    facts.lighterAlternatives = ['gcr.io/distroless/base-debian12', 'alpine'];
    facts.sizeNote = 'a full Amazon Linux userland with a package manager and shells';
  } else {
    facts.lighterAlternatives = RHEL_ALTERNATIVES;
    facts.sizeNote = `a full ${info.label} userland with a package manager and shells`;
  }
  if (official === 'centos' && ref.effectiveRegistry === 'docker.io') {
    facts.deprecated = deprecation('centos');
  }
  return facts;
}

function serviceImageFacts(base: ImageFacts, official: string, info: { product: ProductId; user: string }, tag: ParsedTag, now: Date): ImageFacts {
  return {
    ...base,
    known: true,
    family: official,
    osFamily: 'linux',
    runtime: releaseFacts(info.product, tag.version, now),
    distro: tag.alpine ? distroFacts('alpine', tag.alpineVersion, now) : tag.debianCodename ? distroFacts('debian', tag.debianCodename, now) : tag.ubuntuCodename ? distroFacts('ubuntu', tag.ubuntuCodename, now) : undefined,
    sizeClass: tag.alpine ? 'alpine' : 'unknown',
    // no USER in the image config, yet the server does not run as root: neither verdict would be true of the image
    defaultUserNote: `the entrypoint starts as root and runs the server as ${info.user}`,
  };
}

function runtimeImageFacts(
  base: ImageFacts,
  official: string,
  info: { product: ProductId; full?: number; slim?: number; alpine?: number },
  ref: ImageRef,
  tag: ParsedTag,
  prefix: string,
  now: Date,
): ImageFacts {
  const runtime = releaseFacts(info.product, tag.version, now);
  const facts: ImageFacts = { ...base, known: true, family: official, osFamily: 'linux', runtime, ...rootUser() };
  const isJava = info.product === 'java' || info.product === 'temurin' || info.product === 'corretto';
  const jre = tag.words.includes('jre');
  // which distribution the variant is built on
  if (tag.alpine) facts.distro = distroFacts('alpine', tag.alpineVersion, now);
  else if (tag.debianCodename) facts.distro = distroFacts('debian', tag.debianCodename, now);
  else if (tag.ubuntuCodename) facts.distro = distroFacts('ubuntu', tag.ubuntuCodename, now);
  else if (official === 'eclipse-temurin' && !tag.words.some((w) => /^(ubi|centos)/.test(w))) facts.distro = distroFacts('ubuntu', undefined, now);
  else if (!tag.windowsVariant && (!isJava || (official === 'openjdk' && tag.slim))) facts.distro = distroFacts('debian', undefined, now);
  const centos = tag.words.find((w) => /^centos\d+$/.test(w));
  if (centos) facts.distro = distroFacts('centos', centos.slice('centos'.length), now);

  const v = tag.version;
  const codename = tag.debianCodename ?? tag.ubuntuCodename;
  if (tag.alpine) {
    facts.sizeClass = 'alpine';
    facts.approxSizeMb = info.alpine;
  } else if (tag.slim) {
    facts.sizeClass = 'slim';
    facts.approxSizeMb = info.slim;
  } else if (isJava && jre) {
    facts.sizeClass = 'slim';
    facts.approxSizeMb = official === 'eclipse-temurin' ? 90 : undefined;
  } else if (tag.windowsVariant) {
    facts.sizeClass = 'unknown';
  } else {
    facts.sizeClass = 'full-os';
    facts.approxSizeMb = info.full;
    facts.lighterAlternatives = runtimeAlternatives(official, prefix, v, codename, !v && tag.words[0] && tag.words[0] !== 'latest' ? tag.words[0] : undefined);
    facts.sizeNote = isJava
      ? 'a full JDK (compiler, tools) on a full OS; running an application needs only a JRE'
      : official === 'golang'
        ? 'the whole Go toolchain on a full Debian; a compiled Go binary needs none of it at run time'
        : official === 'php'
          ? 'Debian with the compiler toolchain kept for building PHP extensions'
          : 'a full Debian with compilers, headers and build tools (buildpack-deps) for compiling native modules';
  }
  if (official === 'node') facts.defaultUserNote = 'runs as root by default; the image also ships a `node` user (uid 1000) for `USER node`';
  if (official === 'openjdk') {
    facts.deprecated = deprecation('openjdk', { temurin: `eclipse-temurin${v ? `:${v}-jre` : ''}` });
  }
  return facts;
}

function runtimeAlternatives(official: string, prefix: string, version: string | undefined, codename: string | undefined, tagHead: string | undefined): string[] {
  // `node:lts` → `node:lts-slim`; untagged `python` → `python:slim`
  const v = version ?? tagHead;
  const variant = (name: string, keepCodename: boolean) => `${prefix}:${v ? `${v}-` : ''}${name}${keepCodename && codename ? `-${codename}` : ''}`;
  const withCodename = (name: string) => variant(name, true);
  switch (official) {
    case 'python':
      return [withCodename('slim'), variant('alpine', false), ...(version?.startsWith('2') ? [] : ['gcr.io/distroless/python3-debian12'])];
    case 'node': {
      const major = version?.split('.')[0];
      const distroless = major && ['18', '20', '22'].includes(major) ? [`gcr.io/distroless/nodejs${major}-debian12`] : [];
      // node puts the codename first: node:20-bookworm-slim
      const slim = `${prefix}:${v ? `${v}-` : ''}${codename ? `${codename}-` : ''}slim`;
      return [slim, variant('alpine', false), ...distroless];
    }
    case 'ruby':
      return [withCodename('slim'), variant('alpine', false)];
    case 'php':
      return [variant('alpine', false)];
    case 'golang':
      return ['gcr.io/distroless/static-debian12 (with a CGO_ENABLED=0 binary)', 'scratch', variant('alpine', false)];
    case 'openjdk':
    case 'eclipse-temurin': {
      const major = version?.split('.')[0];
      const distroless = major && ['17', '21'].includes(major) ? [`gcr.io/distroless/java${major}-debian12`] : [];
      return major ? [`eclipse-temurin:${major}-jre`, `eclipse-temurin:${major}-jre-alpine`, ...distroless] : ['eclipse-temurin:<version>-jre', 'eclipse-temurin:<version>-jre-alpine'];
    }
    default:
      return [];
  }
}
