/**
 * Activation probe, run in a fresh process by the benchmark: `node out/bench/activate.js dist/extension.js`.
 * Prints JSON: require time, activate time, the vscode API calls made during activation, and (separately) the time to
 * require the engine bundle that the first relevant document loads.
 */
import * as path from 'path';
import { fakeContext, installVscodeStub } from './vscode-stub';

async function main(): Promise<void> {
  const file = path.resolve(process.argv[2] ?? 'dist/extension.js');
  const log = installVscodeStub();
  const t0 = process.hrtime.bigint();
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const ext = require(file);
  const t1 = process.hrtime.bigint();
  const ret = ext.activate?.(fakeContext());
  if (ret && typeof ret.then === 'function') await ret;
  const t2 = process.hrtime.bigint();
  const calls = [...log.calls];
  // what the first relevant document costs on top: requiring the engine bundle next to the entry (not run at activation)
  const features = path.join(path.dirname(file), 'features.js');
  require(features);
  const firstUseMs = Number(process.hrtime.bigint() - t2) / 1e6;
  const work = calls.filter((c) => /\.set$|\.set\(|createDiagnosticCollection\(\)\.set|findFiles|openTextDocument|readFile/.test(c));
  process.stdout.write(
    JSON.stringify({ requireMs: Number(t1 - t0) / 1e6, activateMs: Number(t2 - t1) / 1e6, totalMs: Number(t2 - t0) / 1e6, firstUseMs, calls, work }) + '\n',
  );
}

main().catch((e) => {
  process.stdout.write(JSON.stringify({ error: String(e && e.stack || e) }) + '\n');
  process.exitCode = 1;
});
