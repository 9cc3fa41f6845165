import type { ContainmentConfig } from '../config/config';
import type { FileHost } from '../host/file-host';
import type { Finding } from '../model/finding';
import type { RuleError } from '../engine/run-rules';
// Placeholder until the Compose layer (issue 3) lands; replaced there.
export function analyzeCompose(_text: string, _path: string, _config: ContainmentConfig, _host: FileHost): { findings: Finding[]; ruleErrors: RuleError[] } {
  return { findings: [], ruleErrors: [] };
}
