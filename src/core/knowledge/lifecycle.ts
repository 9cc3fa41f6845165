/**
 * Lookups over the lifecycle table: find a release line by version or codename, judge it against a date, and name the
 * line to move to. The index is built on first use.
 */
import { KNOWLEDGE_AS_OF, LIFECYCLES, type ProductLifecycle, type ReleaseLine } from './lifecycle-data';

export type ProductId =
  | 'debian'
  | 'ubuntu'
  | 'centos'
  | 'alpine'
  | 'amazonlinux'
  | 'rhel'
  | 'rockylinux'
  | 'almalinux'
  | 'python'
  | 'node'
  | 'golang'
  | 'java'
  | 'temurin'
  | 'corretto'
  | 'ruby'
  | 'php'
  | 'dotnet'
  | 'postgres'
  | 'mysql'
  | 'mariadb'
  | 'mongodb'
  | 'redis'
  | 'elasticsearch'
  | 'nginx'
  | 'httpd';

export interface EolFacts {
  /** End of free security fixes, YYYY-MM-DD. */
  date: string;
  /** Where the date comes from. */
  source: string;
  isPastEol: boolean;
  /** Whole days from `now` to `date` (negative once past). */
  daysLeft: number;
  /** The date follows a published cadence but was not announced as a day. */
  estimated?: boolean;
  /** Debian: when regular security support ended (LTS runs on until `date`). */
  regularEnd?: string;
  /** Paid support after `date` (Ubuntu ESM). */
  extended?: { date: string; label: string };
  note?: string;
}

export interface ReleaseFacts {
  product: ProductId;
  /** `Python`, `Debian`. */
  productLabel: string;
  kind: 'distro' | 'runtime';
  /** Release line: `3.8`, `10`, `22.04`, `stream9`. Undefined when the image does not say (e.g. `debian:stable`). */
  version?: string;
  codename?: string;
  /** `Python 3.8`, `Debian 10 (buster)`. */
  label: string;
  /** The version named a release line of the table. False when the image names a version the table does not list: its lifecycle is unknown. */
  inTable: boolean;
  lts?: boolean;
  eol?: EolFacts;
  /** What to move to: the newest released line still supported (LTS where the product has LTS lines), e.g. `Python 3.14`, `Node.js 24 LTS`, `Debian 13 (trixie)`; or a product-specific suggestion. */
  successor?: string;
  /** The successor is the product's own advice (prose such as "the current Debian stable release"), not a release line. */
  successorIsAdvice?: boolean;
  note?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

let clockOverride: Date | undefined;

/** Tests pin "today" so date-dependent findings stay stable. Pass undefined to go back to the real clock. */
export function setKnowledgeClock(now: Date | undefined): void {
  clockOverride = now;
}

export function knowledgeNow(): Date {
  return clockOverride ?? new Date();
}

let index: Map<string, { product: ProductLifecycle; byKey: Map<string, ReleaseLine> }> | undefined;

function getIndex(): NonNullable<typeof index> {
  if (index) return index;
  index = new Map();
  for (const product of LIFECYCLES) {
    const byKey = new Map<string, ReleaseLine>();
    for (const line of product.releases) {
      byKey.set(line.cycle.toLowerCase(), line);
      if (line.codename) byKey.set(line.codename.toLowerCase(), line);
    }
    index.set(product.id, { product, byKey });
  }
  return index;
}

export function productLifecycle(product: ProductId): ProductLifecycle | undefined {
  return getIndex().get(product)?.product;
}

/** Whole days between two dates, counting from UTC midnight of `now`. */
export function daysBetween(now: Date, isoDate: string): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const [y, m, d] = isoDate.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - today) / DAY_MS);
}

/**
 * The release line a version or codename belongs to. `version` may be longer than the line (`3.8.18` → `3.8`,
 * `16.20.2` → `16`, `10.13` → `10`, `1.22.3` → `1.22`).
 */
export function findRelease(product: ProductId, versionOrCodename: string): ReleaseLine | undefined {
  const entry = getIndex().get(product);
  if (!entry) return undefined;
  const key = versionOrCodename.toLowerCase();
  const direct = entry.byKey.get(key);
  if (direct) return direct;
  const parts = key.split('.');
  for (let n = parts.length - 1; n >= 1; n--) {
    const hit = entry.byKey.get(parts.slice(0, n).join('.'));
    if (hit) return hit;
  }
  return undefined;
}

/** Facts about one release line of a product, judged at `now`. */
export function releaseFacts(product: ProductId, versionOrCodename: string | undefined, now: Date = knowledgeNow()): ReleaseFacts | undefined {
  const entry = getIndex().get(product);
  if (!entry) return undefined;
  const { product: p } = entry;
  const line = versionOrCodename ? findRelease(product, versionOrCodename) : undefined;
  const version = line?.cycle ?? (versionOrCodename && /^\d/.test(versionOrCodename) ? versionOrCodename : undefined);
  const codename = line?.codename;
  const facts: ReleaseFacts = {
    product,
    productLabel: p.label,
    kind: p.kind,
    version,
    codename,
    label: labelOf(p, version, codename),
    inTable: !!line,
    lts: line?.lts,
    note: line?.note,
  };
  if (line?.eol) {
    const daysLeft = daysBetween(now, line.eol);
    facts.eol = {
      date: line.eol,
      source: p.source + (line.note ? `; ${line.note}` : ''),
      isPastEol: daysLeft < 0,
      daysLeft,
      ...(line.estimated ? { estimated: true } : {}),
      ...(line.regularEnd ? { regularEnd: line.regularEnd } : {}),
      ...(line.extended ? { extended: line.extended } : {}),
      ...(line.note ? { note: line.note } : {}),
    };
  }
  if (p.moveTo) Object.assign(facts, { successor: p.moveTo, successorIsAdvice: true });
  else {
    const successor = successorOf(p, now);
    if (successor && successor.cycle !== line?.cycle) facts.successor = `${labelOf(p, successor.cycle, successor.codename)}${successor.lts && p.suggestLtsOnly ? ' LTS' : ''}`;
    else if (!successor && p.fallbackMoveTo) Object.assign(facts, { successor: p.fallbackMoveTo, successorIsAdvice: true });
  }
  return facts;
}

function labelOf(p: ProductLifecycle, version: string | undefined, codename: string | undefined, short = false): string {
  if (!version) return p.label;
  const cycle = version.startsWith('stream') ? `Stream ${version.slice('stream'.length)}` : version;
  const base = short ? cycle : `${p.label} ${cycle}`;
  return codename ? `${base} (${codename})` : base;
}

/** The newest released line that is still supported at `now` (LTS only, where the product has LTS lines). */
function successorOf(p: ProductLifecycle, now: Date): ReleaseLine | undefined {
  let best: ReleaseLine | undefined;
  for (const line of p.releases) {
    if (p.suggestLtsOnly && !line.lts) continue;
    if (line.released && daysBetween(now, line.released) > 0) continue;
    if (line.eol && daysBetween(now, line.eol) < 90) continue;
    best = line; // releases are listed oldest first
  }
  return best;
}

/** Each product's own upgrade advice (the successor when no release line is suggested), by product id. */
export function successorAdvices(): Array<[string, string]> {
  return LIFECYCLES.flatMap((p) => (p.moveTo ?? p.fallbackMoveTo ? [[p.id, (p.moveTo ?? p.fallbackMoveTo)!] as [string, string]] : []));
}

/** EOL status with a warning window: `past`, `soon` (within `windowDays`), `ok`, or `unknown` (no date). */
export function eolStatus(eol: EolFacts | undefined, windowDays = 90): 'past' | 'soon' | 'ok' | 'unknown' {
  if (!eol) return 'unknown';
  if (eol.isPastEol) return 'past';
  return eol.daysLeft <= windowDays ? 'soon' : 'ok';
}

/** How old the release table is at `now`: its "as of" day, and whether it is more than six months old. */
export interface KnowledgeAge {
  asOf: string;
  stale: boolean;
}

export function knowledgeAge(now: Date = knowledgeNow()): KnowledgeAge {
  const [y, m, d] = KNOWLEDGE_AS_OF.split('-').map(Number);
  // six calendar months after the check; Date.UTC rolls day overflow into the next month
  const staleFrom = Date.UTC(y, m - 1 + 6, d);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return { asOf: KNOWLEDGE_AS_OF, stale: today > staleFrom };
}

/** One English sentence for `explain` and reports: the table's date, and a warning once it is more than six months old. */
export function knowledgeAgeNote(now: Date = knowledgeNow()): string {
  const { asOf, stale } = knowledgeAge(now);
  return stale
    ? `Release dates as of ${asOf}: more than six months old, so the data may be stale (newer releases and changed end dates are missing).`
    : `Release dates as of ${asOf}.`;
}
