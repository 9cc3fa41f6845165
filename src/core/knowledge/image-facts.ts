/**
 * The facts describeImage gives about a base image (base-images.ts), and the small builders every image family's
 * description shares: the root default user, a distribution's release facts, retired repositories.
 */
import { releaseFacts, type ProductId, type ReleaseFacts } from './lifecycle';

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

export function deprecation(code: DeprecatedRepository, data: Record<string, string> = {}): Deprecation {
  const { note, replacement } = DEPRECATED_REPOSITORIES[code];
  return { code, note, replacement: replacement.replace(/\{(\w+)\}/g, (whole, name: string) => data[name] ?? whole), data };
}

const LIFECYCLE_DISTROS = new Set(['debian', 'ubuntu', 'centos', 'alpine', 'amazonlinux', 'rockylinux', 'almalinux', 'rhel']);

export function rootUser(note?: string): Pick<ImageFacts, 'defaultUser' | 'defaultUid' | 'runsAsNonRootByDefault' | 'defaultUserNote'> {
  return { defaultUser: 'root', defaultUid: 0, runsAsNonRootByDefault: false, ...(note ? { defaultUserNote: note } : {}) };
}

export function distroFacts(product: string, versionOrCodename: string | undefined, now: Date, label?: string): DistroFacts {
  if (LIFECYCLE_DISTROS.has(product)) {
    const facts = releaseFacts(product as ProductId, versionOrCodename, now);
    if (facts) return facts;
  }
  const productLabel = label ?? product;
  const version = versionOrCodename && /^\d/.test(versionOrCodename) ? versionOrCodename : undefined;
  return { product, productLabel, kind: 'distro', version, label: version ? `${productLabel} ${version}` : productLabel, inTable: false };
}

export const RHEL_ALTERNATIVES = [
  'registry.access.redhat.com/ubi9/ubi-minimal',
  'registry.access.redhat.com/ubi9/ubi-micro',
  'gcr.io/distroless/base-debian12',
];
