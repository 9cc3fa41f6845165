/**
 * The `Containment` output channel (a LogOutputChannel: the user picks the level). Analysis timings go out at debug
 * level; a rule that throws is logged once per rule id, a broken config file once per message.
 */
import * as vscode from 'vscode';
import type { RuleError } from '../core/engine/run-rules';

let channel: vscode.LogOutputChannel | undefined;
const loggedOnce = new Set<string>();

export function output(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Containment', { log: true });
  return channel;
}

/** Logs a message once per key for the life of the extension host. */
export function warnOnce(key: string, message: string): void {
  if (loggedOnce.has(key)) return;
  loggedOnce.add(key);
  output().warn(message);
}

export function logRuleErrors(path: string, errors: RuleError[]): void {
  for (const e of errors) warnOnce(`rule:${e.rule}`, `Rule ${e.rule} failed on ${path}: ${e.message} (the other rules still ran; reported once per rule)`);
}

export function disposeOutput(): void {
  channel?.dispose();
  channel = undefined;
  loggedOnce.clear();
}
