import type { RuleMeta } from '../model/rule';

/** Findings the engine itself makes (not a rule module's check), documented like any rule. */
export const fileSkippedRule: RuleMeta = {
  id: 'file-skipped',
  aliases: [],
  appliesTo: 'dockerfile',
  category: 'reliability',
  severity: 'info',
  title: 'File skipped (too large or binary)',
  why: 'Analysing a multi-megabyte or binary file while you type would freeze the editor for no useful result, so such files are skipped and this note says so instead of staying silent.',
  howToFix: 'Nothing to fix in the file. Raise `maxFileSize` in `.containment.yaml` (bytes) if the file really is a manifest you want checked.',
};

export const builtinRules: RuleMeta[] = [fileSkippedRule];
