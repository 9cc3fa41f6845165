/**
 * The Compose project a file belongs to, as `docker compose` merges it, for the facts "missing setting" rules read:
 *
 *  - `extends:` is followed within the file and into other files (`extends: {file, service}`), every key;
 *  - `compose.override.yaml` / `docker-compose.override.yml` is merged over the base file by default, so a value it
 *    sets counts for the base file's service too;
 *  - files listed together in an `include:` entry's `path:` are merged in order (see include.ts);
 *  - a service of an override file, or of a sibling fragment (`compose.*.yaml`, `docker-compose.*.yml`, merged with
 *    `-f`) that has neither `image` nor `build`, is judged together with the base file's service of the same name: a
 *    value the base sets counts for it. A fragment's base is the nearest sibling its name extends
 *    (`docker-compose.test.override.yml` → `docker-compose.test.yml`), else the project's `compose.yaml`;
 *  - the trade-off report shows the project as deployed with its fragments (`deployed*` below): a fragment's service is
 *    part of the base file's workload, not one of its own. The checker does not count a fragment's values for the base
 *    file, since `docker compose up` without `-f` runs the base without them.
 *
 * Every file of a project is interpolated with the project's variables (the `.env` of the project directory, the
 * folder of the first Compose file), also a file reached through `extends: {file}` in another folder: Compose loads
 * it with the same options (only its relative paths resolve against its own folder).
 *
 * Later files win in Compose's merge, so the lookup goes from the most specific definition to the least specific one
 * and takes the first value found. Other files are read through the FileHost, bounded, and parsed once per text.
 */
import { WeakCache } from '../../base/caches';
import type { FileHost } from '../../base/host/file-host';
import { includersOf } from './include';
import { joinPath as join, splitPath as split } from './paths';
import { parseCompose } from './parse';
import type { ComposeService } from './services';

const BASE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
const OVERRIDE_NAMES = ['compose.override.yaml', 'compose.override.yml', 'docker-compose.override.yaml', 'docker-compose.override.yml'];
const FRAGMENT = /^(?:docker-)?compose\.[^/]+\.ya?ml$/i;
const MAX_CHAIN = 16;
const MAX_CHARS = 1_000_000;

export interface EffectiveContext {
  path: string;
  host: FileHost;
  services: ComposeService[];
}

/** The file each service read through `servicesOfFile` comes from (for locations in another file). */
const fileOf = new WeakCache<ComposeService, string>('compose/effective-model fileOf');
export function fileOfService(service: ComposeService): string | undefined {
  return fileOf.get(service);
}

/**
 * Services of another Compose file, parsed once per text (per host), interpolated with the variables of the project
 * it is read for: `envOwner` is the file whose project variables apply (the file itself unless it is reached through
 * `extends` from another project's file).
 */
const parsed = new WeakCache<FileHost, Map<string, { text: string; services: ComposeService[] }>>('compose/effective-model parsed');
export function servicesOfFile(path: string, host: FileHost, envOwner = path): ComposeService[] | undefined {
  let text: string | undefined;
  try {
    text = host.readFile(path);
  } catch {
    text = undefined;
  }
  if (text === undefined || text.length > MAX_CHARS) return undefined;
  let map = parsed.get(host);
  if (!map) parsed.set(host, (map = new Map()));
  const key = envOwner === path ? path : `${path}\0${envOwner}`;
  const hit = map.get(key);
  if (hit && hit.text === text) return hit.services;
  const services = parseCompose(text, path, host, envOwner)?.model?.file.services ?? [];
  for (const service of services) fileOf.set(service, path);
  if (map.size > 64) map.clear();
  map.set(key, { text, services });
  return services;
}

function firstExisting(dir: string, names: string[], host: FileHost, self: string): string | undefined {
  for (const n of names) {
    const p = join(dir, n);
    if (p !== self && servicesOfFile(p, host) !== undefined) return p;
  }
  return undefined;
}

/**
 * The base file a service of this file is merged over: for an override file, every service; for a sibling fragment,
 * a service with neither `image` nor `build` (one with either defines a service of its own).
 */
export function baseFileOf(path: string, service: ComposeService, host: FileHost): string | undefined {
  const { name } = split(path);
  const lower = name.toLowerCase();
  if (BASE_NAMES.includes(lower)) return undefined;
  if (!OVERRIDE_NAMES.includes(lower) && !(FRAGMENT.test(name) && !service.image && !service.build)) return undefined;
  return baseFileFor(path, host);
}

/** The file an override or fragment file is merged over (whatever its services hold), see `baseFileOf`. */
function baseFileFor(path: string, host: FileHost): string | undefined {
  const { dir, name } = split(path);
  return firstExisting(dir, [...namePrefixes(name), ...BASE_NAMES], host, join(dir, name));
}

/**
 * Sibling names a fragment's name extends, nearest first: `docker-compose.test.override.yml` gives
 * `docker-compose.test.yml` / `.yaml` (run together with `-f docker-compose.test.yml -f docker-compose.test.override.yml`).
 * The one-segment names (`compose.yaml`) are the base names, tried after these.
 */
function namePrefixes(name: string): string[] {
  const m = /^((?:docker-)?compose)((?:\.[^./]+)+)\.ya?ml$/i.exec(name);
  if (!m || OVERRIDE_NAMES.includes(name.toLowerCase())) return [];
  const segments = m[2].slice(1).split('.');
  const out: string[] = [];
  for (let n = segments.length - 1; n >= 1; n--) {
    const stem = `${m[1]}.${segments.slice(0, n).join('.')}`;
    // the override file is itself merged into the base: a fragment named after it goes to the base too
    if (!OVERRIDE_NAMES.includes(`${stem}.yaml`.toLowerCase())) out.push(`${stem}.yaml`, `${stem}.yml`);
  }
  return out;
}

const FRAGMENTS_SCAN_LIMIT = 64;

/**
 * Sibling fragment files merged over this file when the project is deployed with them (`-f`), in name order.
 * Once per analysis.
 */
const fragmentFilesOfAnalysis = new WeakCache<ComposeService[], string[]>('compose/effective-model fragmentFilesOfAnalysis');
function fragmentFilesOf(ctx: EffectiveContext): string[] {
  let files = fragmentFilesOfAnalysis.get(ctx.services);
  if (files) return files;
  files = [];
  const { dir, name: self } = split(ctx.path);
  let names: string[] = [];
  try {
    names = ctx.host.listDir(dir) ?? [];
  } catch {
    names = [];
  }
  const selfPath = join(dir, self);
  for (const name of names.filter((n) => FRAGMENT.test(n) && !OVERRIDE_NAMES.includes(n.toLowerCase())).sort().slice(0, FRAGMENTS_SCAN_LIMIT)) {
    const file = join(dir, name);
    if (file !== selfPath && baseFileFor(file, ctx.host) === selfPath) files.push(file);
  }
  fragmentFilesOfAnalysis.set(ctx.services, files);
  return files;
}

/** The same-named services (neither `image` nor `build`) of the sibling fragments merged over this file's service. */
function fragmentsOver(ctx: EffectiveContext, service: ComposeService): ComposeService[] {
  const out: ComposeService[] = [];
  for (const file of fragmentFilesOf(ctx)) {
    const over = sameService(file, ctx.host, service.name);
    if (over && !over.image && !over.build) out.push(over);
  }
  return out;
}

/** The override file merged over this base file by default. */
export function overrideFileOf(path: string, host: FileHost): string | undefined {
  const { dir, name } = split(path);
  if (!BASE_NAMES.includes(name.toLowerCase())) return undefined;
  return firstExisting(dir, OVERRIDE_NAMES, host, join(dir, name));
}

/**
 * Files merged with this one by an `include:` entry whose `path:` lists several files: the later ones are merged over
 * it (most specific first), it is merged over the earlier ones (nearest first). Every same-named service merges.
 */
function includeMergePartners(path: string, host: FileHost): { after: string[]; before: string[] } {
  const self = join('.', path);
  const after: string[] = [];
  const before: string[] = [];
  for (const entry of includersOf(self, host)) {
    const i = entry.paths.indexOf(self);
    after.push(...entry.paths.slice(i + 1).reverse());
    before.push(...entry.paths.slice(0, i).reverse());
  }
  return { after, before };
}

/** The include partners of a file, once per analysis (keyed by the analysed file's service list). */
const partnersOfAnalysis = new WeakCache<ComposeService[], { after: string[]; before: string[] }>('compose/effective-model partnersOfAnalysis');
function partnersOf(ctx: EffectiveContext): { after: string[]; before: string[] } {
  let p = partnersOfAnalysis.get(ctx.services);
  if (!p) partnersOfAnalysis.set(ctx.services, (p = includeMergePartners(ctx.path, ctx.host)));
  return p;
}

/** The files whose same-named service this service is merged over, nearest first. */
function baseFilesOf(ctx: EffectiveContext, service: ComposeService): string[] {
  const base = baseFileOf(ctx.path, service, ctx.host);
  return [...partnersOf(ctx).before, ...(base ? [base] : [])];
}

function sameService(file: string, host: FileHost, name: string): ComposeService | undefined {
  return servicesOfFile(file, host)?.find((s) => s.name === name);
}

/**
 * The same-named services of the files `docker compose` always merges over this one (later files of an `include:`
 * path list, the default override file), most specific first.
 */
export function mergedOver(ctx: EffectiveContext, service: ComposeService): ComposeService[] {
  const override = overrideFileOf(ctx.path, ctx.host);
  const out: ComposeService[] = [];
  for (const file of [...partnersOf(ctx).after, ...(override ? [override] : [])]) {
    const over = sameService(file, ctx.host, service.name);
    if (over) out.push(over);
  }
  return out;
}

/**
 * The service's definitions from most to least specific: files merged over it (later files of an `include:` path
 * list, the default override), its own `extends` chain (across files), then the files it is merged over (earlier
 * files of an include path list, the base file when this file is an override). `unknown` marks a chain that could
 * not be followed.
 */
export function definitionsOf(ctx: EffectiveContext, service: ComposeService, deployed = false): Array<ComposeService | 'unknown'> {
  const out: Array<ComposeService | 'unknown'> = [...mergedOver(ctx, service), ...(deployed ? fragmentsOver(ctx, service) : [])];
  followExtends(service, ctx.path, ctx.services, ctx.host, out);
  for (const file of baseFilesOf(ctx, service)) {
    const under = sameService(file, ctx.host, service.name);
    if (under) followExtends(under, file, servicesOfFile(file, ctx.host)!, ctx.host, out);
  }
  return out;
}

/** The definitions of the service as the project is deployed with its sibling fragments (the trade-off report). */
export function deployedDefinitionsOf(ctx: EffectiveContext, service: ComposeService): Array<ComposeService | 'unknown'> {
  return definitionsOf(ctx, service, true);
}

/** `mergedOver` plus the sibling fragments merged over the service when deployed with them. */
export function deployedMergedOver(ctx: EffectiveContext, service: ComposeService): ComposeService[] {
  return [...mergedOver(ctx, service), ...fragmentsOver(ctx, service)];
}

/** Follows `extends` from `path`; every file of the chain is interpolated with the variables of `path`'s project. */
function followExtends(service: ComposeService, path: string, services: ComposeService[], host: FileHost, out: Array<ComposeService | 'unknown'>): void {
  let current: ComposeService | undefined = service;
  let file = path;
  let pool = services;
  const seen = new Set<ComposeService>();
  for (let i = 0; current && i < MAX_CHAIN && !seen.has(current); i++) {
    seen.add(current);
    out.push(current);
    const ext: ComposeService['extends'] = current.extends;
    if (!ext) return;
    if (ext.file) {
      file = join(split(file).dir, ext.file);
      const other = servicesOfFile(file, host, path);
      if (!other) return void out.push('unknown');
      pool = other;
    }
    current = pool.find((s) => s.name === ext.service);
    if (!current) out.push('unknown');
  }
}

/**
 * The first value `pick` finds among the service's definitions; `unknown` when a chain could not be followed first,
 * or when nothing sets it and the service overrides one of a base file: the base file's service is where the value is
 * missing, and its own analysis reports it there (once, not once per override file).
 */
export function effectiveValue<T>(ctx: EffectiveContext, service: ComposeService, pick: (s: ComposeService) => T | undefined): T | 'unknown' | undefined {
  const definitions = definitionsOf(ctx, service);
  for (const d of definitions) {
    if (d === 'unknown') return 'unknown';
    const v = pick(d);
    if (v !== undefined) return v;
  }
  return baseFilesOf(ctx, service).some((file) => sameService(file, ctx.host, service.name)) ? 'unknown' : undefined;
}

/**
 * Whether `docker compose` always merges this service over a same-named one of another file (the default override
 * file; a later file of an `include:` path list), so the project has one workload for both, the other file's.
 * A sibling fragment is merged only when named with `-f`, so for the checker its service stays one of its own;
 * `deployed` (the report) counts it as merged into the base file's service too.
 */
export function alwaysMergedIntoAnother(ctx: EffectiveContext, service: ComposeService, deployed = false): boolean {
  const name = split(ctx.path).name.toLowerCase();
  const bases = [...partnersOf(ctx).before, ...(deployed || OVERRIDE_NAMES.includes(name) ? [baseFileOf(ctx.path, service, ctx.host)] : [])];
  return bases.some((file) => file !== undefined && sameService(file, ctx.host, service.name) !== undefined);
}

/** As deployed with the sibling fragments: a fragment's service with neither `image` nor `build` is the base's workload. */
export function deployedIntoAnother(ctx: EffectiveContext, service: ComposeService): boolean {
  return alwaysMergedIntoAnother(ctx, service, true);
}
