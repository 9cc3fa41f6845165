/**
 * A stand-in for the `vscode` module so the bundled extension can be required and activated in plain Node.
 * `installVscodeStub()` intercepts `require('vscode')` (Module._resolveFilename) and records every API call made, so the
 * benchmark can check that activation does no work (no analysis, no diagnostics) before a relevant file is opened.
 */
import Module = require('module');

export interface StubLog {
  calls: string[];
}

const STUB_ID = '\u0000vscode-stub';

/** Values some API reads must be real (arrays, config defaults), everything else is a recording proxy. */
function makeStub(path: string, log: StubLog): unknown {
  const target = function () {
    /* callable */
  };
  const children = new Map<PropertyKey, unknown>();
  return new Proxy(target, {
    get(_t, prop) {
      if (prop === 'then') return undefined; // not a thenable
      if (prop === Symbol.toPrimitive) return () => path;
      if (prop === Symbol.iterator) return function* () {};
      if (typeof prop === 'symbol') return undefined;
      if (prop === 'textDocuments' || prop === 'visibleTextEditors' || prop === 'tabGroups' || prop === 'all') return [];
      if (prop === 'workspaceFolders' || prop === 'activeTextEditor') return undefined;
      if (prop === 'subscriptions') return [];
      if (prop === 'isTrusted') return true;
      if (prop === 'extensionPath' || prop === 'extensionUri' || prop === 'globalStorageUri') return makeStub(`${path}.${prop}`, log);
      if (!children.has(prop)) children.set(prop, makeStub(`${path}.${String(prop)}`, log));
      return children.get(prop);
    },
    set(_t, prop, value) {
      children.set(prop, value);
      return true;
    },
    apply(_t, _this, args) {
      log.calls.push(path);
      const last = path.slice(path.lastIndexOf('.') + 1);
      if (last === 'get' && args.length >= 2) return args[1]; // getConfiguration().get(key, default)
      if (last === 'get' || last === 'inspect') return undefined;
      if (last === 'has') return false;
      if (last === 'findFiles') return Promise.resolve([]);
      if (/^(registerCommand|registerCodeActionsProvider|registerHoverProvider|on[A-Z]\w*)$/.test(last)) return { dispose() {} };
      return makeStub(`${path}()`, log);
    },
    construct(_t, _args) {
      log.calls.push(`new ${path}`);
      return makeStub(`new ${path}`, log) as object;
    },
  });
}

export function installVscodeStub(): StubLog {
  const log: StubLog = { calls: [] };
  const stub = moduleExports(log);
  const M = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string; _cache: Record<string, unknown> };
  const original = M._resolveFilename;
  M._resolveFilename = function (request: string, ...rest: unknown[]) {
    if (request === 'vscode') return STUB_ID;
    return original.call(this, request, ...rest);
  };
  const m = new Module(STUB_ID);
  m.exports = stub;
  m.loaded = true;
  (require.cache as Record<string, unknown>)[STUB_ID] = m;
  return log;
}

/**
 * The module object: a plain object with one recording stub per namespace/class, because bundlers copy an imported
 * module's own enumerable keys (esbuild's `__toESM`) — a bare Proxy has none, so `vscode.commands` would be undefined.
 */
const VSCODE_EXPORTS = [
  'CancellationTokenSource', 'CodeAction', 'CodeActionKind', 'CodeLens', 'Diagnostic', 'DiagnosticRelatedInformation',
  'DiagnosticSeverity', 'DiagnosticTag', 'Disposable', 'EventEmitter', 'Hover', 'Location', 'MarkdownString', 'Position',
  'ProgressLocation', 'Range', 'Selection', 'TextEdit', 'Uri', 'ViewColumn', 'WorkspaceEdit',
  'commands', 'env', 'extensions', 'l10n', 'languages', 'window', 'workspace',
];

function moduleExports(log: StubLog): Record<string, unknown> {
  const exports: Record<string, unknown> = {};
  for (const name of VSCODE_EXPORTS) exports[name] = makeStub(`vscode.${name}`, log);
  return exports;
}

/** A minimal ExtensionContext. */
export function fakeContext(): Record<string, unknown> {
  const memento = { get: (_k: string, d?: unknown) => d, update: async () => undefined, keys: () => [] };
  return {
    subscriptions: [],
    workspaceState: memento,
    globalState: { ...memento, setKeysForSync() {} },
    extensionPath: process.cwd(),
    asAbsolutePath: (p: string) => require('path').join(process.cwd(), p),
    storagePath: undefined,
    globalStoragePath: require('os').tmpdir(),
    logPath: require('os').tmpdir(),
    extensionMode: 1,
  };
}
