/**
 * Language server rows (issue 18): the built server (dist/language-server.js) driven over stdio by the protocol
 * test's client, as an editor starts it.
 *
 *   - start: spawn → the `initialize` result, a fresh process per run (what an editor waits for before it sends
 *     anything else), with a `node -e 0` spawn timed in turn as the machine's reference;
 *   - didChange: one server, a 20-line Dockerfile open; each run replaces a comment line with a never-seen text and
 *     times notification → `publishDiagnostics` for that version. ShellCheck is off in this row: its findings follow in
 *     a second publish by design, and its process would share the two cores with the server.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { pathToFileURL } from 'url';
import { LspClient } from '../test/unit/lsp/lsp-client';
import { typicalDockerfile } from './generate';

export interface LspRow {
  id: string;
  label: string;
  value: number;
  unit: string;
  baseline?: number;
  baselineLabel?: string;
  target?: string;
  pass?: boolean;
  note?: string;
}

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function stop(client: LspClient): Promise<void> {
  await client.request('shutdown', null);
  client.notify('exit', null);
  await client.exited();
}

/**
 * CPU ms (user + system) a process has used so far, from /proc (Linux, 10 ms ticks); undefined elsewhere. On a shared
 * machine the wall time also holds the waits for a core; the CPU time does not.
 */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime in clock ticks of 1/100 s
  } catch {
    return undefined;
  }
}

/** Wall ms from spawn to the `initialize` result, and the server's CPU ms at that moment. */
async function startOnce(): Promise<{ wall: number; cpu?: number }> {
  const t0 = process.hrtime.bigint();
  const client = new LspClient();
  await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  const wall = ms(t0);
  const cpu = cpuMs(client.child.pid);
  await stop(client);
  return { wall, cpu };
}

async function startRow(runs: number): Promise<LspRow> {
  await startOnce();
  const starts: number[] = [];
  const cpus: number[] = [];
  const nodes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { wall, cpu } = await startOnce();
    starts.push(wall);
    if (cpu !== undefined) cpus.push(cpu);
    const t0 = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    nodes.push(ms(t0));
  }
  const value = median(starts);
  return {
    id: 'lsp-start',
    label: 'Language server: spawn → `initialize` result',
    value,
    unit: 'ms',
    baseline: median(nodes),
    baselineLabel: '`node -e 0`, timed in turn',
    target: '≤ 150 ms',
    pass: value <= 150,
    note: `min ${Math.min(...starts).toFixed(0)} ms, max ${Math.max(...starts).toFixed(0)} ms${cpus.length ? `; server CPU until then ${median(cpus).toFixed(0)} ms (median)` : ''}`,
  };
}

async function didChangeRow(runs: number): Promise<LspRow> {
  const client = new LspClient();
  try {
    const settings = { shellcheck: { enabled: false } };
    client.onRequest = (m) => (m.method === 'workspace/configuration' ? [settings] : null);
    await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
    client.notify('initialized', {});
    const uri = pathToFileURL('/bench/lsp/Dockerfile').href;
    const lines = typicalDockerfile().split('\n');
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: lines.join('\n') } });
    await client.diagnosticsFor(uri, 1);
    const warmup = 30;
    const times: number[] = [];
    for (let i = 0; i < warmup + runs; i++) {
      const version = i + 2;
      // the file's last line (empty at first) becomes a comment that differs per run: a text never analysed before
      const last = lines.length - 1;
      const range = { start: { line: last, character: 0 }, end: { line: last, character: lines[last].length } };
      lines[last] = `# edit ${i}`;
      const t0 = process.hrtime.bigint();
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: lines[last] }] });
      await client.diagnosticsFor(uri, version);
      if (i >= warmup) times.push(ms(t0));
    }
    const value = median(times);
    return {
      id: 'lsp-didchange-dockerfile-20',
      label: 'Language server: 20-line Dockerfile, `didChange` → `publishDiagnostics`',
      value,
      unit: 'ms',
      target: '≤ 20 ms',
      pass: value <= 20,
      note: `after ${warmup} edits; ShellCheck off (its findings follow in a second publish); max ${Math.max(...times).toFixed(1)} ms`,
    };
  } finally {
    await stop(client);
  }
}

export async function languageServerRows(runs: number): Promise<LspRow[]> {
  return [await startRow(runs), await didChangeRow(runs * 4)];
}

// `node out/bench/language-server.js [runs]`: these rows alone (the full table: `npm run bench`)
if (require.main === module) {
  languageServerRows(Number(process.argv[2]) || 15)
    .then((rows) => process.stdout.write(JSON.stringify(rows, null, 2) + '\n'))
    .catch((error) => {
      process.stderr.write(`${error?.stack ?? error}\n`);
      process.exitCode = 1;
    });
}
