/**
 * What a base image costs, from its reference alone (offline): OS family, distribution and language runtime with
 * their end-of-life dates, rough size class, lighter alternatives, the user it runs as by default, and Windows
 * specifics. Used by Dockerfile rules, Kubernetes/Compose `image:` rules, hovers and the trade-off panel.
 *
 * Everything here is a best effort from naming conventions of well-known images; an image we do not recognise gives
 * `known: false` and `unknown` classes, never a guess. Sizes are rough compressed pull sizes for linux/amd64 (Windows:
 * the Windows image), meant to show orders of magnitude, not exact numbers.
 */
import { APP_IMAGE_USERS } from './app-image-users';
import { cacheMap } from '../caches';
import { parseImageRef, shortRepository, type ImageRef } from '../model/image-ref';
import { CHAINGUARD_NAMED_USERS, CHAINGUARD_ROOT_IMAGES } from './chainguard-users';
import { knowledgeNow, releaseFacts, type ProductId, type ReleaseFacts } from './lifecycle';

export type OsFamily = 'linux' | 'windows' | 'unknown';
export type SizeClass = 'full-os' | 'slim' | 'alpine' | 'distroless' | 'scratch' | 'unknown';
export type WindowsVariant = 'nanoserver' | 'servercore' | 'windows' | 'server';

export interface WindowsFacts {
  variant: WindowsVariant;
  /** Kernel build the image needs for process isolation (17763 = Windows Server 2019 / 1809). */
  build?: number;
  /** `Windows Server 2022 (ltsc2022)`. */
  release?: string;
  note: string;
}

export interface DistroFacts extends Omit<ReleaseFacts, 'product'> {
  /** `debian`, `ubuntu`, `alpine`, `centos`, `fedora`, `wolfi` … (only some have lifecycle dates). */
  product: string;
}

export interface ImageFacts {
  /** Short form: `python`, `bitnami/redis`, `gcr.io/distroless/static-debian12`. */
  image: string;
  /** True when the image (or at least its family) was recognised. */
  known: boolean;
  /** Image family: `python`, `debian`, `distroless`, `chainguard`, `bitnami`, `windows` … */
  family?: string;
  osFamily: OsFamily;
  distro?: DistroFacts;
  runtime?: ReleaseFacts;
  sizeClass: SizeClass;
  /** Rough compressed size in MB (linux/amd64). */
  approxSizeMb?: number;
  sizeNote?: string;
  /** Lighter images that serve the same purpose, most similar first. */
  lighterAlternatives?: string[];
  /** User the image runs as when no USER is set: `root`, `nonroot`, `1001`, `ContainerUser` … */
  defaultUser?: string;
  defaultUid?: number;
  /** True when the image is known to run as a non-root / non-admin user by default. */
  runsAsNonRootByDefault: boolean;
  defaultUserNote?: string;
  windows?: WindowsFacts;
  /** The image repository itself is no longer maintained. */
  deprecated?: Deprecation;
}

/**
 * Image repositories that are no longer maintained: what happened and what to use instead. `replacement` may hold
 * `{name}` placeholders for raw values (an image reference); `code` lets messages word each one in any language.
 */
export const DEPRECATED_REPOSITORIES = {
  java: { note: 'the `java` image on Docker Hub was retired years ago and gets no updates', replacement: 'eclipse-temurin' },
  centos: { note: 'the `centos` image on Docker Hub is no longer updated', replacement: 'rockylinux, almalinux or registry.access.redhat.com/ubi9' },
  openjdk: {
    note: 'the `openjdk` image on Docker Hub is deprecated: its release tags stopped receiving updates in 2022',
    replacement: '{temurin}, amazoncorretto or another maintained OpenJDK build',
  },
  windowsHub: { note: 'the Windows base images moved from Docker Hub to mcr.microsoft.com', replacement: '{image}' },
} as const;

export type DeprecatedRepository = keyof typeof DEPRECATED_REPOSITORIES;

export interface Deprecation {
  code: DeprecatedRepository;
  note: string;
  replacement?: string;
  /** The raw values of the replacement's placeholders. */
  data: Readonly<Record<string, string>>;
}

function deprecation(code: DeprecatedRepository, data: Record<string, string> = {}): Deprecation {
  const { note, replacement } = DEPRECATED_REPOSITORIES[code];
  return { code, note, replacement: replacement.replace(/\{(\w+)\}/g, (whole, name: string) => data[name] ?? whole), data };
}

/* ---------------------------------------------------------------------------------------------------------------- */
/* Constant tables (plain data)                                                                                      */

const DEBIAN_CODENAMES = ['jessie', 'stretch', 'buster', 'bullseye', 'bookworm', 'trixie'] as const;
const UBUNTU_CODENAMES = ['trusty', 'xenial', 'bionic', 'focal', 'jammy', 'noble'] as const;

/** Windows kernel builds by tag word. */
const WINDOWS_BUILDS: ReadonlyArray<[RegExp, number, string]> = [
  [/^(ltsc2016|sac2016|10\.0\.14393(\.\d+)?)$/, 14393, 'Windows Server 2016 (ltsc2016)'],
  [/^(1709|10\.0\.16299(\.\d+)?)$/, 16299, 'Windows Server 1709'],
  [/^(1803|10\.0\.17134(\.\d+)?)$/, 17134, 'Windows Server 1803'],
  [/^(ltsc2019|1809|10\.0\.17763(\.\d+)?)$/, 17763, 'Windows Server 2019 (ltsc2019 / 1809)'],
  [/^(1903|10\.0\.18362(\.\d+)?)$/, 18362, 'Windows Server 1903'],
  [/^(1909|10\.0\.18363(\.\d+)?)$/, 18363, 'Windows Server 1909'],
  [/^(2004|10\.0\.19041(\.\d+)?)$/, 19041, 'Windows Server 2004'],
  [/^(20h2|10\.0\.19042(\.\d+)?)$/, 19042, 'Windows Server 20H2'],
  [/^(ltsc2022|10\.0\.20348(\.\d+)?)$/, 20348, 'Windows Server 2022 (ltsc2022)'],
  [/^(ltsc2025|10\.0\.26100(\.\d+)?)$/, 26100, 'Windows Server 2025 (ltsc2025)'],
];

const WINDOWS_SIZES: Record<WindowsVariant, number> = { nanoserver: 120, servercore: 1700, windows: 3500, server: 3000 };

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

const LIFECYCLE_DISTROS = new Set(['debian', 'ubuntu', 'centos', 'alpine', 'amazonlinux', 'rockylinux', 'almalinux', 'rhel']);

const DISTROLESS_DEFAULT_ROOT_NOTE =
  'distroless images without a `nonroot` tag run as root (uid 0); the `:nonroot` / `:debug-nonroot` tags run as uid 65532';

const WINDOWS_NOTE =
  'A Windows container shares the Windows kernel of its host, so it only runs on a Windows host. With process ' +
  'isolation the host’s kernel build must match the image’s build; otherwise the container needs Hyper-V isolation, ' +
  'where each container gets its own small utility VM with a matching kernel (stronger isolation, more memory, slower start).';

/* ---------------------------------------------------------------------------------------------------------------- */
/* Tag parsing                                                                                                       */

export interface ParsedTag {
  /** Leading version: `3.8` from `3.8-slim-buster`, `17` from `17.0.9_9-jdk` and from `8u392-b08-jre`. */
  version?: string;
  /** Remaining words, lower case. */
  words: string[];
  debianCodename?: string;
  ubuntuCodename?: string;
  /** `alpine` seen; `alpineVersion` when written as `alpine3.18`. */
  alpine: boolean;
  alpineVersion?: string;
  slim: boolean;
  windowsVariant?: 'nanoserver' | 'servercore';
  windowsWord?: string;
}

/** Splits an official-image tag into version and variant words (`3.8-slim-buster` → 3.8, [slim, buster]). */
export function parseTag(tag: string | undefined): ParsedTag {
  const words = (tag ?? '').toLowerCase().split('-').filter(Boolean);
  const parsed: ParsedTag = { words: [], alpine: false, slim: false };
  if (words.length && /^\d/.test(words[0])) {
    const head = words.shift()!;
    // 8u392 (Java 8 update), 17.0.9_9 (Temurin build suffix), 3.12.1
    const java8 = /^(\d+)u\d+/.exec(head);
    parsed.version = java8 ? java8[1] : head.replace(/_.*$/, '');
  }
  parsed.words = words;
  for (const word of words) {
    if ((DEBIAN_CODENAMES as readonly string[]).includes(word)) parsed.debianCodename = word;
    else if ((UBUNTU_CODENAMES as readonly string[]).includes(word)) parsed.ubuntuCodename = word;
    else if (word === 'alpine') parsed.alpine = true;
    else if (/^alpine\d+\.\d+$/.test(word)) {
      parsed.alpine = true;
      parsed.alpineVersion = word.slice('alpine'.length);
    } else if (word === 'slim') parsed.slim = true;
    else if (word === 'nanoserver' || word === 'windowsservercore') parsed.windowsVariant = word === 'nanoserver' ? 'nanoserver' : 'servercore';
    else if (WINDOWS_BUILDS.some(([re]) => re.test(word))) parsed.windowsWord = word;
  }
  return parsed;
}

/* ---------------------------------------------------------------------------------------------------------------- */
/* Public API                                                                                                        */

/** Describes an image reference. `now` decides which releases count as past end of life. */
export function describeImage(ref: ImageRef, now: Date = knowledgeNow()): ImageFacts {
  // Memoised (issue 6: several rules describe every stage's base image; the lifecycle lookups showed in the profile).
  // The facts depend on the reference and on the UTC day only (dates are compared in whole days); callers do not mutate them.
  const key = `${now.getUTCFullYear()}-${now.getUTCMonth()}-${now.getUTCDate()}\u0000${ref.raw}\u0000${ref.registry}\u0000${ref.repository}\u0000${ref.tag}\u0000${ref.digest}\u0000${ref.hasVariables}\u0000${ref.isScratch}`;
  let facts = describeMemo.get(key);
  if (!facts) {
    facts = describeImageUncached(ref, now);
    if (describeMemo.size >= 512) describeMemo.delete(describeMemo.keys().next().value!);
    describeMemo.set(key, facts);
  }
  return facts;
}

const describeMemo = cacheMap<string, ImageFacts>('knowledge/base-images describeMemo');

function describeImageUncached(ref: ImageRef, now: Date): ImageFacts {
  const image = ref.repository ? shortRepository(ref) : ref.raw;
  const base: ImageFacts = { image, known: false, osFamily: 'unknown', sizeClass: 'unknown', runsAsNonRootByDefault: false };
  if (ref.isScratch) {
    return {
      ...base,
      image: 'scratch',
      known: true,
      family: 'scratch',
      osFamily: 'unknown',
      sizeClass: 'scratch',
      approxSizeMb: 0,
      defaultUser: 'root',
      defaultUid: 0,
      defaultUserNote: 'scratch has no /etc/passwd and no USER, so processes run as uid 0 unless a numeric USER is set',
    };
  }
  if (ref.hasVariables || !ref.repository) return base;
  return describeKnown(ref, image, base, now) ?? base;
}

/** Convenience for callers holding a string (`image:` values in YAML, hovers). */
export function describeImageName(raw: string, now: Date = knowledgeNow()): ImageFacts {
  return describeImage(parseImageRef(raw.trim()), now);
}

/** Compressed size from which a base counts as heavy: language images on a full Debian are 150–400 MB, while the bare distribution images (ubuntu ~30 MB, debian ~50 MB, rockylinux ~70 MB) are not. */
const HEAVY_FROM_MB = 100;

/** Heavy: a large full-OS image for which we know lighter variants (size unknown: only language images with build toolchains). */
export function isHeavy(facts: ImageFacts): boolean {
  if (facts.sizeClass !== 'full-os' || !(facts.lighterAlternatives?.length ?? 0)) return false;
  return facts.approxSizeMb !== undefined ? facts.approxSizeMb >= HEAVY_FROM_MB : !!facts.runtime;
}

/* ---------------------------------------------------------------------------------------------------------------- */

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

function describeKnown(ref: ImageRef, image: string, base: ImageFacts, now: Date): ImageFacts | undefined {
  const registry = ref.effectiveRegistry.toLowerCase();
  const repo = ref.repository.toLowerCase();
  const tag = parseTag(ref.tag);
  const tagLower = (ref.tag ?? '').toLowerCase();

  const windows = windowsFacts(registry, repo, tag, tagLower);
  if (windows && windows.family === 'windows') return { ...base, ...windows, image };
  if (windows) {
    // a language image's Windows variant: keep the runtime, take the OS facts from the Windows side
    const linuxSide = describeKnown({ ...ref, tag: undefined }, image, base, now);
    const runtime = linuxSide?.runtime ? releaseFacts(linuxSide.runtime.product as ProductId, tag.version, now) : undefined;
    return { ...base, ...windows, image, ...(runtime ? { runtime } : {}) };
  }

  if (registry === 'gcr.io' && repo.startsWith('distroless/')) return distroless(base, repo, tagLower, now);
  if (registry === 'mcr.microsoft.com' && /^dotnet\/(?:core\/|nightly\/)?(?:sdk|aspnet|runtime|runtime-deps)$/.test(repo)) return dotnet(base, repo, tag, now);
  if (registry === 'cgr.dev' && repo.startsWith('chainguard/')) return chainguard(base, repo, tagLower);
  if (registry === 'docker.io' && repo.startsWith('bitnami/')) return bitnami(base, repo, tag, now);
  if (registry === 'docker.io' && (repo === 'nginxinc/nginx-unprivileged')) {
    return {
      ...base,
      known: true,
      family: 'nginx',
      osFamily: 'linux',
      sizeClass: tag.alpine ? 'alpine' : 'slim',
      defaultUser: 'nginx',
      defaultUid: 101,
      runsAsNonRootByDefault: true,
      defaultUserNote: 'runs as the nginx user (uid 101) and listens on 8080',
    };
  }
  if (registry === 'quay.io' && repo === 'centos/centos') {
    const distro = distroFacts('centos', tagLower || undefined, now);
    return { ...base, known: true, family: 'centos', osFamily: 'linux', distro, sizeClass: 'full-os', approxSizeMb: 60, ...rootUser(), lighterAlternatives: RHEL_ALTERNATIVES };
  }
  if (registry === 'registry.access.redhat.com' && /^ubi\d+\//.test(repo)) return ubi(base, repo, now);

  const app = APP_IMAGE_USERS[`${registry}/${repo}`];
  if (app) {
    return { ...base, known: true, family: repo, osFamily: 'linux', defaultUser: app.user, defaultUid: app.uid, runsAsNonRootByDefault: true, defaultUserNote: app.note };
  }
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

function imagePrefix(ref: ImageRef): string {
  // keep the written form (`python`, `docker.io/library/python`, mirror paths) so suggestions paste back in
  const raw = ref.raw;
  const end = ref.tagOffset !== undefined ? ref.tagOffset - 1 : ref.digestOffset !== undefined ? ref.digestOffset - 1 : raw.length;
  return raw.slice(0, end);
}

function rootUser(note?: string): Pick<ImageFacts, 'defaultUser' | 'defaultUid' | 'runsAsNonRootByDefault' | 'defaultUserNote'> {
  return { defaultUser: 'root', defaultUid: 0, runsAsNonRootByDefault: false, ...(note ? { defaultUserNote: note } : {}) };
}

function distroFacts(product: string, versionOrCodename: string | undefined, now: Date, label?: string): DistroFacts {
  if (LIFECYCLE_DISTROS.has(product)) {
    const facts = releaseFacts(product as ProductId, versionOrCodename, now);
    if (facts) return facts;
  }
  const productLabel = label ?? product;
  const version = versionOrCodename && /^\d/.test(versionOrCodename) ? versionOrCodename : undefined;
  return { product, productLabel, kind: 'distro', version, label: version ? `${productLabel} ${version}` : productLabel, inTable: false };
}

const RHEL_ALTERNATIVES = [
  'registry.access.redhat.com/ubi9/ubi-minimal',
  'registry.access.redhat.com/ubi9/ubi-micro',
  'gcr.io/distroless/base-debian12',
];

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

function distroless(base: ImageFacts, repo: string, tagLower: string, now: Date): ImageFacts {
  const name = repo.slice('distroless/'.length);
  const debian = /-debian(\d+)$/.exec(name);
  const nonroot = /(^|-)nonroot(-|$)/.test(tagLower);
  const facts: ImageFacts = {
    ...base,
    known: true,
    family: 'distroless',
    osFamily: 'linux',
    sizeClass: 'distroless',
    distro: debian ? distroFacts('debian', debian[1], now) : undefined,
    approxSizeMb: name.startsWith('static') ? 2 : name.startsWith('base') || name.startsWith('cc') ? 20 : undefined,
    defaultUser: nonroot ? 'nonroot' : 'root',
    defaultUid: nonroot ? 65532 : 0,
    runsAsNonRootByDefault: nonroot,
    defaultUserNote: DISTROLESS_DEFAULT_ROOT_NOTE,
  };
  const python = /^python(\d)/.exec(name);
  const node = /^nodejs(\d+)/.exec(name);
  const java = /^java(\d+)/.exec(name);
  if (node) facts.runtime = releaseFacts('node', node[1], now);
  else if (java) facts.runtime = releaseFacts('java', java[1], now);
  else if (python) facts.runtime = undefined; // python3: the minor version follows the Debian release, not the name
  return facts;
}

/**
 * Microsoft's .NET images. Since .NET 8 every Linux image defines an `app` user (uid 1654, `$APP_UID`); the chiseled
 * (Ubuntu) and distroless (Azure Linux) variants also switch to it in their image config, the others stay root.
 */
function dotnet(base: ImageFacts, repo: string, tag: ParsedTag, now: Date): ImageFacts {
  const kind = repo.slice(repo.lastIndexOf('/') + 1);
  const major = Number(tag.version?.split('.')[0]);
  const nonRootVariant = tag.words.some((w) => w === 'chiseled' || w === 'distroless');
  const distro = tag.alpine
    ? distroFacts('alpine', tag.alpineVersion, now)
    : tag.debianCodename
      ? distroFacts('debian', tag.debianCodename, now)
      : tag.ubuntuCodename
        ? distroFacts('ubuntu', tag.ubuntuCodename, now)
        : undefined;
  const facts: ImageFacts = {
    ...base,
    known: true,
    family: 'dotnet',
    osFamily: 'linux',
    runtime: releaseFacts('dotnet', tag.version, now),
    ...(distro ? { distro } : {}),
    sizeClass: nonRootVariant ? 'distroless' : tag.alpine ? 'alpine' : kind === 'sdk' ? 'full-os' : 'slim',
  };
  if (nonRootVariant) {
    // .NET 6/7 chiseled images already ran as `app`; the uid became 1654 with .NET 8
    Object.assign(facts, { defaultUser: 'app', ...(major >= 8 ? { defaultUid: 1654 } : {}), runsAsNonRootByDefault: true, defaultUserNote: 'chiseled and distroless .NET images run as the non-root `app` user (uid 1654 since .NET 8)' });
  } else {
    Object.assign(facts, rootUser(major >= 8 ? 'runs as root by default; the image defines the non-root `app` user (uid 1654), so `USER $APP_UID` switches to it' : undefined));
  }
  return facts;
}

/**
 * Chainguard (Wolfi) images. The user depends on the image, not on the `-dev` suffix: most run as `nonroot` (uid
 * 65532), some as a named service user, a documented few as root (go, wolfi-base …), and `-root` tags as root.
 * `-dev` variants add a shell and apk for building, so they are not distroless.
 */
function chainguard(base: ImageFacts, repo: string, tagLower: string): ImageFacts {
  const name = repo.slice('chainguard/'.length).replace(/-fips$/, '');
  const general = name === 'wolfi-base' || name === 'chainguard-base';
  const dev = /(^|-)dev$/.test(tagLower);
  const facts: ImageFacts = {
    ...base,
    known: true,
    family: 'chainguard',
    osFamily: 'linux',
    sizeClass: general || dev ? 'slim' : 'distroless',
    distro: { product: 'wolfi', productLabel: 'Wolfi', kind: 'distro', label: 'Wolfi', inTable: false },
  };
  const rootTag = /(^|-)root(-|$)/.test(tagLower);
  if (CHAINGUARD_ROOT_IMAGES.has(name) || rootTag) {
    return { ...facts, ...rootUser(`Chainguard's ${name} image${rootTag ? ' (a -root tag)' : ''} runs as root by default; most other Chainguard images run as nonroot (uid 65532)`) };
  }
  const named = CHAINGUARD_NAMED_USERS[name];
  return {
    ...facts,
    defaultUser: named ?? 'nonroot',
    ...(named ? {} : { defaultUid: 65532 }),
    runsAsNonRootByDefault: true,
    defaultUserNote: named
      ? `Chainguard's ${name} image runs as its own non-root user '${named}' (the -dev variant too)`
      : dev
        ? 'Chainguard -dev variants keep the nonroot user (uid 65532); `USER root` is needed for apk installs and should be undone'
        : 'Chainguard images run as the nonroot user (uid 65532) unless the image documents otherwise',
  };
}

/** Bitnami language/toolchain images, which are not the non-root (uid 1001) server images. */
const BITNAMI_TOOLCHAINS = new Set(['node', 'python', 'golang', 'ruby', 'java', 'php-fpm', 'git', 'dotnet', 'dotnet-sdk', 'aspnet-core', 'jruby', 'os-shell']);

function bitnami(base: ImageFacts, repo: string, tag: ParsedTag, now: Date): ImageFacts {
  const name = repo.slice('bitnami/'.length);
  const debian = tag.words.indexOf('debian');
  const distro = debian !== -1 && tag.words[debian + 1] ? distroFacts('debian', tag.words[debian + 1], now) : distroFacts('debian', undefined, now);
  const runtimeProduct: Record<string, ProductId> = { python: 'python', node: 'node', golang: 'golang', ruby: 'ruby', php: 'php', 'php-fpm': 'php', java: 'java' };
  const product = runtimeProduct[name];
  if (name === 'minideb') {
    return { ...base, known: true, family: 'bitnami', osFamily: 'linux', distro, sizeClass: 'slim', ...rootUser() };
  }
  if (BITNAMI_TOOLCHAINS.has(name)) {
    // toolchain images are built on, not run as a service: bitnami/node's Dockerfile sets no USER; for the others the
    // user is not known here, so it is not claimed either way
    const runtime = product ? releaseFacts(product, tag.version, now) : undefined;
    const facts: ImageFacts = { ...base, known: true, family: 'bitnami', osFamily: 'linux', distro, runtime, sizeClass: 'unknown' };
    return name === 'node' ? { ...facts, ...rootUser('bitnami/node sets no USER, so it runs as root; Bitnami server images run as uid 1001') } : facts;
  }
  return {
    ...base,
    known: true,
    family: 'bitnami',
    osFamily: 'linux',
    distro,
    runtime: product ? releaseFacts(product, tag.version, now) : undefined,
    sizeClass: 'unknown',
    defaultUser: '1001',
    defaultUid: 1001,
    runsAsNonRootByDefault: true,
    defaultUserNote: 'Bitnami server images run as uid 1001 (non-root containers)',
  };
}

function ubi(base: ImageFacts, repo: string, now: Date): ImageFacts {
  const [stream, name] = repo.split('/');
  const minimal = name === 'ubi-minimal' || name === 'ubi-micro';
  const facts: ImageFacts = {
    ...base,
    known: true,
    family: 'ubi',
    osFamily: 'linux',
    distro: releaseFacts('rhel', stream.slice(3), now) ?? distroFacts('rhel', stream.slice(3), now, 'Red Hat Enterprise Linux'),
    sizeClass: minimal ? 'slim' : name === 'ubi' || name === 'ubi-init' ? 'full-os' : 'unknown',
    approxSizeMb: name === 'ubi' ? 80 : name === 'ubi-minimal' ? 40 : name === 'ubi-micro' ? 10 : undefined,
  };
  if (name === 'ubi' || name === 'ubi-minimal' || name === 'ubi-micro' || name === 'ubi-init') Object.assign(facts, rootUser());
  if (name === 'ubi') facts.lighterAlternatives = [`registry.access.redhat.com/${stream}/ubi-minimal`, `registry.access.redhat.com/${stream}/ubi-micro`];
  return facts;
}

function windowsFacts(registry: string, repo: string, tag: ParsedTag, tagLower: string): Partial<ImageFacts> | undefined {
  let variant: WindowsVariant | undefined;
  let family = 'windows';
  let deprecated: ImageFacts['deprecated'];
  if (registry === 'mcr.microsoft.com') {
    if (repo === 'windows/nanoserver') variant = 'nanoserver';
    else if (repo === 'windows/servercore' || repo === 'windows/servercore/iis') variant = 'servercore';
    else if (repo === 'windows/server') variant = 'server';
    else if (repo === 'windows') variant = 'windows';
  } else if (registry === 'docker.io' && (repo === 'microsoft/nanoserver' || repo === 'microsoft/windowsservercore')) {
    variant = repo === 'microsoft/nanoserver' ? 'nanoserver' : 'servercore';
    deprecated = deprecation('windowsHub', { image: `mcr.microsoft.com/windows/${variant}` });
  }
  if (!variant && tag.windowsVariant) {
    // language images with Windows variants: python:3.12-windowsservercore-ltsc2022, golang:1.22-nanoserver-ltsc2022
    variant = tag.windowsVariant;
    family = repo.slice(repo.lastIndexOf('/') + 1);
  }
  if (!variant) return undefined;
  const words = tagLower.split('-');
  let build: number | undefined;
  let release: string | undefined;
  for (const word of words) {
    const hit = WINDOWS_BUILDS.find(([re]) => re.test(word));
    if (hit) {
      build = hit[1];
      release = hit[2];
    }
  }
  const defaultUser = variant === 'nanoserver' ? 'ContainerUser' : 'ContainerAdministrator';
  return {
    known: true,
    family,
    osFamily: 'windows',
    sizeClass: variant === 'nanoserver' ? 'slim' : 'full-os',
    approxSizeMb: family === 'windows' ? WINDOWS_SIZES[variant] : undefined,
    sizeNote:
      variant === 'nanoserver'
        ? 'Nano Server: no PowerShell or .NET Framework by default, the smallest Windows base'
        : variant === 'servercore'
          ? 'Server Core: the full Windows Server API surface minus the GUI, gigabytes in size'
          : 'the full Windows image, the largest Windows base',
    lighterAlternatives: variant === 'nanoserver' ? undefined : ['mcr.microsoft.com/windows/nanoserver (when the app needs no .NET Framework or full Win32 APIs)'],
    defaultUser,
    runsAsNonRootByDefault: variant === 'nanoserver',
    defaultUserNote:
      variant === 'nanoserver'
        ? 'Nano Server runs as ContainerUser (not an administrator) by default'
        : 'runs as ContainerAdministrator by default; `USER ContainerUser` drops administrator rights',
    windows: { variant, build, release, note: WINDOWS_NOTE },
    ...(deprecated ? { deprecated } : {}),
  };
}
