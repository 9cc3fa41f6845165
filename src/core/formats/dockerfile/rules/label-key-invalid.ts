import type { Label } from 'dockerfile-ast';
import { defineDockerfileRule } from '../context';

/** Namespaces Docker keeps for its own labels. */
const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

/** Why a label key breaks Docker's key format, as a message id; undefined when it follows it. */
function problemOf(key: string): 'reserved' | 'characters' | 'edges' | 'doubled' | undefined {
  const lower = key.toLowerCase();
  if (RESERVED.some((prefix) => lower.startsWith(prefix))) return 'reserved';
  // `_` and `/` are tolerated as hadolint does (common in existing keys); upper case and anything else is not
  if (/[^a-z0-9._/-]/.test(key)) return 'characters';
  if (!/^[a-z]/.test(key) || !/[a-z0-9]$/.test(key)) return 'edges';
  if (key.includes('..') || key.includes('--')) return 'doubled';
  return undefined;
}

export default defineDockerfileRule({
  meta: {
    id: 'label-key-invalid',
    aliases: ['DL3048'],
    category: 'style',
    severity: 'info',
    title: 'Label key does not follow Docker’s key format',
    why:
      'Docker asks label keys to be lower-case letters, digits, `.` and `-`, to start with a letter and end with a letter or digit, without doubled separators, and in a reverse-DNS namespace of your own (`org.example.build-date`); `com.docker.*`, `io.docker.*` and `org.dockerproject.*` are reserved for Docker. Tools that query labels (`docker ps --filter label=…`, registries, scanners) then agree on the keys, and keys from different teams do not collide.',
    howToFix: 'Rename the key to the format, e.g. `Version` → `org.opencontainers.image.version`, `build_date` → `org.example.build-date`.',
    examples: { bad: 'LABEL Version="1.4.2"', good: 'LABEL org.opencontainers.image.version="1.4.2"' },
    messages: {
      reserved: "Label key '{key}' is in a namespace Docker reserves for itself (com.docker., io.docker., org.dockerproject.); use your own reverse-DNS prefix.",
      characters: "Label key '{key}' has characters outside lower-case letters, digits, '.' and '-'.",
      edges: "Label key '{key}' should start with a lower-case letter and end with a letter or digit.",
      doubled: "Label key '{key}' has a doubled separator ('..' or '--').",
    },
  },
  check(ctx) {
    for (const info of ctx.instructionsOf('LABEL')) {
      for (const property of (info.instruction as Label).getProperties()) {
        const key = property.getName();
        // a key built from a variable is only known at build time
        if (!key || key.includes('$')) continue;
        const problem = problemOf(key);
        const range = property.getNameRange();
        if (problem && range) ctx.report({ range, messageId: problem, data: { key } });
      }
    }
  },
});
