/**
 * containment — the CLI adapter over the core engine.
 *   containment check [--format text|json|sarif] [--fix] [--config FILE] [--failure-threshold LEVEL] [--lang en|ko] PATH...
 *   containment rules [--format text|json] [--lang en|ko]
 *   containment explain [--lang en|ko] <rule-or-alias>
 * Exit codes: 0 nothing at or above the threshold, 1 findings, 2 usage or I/O error (one line, no stack trace).
 */
import { UsageError } from './args';
import { COMMANDS, HELP } from './commands';
// Each command's module is required when it runs (esbuild still bundles them): `check` on a Dockerfile should not
// initialise the YAML stack, the rule registry or the report renderer (startup, bench/README.md).
const check = () => require('./check') as typeof import('./check');
const rulesCommands = () => require('./rules-commands') as typeof import('./rules-commands');

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  cwd: string;
  readStdin: () => string;
  /** The environment the language defaults come from (LC_ALL, LC_MESSAGES, LANG); none: English. */
  env?: Record<string, string | undefined>;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await check().runCheck(rest, io);
      case 'rules':
        return rulesCommands().runRules(rest, io);
      case 'explain':
        return rulesCommands().runExplain(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(HELP);
        return command === undefined ? 2 : 0;
      case '--version':
      case 'version':
        io.stdout(`${VERSION}\n`);
        return 0;
      default: {
        const extra = COMMANDS[command];
        if (extra) return await extra(rest, io);
        throw new UsageError(`unknown command '${command}' (try: containment help)`);
      }
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`containment: ${message}\n`);
    return 2;
  }
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.1.0';

if (require.main === module) {
  const io: Io = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: !!process.stdout.isTTY && !process.env.NO_COLOR,
    cwd: process.cwd(),
    readStdin: () => require('fs').readFileSync(0, 'utf8'),
    env: process.env,
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`containment: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
