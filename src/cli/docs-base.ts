/**
 * The base URL of the rule docs for the CLI's machine formats: `--docs-url`, else CONTAINMENT_DOCS_URL, else the
 * file URL of the docs/rules folder shipped beside the bundle (dist/../docs/rules, or the compiled tree's), else none.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';

const CANDIDATES = ['../docs/rules', '../../docs/rules', '../../../docs/rules'];

export function defaultDocsBaseUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CONTAINMENT_DOCS_URL) return env.CONTAINMENT_DOCS_URL;
  for (const candidate of CANDIDATES) {
    const dir = path.resolve(__dirname, candidate);
    if (fs.existsSync(path.join(dir, 'file-skipped.md'))) return pathToFileURL(dir).href + '/';
  }
  return undefined;
}
