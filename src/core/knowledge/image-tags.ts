/** Reading an official image's tag: its version and variant words (`3.8-slim-buster` → 3.8, [slim, buster]). */
export const DEBIAN_CODENAMES = ['jessie', 'stretch', 'buster', 'bullseye', 'bookworm', 'trixie'] as const;
const UBUNTU_CODENAMES = ['trusty', 'xenial', 'bionic', 'focal', 'jammy', 'noble'] as const;

/** Windows kernel builds by tag word. */
export const WINDOWS_BUILDS: ReadonlyArray<[RegExp, number, string]> = [
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
