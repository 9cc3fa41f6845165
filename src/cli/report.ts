/**
 * `containment report [--format html|md|json] [--output FILE] [--lang en|ko] [--host-os linux|windows] [--values FILE]... PATH...`
 * The trade-off report for one or more folders (or files): the same model and renderer as the VS Code panel.
 * html: one self-contained file (inline CSS and SVG, strict CSP, no external requests); md: for pull requests;
 * json: the project model.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Io } from './cli';
import { parseArgs, UsageError } from './args';
import { CliConfigs } from './cli-configs';
import { defaultConfig } from '../core/knowledge/config/config';
import { nodeHost } from '../core/base/host/node-host';
import { discoverFiles, type DiscoveredFile } from '../core/project/discover-files';
import { scanProjectDetailed } from '../core/project/scan-project';
import { renderStandaloneHtml } from '../core/report/render-html';
import { renderMarkdown } from '../core/report/render-markdown';

const FLAGS = {
  format: { value: true, choices: ['html', 'md', 'markdown', 'json'] },
  output: { value: true },
  lang: { value: true, choices: ['en', 'ko'] },
  'host-os': { value: true, choices: ['linux', 'windows'] },
  config: { value: true },
  values: { value: true, repeatable: true },
};


export async function runReport(argv: string[], io: Io): Promise<number> {
  const { flags, lists, positionals } = parseArgs(argv, FLAGS);
  const targets = positionals.length ? positionals : ['.'];
  const format = ((flags.get('format') as string | undefined) ?? 'html').replace('markdown', 'md');
  const lang = (flags.get('lang') as string | undefined) ?? 'en';
  const explicitConfig = flags.get('config') as string | undefined;
  if (explicitConfig && !fs.existsSync(path.resolve(io.cwd, explicitConfig))) throw new UsageError(`config file not found: ${explicitConfig}`);
  const host = nodeHost();
  const roots: string[] = [];
  const files: DiscoveredFile[] = [];
  for (const t of targets) {
    if (t === '-') throw new UsageError('report reads files and folders, not standard input');
    const abs = path.resolve(io.cwd, t);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      throw new UsageError(`no such file or folder: ${t}`);
    }
    if (stat.isDirectory()) {
      roots.push(abs);
      files.push(...discoverFiles(abs));
    } else {
      roots.push(path.dirname(abs));
      files.push({ path: abs });
    }
  }
  const base = defaultConfig();
  // Helm values overlays, in order (later wins, like `helm -f`), as for `check`
  if (lists.get('values')?.length) base.helmValues = lists.get('values')!.map((v) => path.resolve(io.cwd, v).replace(/\\/g, '/'));
  const configs = new CliConfigs(io, host, base, explicitConfig);
  const uniqueRoots = [...new Set(roots)];
  const seen = new Set<string>();
  const { model } = scanProjectDetailed(uniqueRoots, {
    host,
    configFor: configs.configFor,
    hostOs: (flags.get('host-os') as 'linux' | 'windows' | undefined) ?? 'linux',
    files: files.filter((f) => !seen.has(f.path) && seen.add(f.path)),
  });
  const text = format === 'json' ? JSON.stringify(model, null, 2) + '\n' : format === 'md' ? renderMarkdown(model, { lang }) : renderStandaloneHtml(model, { lang });
  const output = flags.get('output') as string | undefined;
  if (output) {
    try {
      fs.writeFileSync(path.resolve(io.cwd, output), text);
    } catch (error) {
      throw new UsageError(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  } else io.stdout(text);
  return 0;
}
