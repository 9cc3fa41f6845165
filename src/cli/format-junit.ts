/**
 * JUnit XML (the dialect Jenkins, GitLab and Azure Pipelines read): one <testsuite> per file, one <testcase> per rule
 * that reported in it (a clean file has one passing testcase). A testcase fails when one of its findings is at or above
 * the failure threshold, so the CI test view agrees with the exit code; findings below it are listed in <system-out>.
 */
import type { CheckedFile } from './check';
import { escapeXml, portablePath, type FormatOptions } from './format-kit';
import { meetsThreshold, type Finding } from '../core/base/model/finding';

function describe(f: Finding): string {
  const alias = f.aliases.length ? ` [${f.aliases.join(', ')}]` : '';
  return `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.message}${alias}`;
}

function testcase(file: string, rule: string, findings: Finding[], options: FormatOptions): { xml: string; failed: boolean } {
  const failing = options.threshold === 'none' ? [] : findings.filter((f) => meetsThreshold(f.severity, options.threshold as Finding['severity']));
  const open = `    <testcase classname="${escapeXml(file)}" name="${escapeXml(rule)}" file="${escapeXml(file)}" line="${findings.length ? findings[0].range.start.line + 1 : 1}">`;
  if (!findings.length) return { xml: `${open}</testcase>`, failed: false };
  const body = findings.map(describe).join('\n');
  if (failing.length) {
    const head = failing[0];
    return { xml: `${open}\n      <failure message="${escapeXml(head.message)}" type="${head.severity}">${escapeXml(body)}</failure>\n    </testcase>`, failed: true };
  }
  return { xml: `${open}\n      <system-out>${escapeXml(body)}</system-out>\n    </testcase>`, failed: false };
}

export function formatJunit(files: CheckedFile[], options: FormatOptions): string {
  let tests = 0;
  let failures = 0;
  const suites: string[] = [];
  for (const file of files) {
    const name = portablePath(file.displayPath);
    const byRule = new Map<string, Finding[]>();
    for (const f of file.result.findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
    const cases = byRule.size ? [...byRule].map(([rule, findings]) => testcase(name, rule, findings, options)) : [testcase(name, 'containment', [], options)];
    const failed = cases.filter((c) => c.failed).length;
    tests += cases.length;
    failures += failed;
    suites.push(`  <testsuite name="${escapeXml(name)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0">\n${cases.map((c) => c.xml).join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="containment" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
}
