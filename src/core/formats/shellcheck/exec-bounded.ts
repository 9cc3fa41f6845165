/** Runs an external program without letting it hang, flood or outlive the caller. */
import { spawn, type ChildProcess } from 'child_process';

export type ExecOutcome =
  | { kind: 'exit'; code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }
  | { kind: 'error'; message: string }
  | { kind: 'cancelled' };

/** Runs a program with a time limit, an output limit and cancellation; kills its whole process group when stopping it. */
export function execBounded(
  program: string,
  args: string[],
  options: { cwd: string; timeoutMs: number; maxOutputBytes: number; signal?: AbortSignal },
): Promise<ExecOutcome> {
  return new Promise((resolve) => {
    const posix = process.platform !== 'win32';
    let child: ChildProcess;
    try {
      child = spawn(program, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true, detached: posix });
    } catch (error) {
      resolve({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    let settled = false;
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    const kill = () => {
      try {
        if (posix && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        try {
          child.kill('SIGKILL');
        } catch {
          /* already gone */
        }
      }
      child.stdout?.destroy();
      child.stderr?.destroy();
    };
    const finish = (outcome: ExecOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const onAbort = () => {
      kill();
      finish({ kind: 'cancelled' });
    };
    const timer = setTimeout(() => {
      kill();
      finish({ kind: 'error', message: `timed out after ${options.timeoutMs} ms` });
    }, options.timeoutMs);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout!.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > options.maxOutputBytes) {
        kill();
        finish({ kind: 'error', message: `output larger than ${options.maxOutputBytes} bytes` });
        return;
      }
      chunks.push(chunk);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => finish({ kind: 'error', message: error.message }));
    child.on('close', (code, signal) => finish({ kind: 'exit', code, signal, stdout: Buffer.concat(chunks).toString('utf8'), stderr }));
  });
}
