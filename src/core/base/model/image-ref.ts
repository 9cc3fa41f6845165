/**
 * Parses a container image reference the way the Docker reference grammar reads it:
 *   [registry[:port]/]repository[:tag][@digest]
 * The registry part is only a registry when it contains '.' or ':' or is 'localhost' (otherwise it is a path component
 * of a Docker Hub repository). Offsets are into `raw`, so callers can turn them into exact ranges.
 */
export interface ImageRef {
  raw: string;
  /** Explicit registry host as written (undefined for Docker Hub short names). */
  registry?: string;
  /** Registry the image resolves to: `docker.io` when none is written. */
  effectiveRegistry: string;
  /** Repository path without registry, e.g. `library/node` is written `node`. */
  repository: string;
  /** Last path component: `node` for `docker.io/library/node`. */
  name: string;
  tag?: string;
  digest?: string;
  /** Offsets (into raw) of the tag text (after ':'), digest text (after '@'), and the name part. */
  tagOffset?: number;
  digestOffset?: number;
  isScratch: boolean;
  /** Contains an unexpanded `$VAR` / `${VAR}` / `{{ }}` we could not resolve. */
  hasVariables: boolean;
}

const VARIABLE = /\$\{?[A-Za-z_]|\{\{/;

/** The reference as written, without its tag and digest (`registry:5000/app:1.2@sha256:…` → `registry:5000/app`). */
export function writtenName(written: string, ref: ImageRef = parseImageRef(written)): string {
  const nameAndTag = ref.digestOffset !== undefined ? written.slice(0, ref.digestOffset - 1) : written;
  return ref.tagOffset !== undefined ? nameAndTag.slice(0, ref.tagOffset - 1) : nameAndTag;
}

export function parseImageRef(raw: string): ImageRef {
  const hasVariables = VARIABLE.test(raw);
  let rest = raw;
  let digest: string | undefined;
  let digestOffset: number | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    digestOffset = at + 1;
    rest = rest.slice(0, at);
  }
  let registry: string | undefined;
  let pathStart = 0;
  const slash = rest.indexOf('/');
  if (slash !== -1) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      pathStart = slash + 1;
    }
  }
  let tag: string | undefined;
  let tagOffset: number | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', Math.max(lastSlash, pathStart));
  let repoEnd = rest.length;
  if (colon !== -1) {
    tag = rest.slice(colon + 1);
    tagOffset = colon + 1;
    repoEnd = colon;
  }
  let repository = rest.slice(pathStart, repoEnd);
  const name = repository.slice(repository.lastIndexOf('/') + 1);
  const effectiveRegistry = normaliseRegistry(registry ?? 'docker.io');
  // `debian`, `docker.io/debian` and `index.docker.io/debian` are all the official `library/debian`
  if (effectiveRegistry === 'docker.io' && repository && !repository.includes('/')) repository = `library/${repository}`;
  return {
    raw,
    registry,
    effectiveRegistry,
    repository,
    name,
    tag,
    digest,
    tagOffset,
    digestOffset,
    isScratch: raw === 'scratch',
    hasVariables,
  };
}

function normaliseRegistry(registry: string): string {
  return registry === 'index.docker.io' || registry === 'registry-1.docker.io' ? 'docker.io' : registry;
}

/** `node`, `library/node`, `docker.io/library/node` all give `node`; others keep their path: `bitnami/redis`, `gcr.io/distroless/static`. */
export function shortRepository(ref: ImageRef): string {
  const repo = ref.repository.startsWith('library/') ? ref.repository.slice('library/'.length) : ref.repository;
  return ref.effectiveRegistry === 'docker.io' ? repo : `${ref.effectiveRegistry}/${repo}`;
}
