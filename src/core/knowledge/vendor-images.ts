/**
 * Images published outside Docker Hub's official library whose naming we know: distroless, .NET, Chainguard,
 * Bitnami, Red Hat UBI, nginx-unprivileged, quay.io CentOS.
 */
import type { ImageRef } from '../base/model/image-ref';
import { CHAINGUARD_NAMED_USERS, CHAINGUARD_ROOT_IMAGES } from './chainguard-users';
import { distroFacts, RHEL_ALTERNATIVES, rootUser, type ImageFacts } from './image-facts';
import type { ParsedTag } from './image-tags';
import { releaseFacts, type ProductId } from './lifecycle';

const DISTROLESS_DEFAULT_ROOT_NOTE =
  'distroless images without a `nonroot` tag run as root (uid 0); the `:nonroot` / `:debug-nonroot` tags run as uid 65532';

/** The facts of a vendor image this table knows, else undefined. */
export function describeVendorImage(ref: ImageRef, base: ImageFacts, tag: ParsedTag, now: Date): ImageFacts | undefined {
  const registry = ref.effectiveRegistry.toLowerCase();
  const repo = ref.repository.toLowerCase();
  const tagLower = (ref.tag ?? '').toLowerCase();
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
  return undefined;
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
