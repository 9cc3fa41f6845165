import type { LintOptions } from '../helpers';

export const COMPOSE_PATH = '/work/app/compose.yaml';

/** Lint options for a Compose file at /work/app/compose.yaml, with extra files and config tweaks. */
export function opts(extra: Omit<LintOptions, 'path' | 'kind'> = {}): LintOptions {
  return { path: COMPOSE_PATH, kind: 'compose', ...extra };
}

/** Joins lines into a file (trailing newline). */
export function yaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}
