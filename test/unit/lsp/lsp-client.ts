/** A minimal LSP client over a child process's stdio (Content-Length framing), for the protocol test and the bench. */
import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import * as path from 'path';

export const SERVER = path.join(__dirname, '..', '..', '..', '..', 'dist', 'language-server.js');

type Message = { id?: number; method?: string; params?: any; result?: any; error?: any };

export class LspClient {
  readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (m: Message) => void>();
  private readonly waiters: Array<{ test: (m: Message) => boolean; resolve: (m: Message) => void }> = [];
  readonly notifications: Message[] = [];
  /** Ids of every response received, in order (a second server on the same stdio would answer twice). */
  readonly responseIds: number[] = [];
  /** Answers to server → client requests (workspace/configuration, workspace/applyEdit, …). */
  onRequest: (m: Message) => unknown = () => null;

  constructor(args: string[] = ['--stdio'], command = process.execPath, script = SERVER) {
    this.child = spawn(command, [script, ...args], { stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.read(chunk));
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())![1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(m: Message): void {
    if (m.id !== undefined && m.method === undefined) {
      this.responseIds.push(m.id);
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
      return;
    }
    if (m.id !== undefined && m.method) {
      Promise.resolve(this.onRequest(m)).then((result) => this.write({ jsonrpc: '2.0', id: m.id, result: result ?? null }));
    } else this.notifications.push(m);
    for (const w of [...this.waiters]) {
      if (w.test(m)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  }

  private write(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request(method: string, params: unknown): Promise<any> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (m) => (m.error ? reject(new Error(JSON.stringify(m.error))) : resolve(m.result)));
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** The next message (notification or server request) matching `test`, including one that already arrived. */
  waitFor(test: (m: Message) => boolean, timeoutMs = 10000): Promise<Message> {
    const already = this.notifications.find(test);
    if (already) {
      this.notifications.splice(this.notifications.indexOf(already), 1);
      return Promise.resolve(already);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for a message (${timeoutMs} ms)`)), timeoutMs);
      this.waiters.push({ test, resolve: (m) => (clearTimeout(timer), this.forget(m), resolve(m)) });
    });
  }

  private forget(m: Message): void {
    const i = this.notifications.indexOf(m);
    if (i >= 0) this.notifications.splice(i, 1);
  }

  diagnosticsFor(uri: string, version?: number): Promise<Message> {
    return this.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && (version === undefined || m.params.version === version));
  }

  exited(): Promise<number | null> {
    return new Promise((resolve) => (this.child.exitCode !== null ? resolve(this.child.exitCode) : this.child.once('exit', (code) => resolve(code))));
  }
}
