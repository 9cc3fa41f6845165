import type { Instruction } from 'dockerfile-ast';
import type { ContainmentConfig } from '../../knowledge/config/config';
import type { FileHost } from '../../base/host/file-host';
import type { Range } from '../../base/model/finding';
import { defineRule, type Rule, type RuleContextBase, type RuleMeta } from '../../base/model/rule';
import type { ShellCommand } from '../../base/shell/split-commands';
import type { DockerfileModel, InstructionInfo, RunScript } from './model';

export interface DockerfileContext extends RuleContextBase {
  model: DockerfileModel;
  /** Path of the Dockerfile (for .dockerignore and messages); may be a virtual path. */
  path: string;
  config: ContainmentConfig;
  host: FileHost;
  /** Range for document offsets. */
  range(startOffset: number, endOffset: number): Range;
  /** Instructions with a given keyword (upper-case), ONBUILD triggers included unless excluded. */
  instructionsOf(keyword: string, options?: { includeOnbuild?: boolean }): InstructionInfo[];
  /** The script of every RUN (shell or exec form, any shell), with its instruction. */
  runScripts(): Array<{ info: InstructionInfo; script: RunScript }>;
  /** The commands of every RUN that a POSIX shell runs (not exec form, not `SHELL ["powershell", …]` or cmd). */
  posixScripts(): Array<{ info: InstructionInfo; commands: ShellCommand[] }>;
  /** The keyword token of an instruction (`RUN`), a good range when the whole instruction is meant. */
  keywordRange(instruction: Instruction): Range;
}

export type DockerfileRule = Rule<DockerfileContext>;

export function defineDockerfileRule(rule: { meta: Omit<RuleMeta, 'appliesTo'>; check(ctx: DockerfileContext): void }): DockerfileRule {
  return defineRule<DockerfileContext>({ meta: { ...rule.meta, appliesTo: 'dockerfile' }, check: rule.check });
}
