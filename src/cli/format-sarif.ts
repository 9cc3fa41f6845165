/** SARIF 2.1.0: one run, every rule as a reportingDescriptor, results with 1-based regions and fixes. */
import type { CheckedFile } from './check';
import type { Finding, Range, Severity } from '../core/base/model/finding';
import { allRuleMetas } from '../core/engine/rules-registry';
import { ruleDocUrl } from '../core/features/docs/rule-doc-url';
import type { FormatOptions } from './format-kit';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function region(range: Range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function uri(path: string): string {
  return path.split('\\').join('/').split('/').map(encodeURIComponent).join('/');
}

export function formatSarif(files: CheckedFile[], options: Pick<FormatOptions, 'docsBaseUrl'> = {}): string {
  const metas = allRuleMetas();
  const ruleIndex = new Map(metas.map((m, i) => [m.id, i]));
  const results = files.flatMap((file) =>
    file.result.findings.map((f: Finding) => ({
      ruleId: f.rule,
      ruleIndex: ruleIndex.get(f.rule) ?? -1,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: uri(file.displayPath) }, region: region(f.range) } }],
      ...(f.related?.length
        ? {
            relatedLocations: f.related.map((r, id) => ({
              id,
              message: { text: r.message },
              // the same file goes by the path the user gave, as in `locations`
              physicalLocation: { artifactLocation: { uri: uri(r.path === file.result.path ? file.displayPath : r.path) }, region: region(r.range) },
            })),
          }
        : {}),
      ...(f.fix
        ? {
            fixes: [
              {
                description: { text: f.fix.title },
                artifactChanges: [
                  {
                    artifactLocation: { uri: uri(file.displayPath) },
                    replacements: f.fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
                  },
                ],
              },
            ],
          }
        : {}),
      properties: { category: f.category, aliases: f.aliases, severity: f.severity },
    })),
  );
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'containment',
              rules: metas.map((m) => ({
                id: m.id,
                name: m.title,
                helpUri: ruleDocUrl(m.id, m.aliases, options.docsBaseUrl),
                shortDescription: { text: m.title },
                fullDescription: { text: m.why },
                help: { text: `${m.why}\n\nHow to fix: ${m.howToFix}`, markdown: `${m.why}\n\n**How to fix:** ${m.howToFix}` },
                defaultConfiguration: { level: LEVEL[m.severity], enabled: !m.defaultOff },
                properties: { category: m.category, aliases: m.aliases, appliesTo: m.appliesTo, tags: [m.category, m.appliesTo] },
              })),
            },
          },
          columnKind: 'utf16CodeUnits',
          results,
        },
      ],
    },
    null,
    2,
  );
}
