/**
 * Release lifecycle dates for the operating systems and language runtimes that base images are built on.
 * Pure data: no lookups happen at import time (see lifecycle.ts for the lazily built index).
 *
 * Rules for this table:
 * - Only dates that the upstream project published (or that endoflife.date records from it). Each product says where
 *   its dates come from in `source`; an entry may add a more specific `note`.
 * - `eol` is the day free security fixes stop for that release line. For Debian that is the end of Debian LTS (free,
 *   published in the normal archive); the end of regular security support is kept in `regularEnd`. For Ubuntu it is the
 *   end of standard support; Expanded Security Maintenance (Ubuntu Pro, a subscription) is kept in `extended`.
 * - `estimated: true` marks a date derived from a published cadence rather than announced (e.g. Go: a release stays
 *   supported until the release two versions newer ships; the day of that release is not known in advance). Estimates
 *   err late (end of the expected month), so an estimated date never makes a release look unsupported too early.
 * - Dates in the future are "planned" and may move; the table records what upstream announced.
 */

export interface ReleaseLine {
  /** The release line as tags name it: `3.8`, `16`, `10`, `22.04`, `stream9`. */
  cycle: string;
  codename?: string;
  /** First release (YYYY-MM-DD), when known: used to pick the newest line to move to. */
  released?: string;
  /** End of free security support (YYYY-MM-DD). Undefined: no announced date. */
  eol?: string;
  /** Debian: end of regular security support (before LTS). */
  regularEnd?: string;
  /** Paid / subscription support after `eol`. */
  extended?: { date: string; label: string };
  estimated?: boolean;
  /** Long-term-support line (Node even majors, Ubuntu LTS, Java LTS). Interim lines are not suggested as targets. */
  lts?: boolean;
  note?: string;
}

export interface ProductLifecycle {
  /** Stable key: `python`, `debian` … */
  id: string;
  /** Display name: `Python`, `Debian`. */
  label: string;
  kind: 'distro' | 'runtime';
  /** Where the dates come from. */
  source: string;
  /** Only LTS lines are suggested as upgrade targets. */
  suggestLtsOnly?: boolean;
  /** Always suggest this instead of a newer line of the same product (the product itself is discontinued). */
  moveTo?: string;
  /** Suggest this when no line in the table is still supported (the table is older than the newest releases). */
  fallbackMoveTo?: string;
  releases: readonly ReleaseLine[];
}

export const LIFECYCLES: readonly ProductLifecycle[] = [
  {
    id: 'debian',
    fallbackMoveTo: 'the current Debian stable release',
    label: 'Debian',
    kind: 'distro',
    source: 'endoflife.date/debian; wiki.debian.org/LTS (end of Debian LTS)',
    releases: [
      { cycle: '8', codename: 'jessie', released: '2015-04-26', regularEnd: '2018-06-17', eol: '2020-06-30' },
      { cycle: '9', codename: 'stretch', released: '2017-06-17', regularEnd: '2020-07-18', eol: '2022-06-30' },
      { cycle: '10', codename: 'buster', released: '2019-07-06', regularEnd: '2022-09-10', eol: '2024-06-30' },
      { cycle: '11', codename: 'bullseye', released: '2021-08-14', regularEnd: '2024-08-14', eol: '2026-08-31' },
      { cycle: '12', codename: 'bookworm', released: '2023-06-10', regularEnd: '2026-06-10', eol: '2028-06-30' },
      { cycle: '13', codename: 'trixie', released: '2025-08-09', eol: '2030-06-30', note: 'planned: Debian LTS for 13 is announced to run until June 2030' },
    ],
  },
  {
    id: 'ubuntu',
    fallbackMoveTo: 'the current Ubuntu LTS',
    label: 'Ubuntu',
    kind: 'distro',
    source: 'ubuntu.com/about/release-cycle (end of standard support); days from endoflife.date/ubuntu',
    suggestLtsOnly: true,
    releases: [
      { cycle: '14.04', codename: 'trusty', released: '2014-04-17', eol: '2019-04-02', lts: true, extended: { date: '2024-04-02', label: 'ESM (Ubuntu Pro)' } },
      { cycle: '16.04', codename: 'xenial', released: '2016-04-21', eol: '2021-04-02', lts: true, extended: { date: '2026-04-02', label: 'ESM (Ubuntu Pro)' } },
      { cycle: '18.04', codename: 'bionic', released: '2018-04-26', eol: '2023-05-31', lts: true, extended: { date: '2028-04-01', label: 'ESM (Ubuntu Pro)' } },
      { cycle: '20.04', codename: 'focal', released: '2020-04-23', eol: '2025-05-29', lts: true, extended: { date: '2030-04-02', label: 'ESM (Ubuntu Pro)' } },
      { cycle: '22.04', codename: 'jammy', released: '2022-04-21', eol: '2027-06-01', lts: true, extended: { date: '2032-04-09', label: 'ESM (Ubuntu Pro)' } },
      { cycle: '24.04', codename: 'noble', released: '2024-04-25', eol: '2029-05-31', lts: true, extended: { date: '2034-04-25', label: 'ESM (Ubuntu Pro)' } },
    ],
  },
  {
    id: 'centos',
    label: 'CentOS',
    kind: 'distro',
    source: 'endoflife.date/centos and endoflife.date/centos-stream; centos.org (end dates announced by the CentOS project)',
    moveTo: 'a maintained RHEL-compatible base (Rocky Linux, AlmaLinux or Red Hat UBI 9) or a Debian/Alpine base',
    releases: [
      { cycle: '6', released: '2011-07-10', eol: '2020-11-30' },
      { cycle: '7', released: '2014-07-07', eol: '2024-06-30' },
      { cycle: '8', released: '2019-09-24', eol: '2021-12-31', note: 'cut short when the project moved to CentOS Stream' },
      { cycle: 'stream8', released: '2019-09-24', eol: '2024-05-31' },
      { cycle: 'stream9', released: '2021-12-03', eol: '2027-05-31', note: 'planned: ends with the RHEL 9 full-support phase' },
    ],
  },
  {
    id: 'alpine',
    fallbackMoveTo: 'a supported Alpine branch (alpinelinux.org/releases)',
    label: 'Alpine Linux',
    kind: 'distro',
    source: 'alpinelinux.org/releases (each branch gets about two years of security fixes)',
    releases: [
      { cycle: '3.7', released: '2017-11-30', eol: '2019-11-01' },
      { cycle: '3.8', released: '2018-06-26', eol: '2020-05-01' },
      { cycle: '3.9', released: '2019-01-29', eol: '2020-11-01' },
      { cycle: '3.10', released: '2019-06-19', eol: '2021-05-01' },
      { cycle: '3.11', released: '2019-12-19', eol: '2021-11-01' },
      { cycle: '3.12', released: '2020-05-29', eol: '2022-05-01' },
      { cycle: '3.13', released: '2021-01-14', eol: '2022-11-01' },
      { cycle: '3.14', released: '2021-06-15', eol: '2023-05-01' },
      { cycle: '3.15', released: '2021-11-24', eol: '2023-11-01' },
      { cycle: '3.16', released: '2022-05-23', eol: '2024-05-23' },
      { cycle: '3.17', released: '2022-11-22', eol: '2024-11-22' },
      { cycle: '3.18', released: '2023-05-09', eol: '2025-05-09' },
      { cycle: '3.19', released: '2023-12-07', eol: '2025-11-01' },
      { cycle: '3.20', released: '2024-05-22', eol: '2026-04-01' },
      { cycle: '3.21', released: '2024-12-05', eol: '2026-11-01' },
      { cycle: '3.22', released: '2025-05-30', eol: '2027-05-01' },
    ],
  },
  {
    id: 'amazonlinux',
    fallbackMoveTo: 'Amazon Linux 2023 or its successor',
    label: 'Amazon Linux',
    kind: 'distro',
    source: 'aws.amazon.com/amazon-linux-2/faqs; endoflife.date/amazon-linux',
    releases: [
      { cycle: '1', released: '2010-09-14', eol: '2023-12-31', note: 'Amazon Linux AMI (2018.03)' },
      { cycle: '2', released: '2018-06-26', eol: '2026-06-30', note: 'end of support was extended from 2025-06-30' },
      { cycle: '2023', released: '2023-03-15', eol: '2029-06-30' },
    ],
  },
  {
    id: 'python',
    fallbackMoveTo: 'one of the currently supported Python releases (python.org/downloads)',
    label: 'Python',
    kind: 'runtime',
    source: 'endoflife.date/python; devguide.python.org/versions and the release PEPs (PEP 373 for 2.7; five years per 3.x line)',
    releases: [
      { cycle: '2.7', released: '2010-07-03', eol: '2020-01-01', note: 'PEP 373' },
      { cycle: '3.6', released: '2016-12-23', eol: '2021-12-23', note: 'PEP 494' },
      { cycle: '3.7', released: '2018-06-27', eol: '2023-06-27', note: 'PEP 537' },
      { cycle: '3.8', released: '2019-10-14', eol: '2024-10-07', note: 'PEP 569' },
      { cycle: '3.9', released: '2020-10-05', eol: '2025-10-31', note: 'PEP 596' },
      { cycle: '3.10', released: '2021-10-04', eol: '2026-10-31', note: 'PEP 619 (October 2026)' },
      { cycle: '3.11', released: '2022-10-24', eol: '2027-10-31', note: 'PEP 664 (October 2027)' },
      { cycle: '3.12', released: '2023-10-02', eol: '2028-10-31', note: 'PEP 693 (October 2028)' },
      { cycle: '3.13', released: '2024-10-07', eol: '2029-10-31', note: 'PEP 719 (October 2029)' },
      { cycle: '3.14', released: '2025-10-07', eol: '2030-10-31', note: 'PEP 745 (October 2030)' },
    ],
  },
  {
    id: 'node',
    fallbackMoveTo: 'the current Node.js LTS line (nodejs.org)',
    label: 'Node.js',
    kind: 'runtime',
    source: 'github.com/nodejs/Release (even majors become LTS for 30 months; odd majors live about 8 months)',
    suggestLtsOnly: true,
    releases: [
      { cycle: '6', released: '2016-04-26', eol: '2019-04-30', lts: true },
      { cycle: '8', released: '2017-05-30', eol: '2019-12-31', lts: true },
      { cycle: '10', released: '2018-04-24', eol: '2021-04-30', lts: true },
      { cycle: '11', released: '2018-10-23', eol: '2019-06-01' },
      { cycle: '12', released: '2019-04-23', eol: '2022-04-30', lts: true },
      { cycle: '13', released: '2019-10-22', eol: '2020-06-01' },
      { cycle: '14', released: '2020-04-21', eol: '2023-04-30', lts: true },
      { cycle: '15', released: '2020-10-20', eol: '2021-06-01' },
      { cycle: '16', released: '2021-04-20', eol: '2023-09-11', lts: true, note: 'ended early, with OpenSSL 1.1.1' },
      { cycle: '17', released: '2021-10-19', eol: '2022-06-01' },
      { cycle: '18', released: '2022-04-19', eol: '2025-04-30', lts: true },
      { cycle: '19', released: '2022-10-18', eol: '2023-06-01' },
      { cycle: '20', released: '2023-04-18', eol: '2026-04-30', lts: true },
      { cycle: '21', released: '2023-10-17', eol: '2024-06-01' },
      { cycle: '22', released: '2024-04-24', eol: '2027-04-30', lts: true },
      { cycle: '23', released: '2024-10-16', eol: '2025-06-01' },
      { cycle: '24', released: '2025-05-06', eol: '2028-04-30', lts: true },
    ],
  },
  {
    id: 'golang',
    label: 'Go',
    kind: 'runtime',
    source: 'go.dev/doc/devel/release (a release is supported until the release two versions newer ships)',
    fallbackMoveTo: 'one of the two newest Go releases (go.dev/dl)',
    releases: [
      { cycle: '1.11', released: '2018-08-24', eol: '2019-09-03' },
      { cycle: '1.12', released: '2019-02-25', eol: '2020-02-25' },
      { cycle: '1.13', released: '2019-09-03', eol: '2020-08-11' },
      { cycle: '1.14', released: '2020-02-25', eol: '2021-02-16' },
      { cycle: '1.15', released: '2020-08-11', eol: '2021-08-16' },
      { cycle: '1.16', released: '2021-02-16', eol: '2022-03-15' },
      { cycle: '1.17', released: '2021-08-16', eol: '2022-08-02' },
      { cycle: '1.18', released: '2022-03-15', eol: '2023-02-01' },
      { cycle: '1.19', released: '2022-08-02', eol: '2023-08-08' },
      { cycle: '1.20', released: '2023-02-01', eol: '2024-02-06' },
      { cycle: '1.21', released: '2023-08-08', eol: '2024-08-13' },
      { cycle: '1.22', released: '2024-02-06', eol: '2025-02-11' },
      { cycle: '1.23', released: '2024-08-13', eol: '2025-08-12' },
      { cycle: '1.24', released: '2025-02-11', eol: '2026-02-28', estimated: true, note: 'ends when Go 1.26 ships (expected February 2026)' },
      { cycle: '1.25', released: '2025-08-12', eol: '2026-08-31', estimated: true, note: 'ends when Go 1.27 ships (expected August 2026)' },
    ],
  },
  {
    id: 'java',
    fallbackMoveTo: 'the current Java LTS',
    label: 'Java',
    kind: 'runtime',
    source: 'openjdk.org/projects/jdk (a non-LTS feature release is superseded six months later); adoptium.net/support for LTS lines',
    suggestLtsOnly: true,
    releases: [
      { cycle: '8', released: '2014-03-18', lts: true, note: 'LTS; supported by Temurin, Corretto and others (vendor-specific end dates)' },
      { cycle: '9', released: '2017-09-21', eol: '2018-03-20' },
      { cycle: '10', released: '2018-03-20', eol: '2018-09-25' },
      { cycle: '11', released: '2018-09-25', lts: true, note: 'LTS; vendor-specific end dates' },
      { cycle: '12', released: '2019-03-19', eol: '2019-09-17' },
      { cycle: '13', released: '2019-09-17', eol: '2020-03-17' },
      { cycle: '14', released: '2020-03-17', eol: '2020-09-15' },
      { cycle: '15', released: '2020-09-15', eol: '2021-03-16' },
      { cycle: '16', released: '2021-03-16', eol: '2021-09-14' },
      { cycle: '17', released: '2021-09-14', lts: true, note: 'LTS; vendor-specific end dates' },
      { cycle: '18', released: '2022-03-22', eol: '2022-09-20' },
      { cycle: '19', released: '2022-09-20', eol: '2023-03-21' },
      { cycle: '20', released: '2023-03-21', eol: '2023-09-19' },
      { cycle: '21', released: '2023-09-19', lts: true, note: 'LTS; vendor-specific end dates' },
      { cycle: '22', released: '2024-03-19', eol: '2024-09-17' },
      { cycle: '23', released: '2024-09-17', eol: '2025-03-18' },
      { cycle: '24', released: '2025-03-18', eol: '2025-09-16' },
      { cycle: '25', released: '2025-09-16', lts: true, note: 'LTS; vendor-specific end dates' },
    ],
  },
  {
    id: 'ruby',
    fallbackMoveTo: 'a supported Ruby branch (ruby-lang.org)',
    label: 'Ruby',
    kind: 'runtime',
    source: 'ruby-lang.org/en/downloads/branches; endoflife.date/ruby (future dates: end of March, as planned)',
    releases: [
      { cycle: '2.4', released: '2016-12-25', eol: '2020-03-31' },
      { cycle: '2.5', released: '2017-12-25', eol: '2021-04-05' },
      { cycle: '2.6', released: '2018-12-25', eol: '2022-04-12' },
      { cycle: '2.7', released: '2019-12-25', eol: '2023-03-31' },
      { cycle: '3.0', released: '2020-12-25', eol: '2024-04-23' },
      { cycle: '3.1', released: '2021-12-25', eol: '2025-03-26' },
      { cycle: '3.2', released: '2022-12-25', eol: '2026-03-31' },
      { cycle: '3.3', released: '2023-12-25', eol: '2027-03-31' },
      { cycle: '3.4', released: '2024-12-25', eol: '2028-03-31' },
    ],
  },
  {
    id: 'php',
    fallbackMoveTo: 'a supported PHP branch (php.net/supported-versions.php)',
    label: 'PHP',
    kind: 'runtime',
    source: 'php.net/supported-versions.php (security support ends 31 December since the 2024 release-cycle RFC)',
    releases: [
      { cycle: '5.6', released: '2014-08-28', eol: '2018-12-31' },
      { cycle: '7.0', released: '2015-12-03', eol: '2019-01-10' },
      { cycle: '7.1', released: '2016-12-01', eol: '2019-12-01' },
      { cycle: '7.2', released: '2017-11-30', eol: '2020-11-30' },
      { cycle: '7.3', released: '2018-12-06', eol: '2021-12-06' },
      { cycle: '7.4', released: '2019-11-28', eol: '2022-11-28' },
      { cycle: '8.0', released: '2020-11-26', eol: '2023-11-26' },
      { cycle: '8.1', released: '2021-11-25', eol: '2025-12-31' },
      { cycle: '8.2', released: '2022-12-08', eol: '2026-12-31' },
      { cycle: '8.3', released: '2023-11-23', eol: '2027-12-31' },
      { cycle: '8.4', released: '2024-11-21', eol: '2028-12-31' },
    ],
  },
];
