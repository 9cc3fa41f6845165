/**
 * Entry of the language server: `containment lsp --stdio` and the `containment-language-server` bin. stdio is the one
 * transport (every editor in the README's configurations uses it); `--stdio` is accepted and may be omitted.
 */
import { startServer } from './server';

export function runLanguageServer(args: string[]): void {
  const unknown = args.filter((a) => a !== '--stdio');
  if (unknown.length) {
    process.stderr.write(`containment lsp: unknown option ${unknown[0]} (the server speaks LSP over stdio: containment lsp --stdio)\n`);
    process.exit(2);
  }
  // createConnection reads the transport from process.argv: make sure it sees --stdio
  if (!process.argv.includes('--stdio')) process.argv.push('--stdio');
  startServer();
}

if (require.main === module) runLanguageServer(process.argv.slice(2));
