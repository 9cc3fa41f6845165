/**
 * The panel's HTML document and message validation, kept free of the vscode module so the browser test and unit tests
 * can exercise exactly what the webview gets.
 */
import type { ProjectModel } from '../../core/project/model';
import { escapeHtml as esc } from '../../core/report/escape';
import { renderReportBody } from '../../core/report/render-html';
import { stringsFor, type Lang } from '../../core/report/strings';
import { REPORT_CSS } from '../../core/report/styles';

/** CSP: nothing by default; scripts only with the nonce; styles from the extension (cspSource) or the nonce'd block. */
export function panelCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export interface PanelHtmlInput {
  cspSource: string;
  nonce: string;
  /** webview URI of media/panel.js */
  scriptUri: string;
  lang: Lang | string;
  model?: ProjectModel;
  /** Shown instead of the report (scanning, no folder open, error). */
  message?: string;
}

export function panelHtml(input: PanelHtmlInput): string {
  const s = stringsFor(input.lang);
  const body = input.model ? renderReportBody(input.model, { lang: input.lang, mode: 'webview' }) : `<main id="main"><h1>${esc(s.title)}</h1><p class="muted">${esc(input.message ?? '')}</p></main>`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${esc(s.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(panelCsp(input.cspSource, input.nonce))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(s.title)}</title>`,
    `<style nonce="${esc(input.nonce)}">${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    body,
    `<script nonce="${esc(input.nonce)}" src="${esc(input.scriptUri)}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

export interface OpenRequest {
  path: string;
  line: number;
}

/** Accepts only `{ type: 'open', path: string, line: positive integer }` (nothing else, nothing huge). */
export function parseOpenMessage(message: unknown): OpenRequest | undefined {
  if (!message || typeof message !== 'object' || Array.isArray(message)) return undefined;
  const m = message as Record<string, unknown>;
  if (m.type !== 'open') return undefined;
  const keys = Object.keys(m);
  if (keys.some((k) => k !== 'type' && k !== 'path' && k !== 'line')) return undefined;
  if (typeof m.path !== 'string' || m.path.length === 0 || m.path.length > 4096 || m.path.includes('\0')) return undefined;
  if (typeof m.line !== 'number' || !Number.isInteger(m.line) || m.line < 1 || m.line > 10_000_000) return undefined;
  return { path: m.path, line: m.line };
}

export function makeNonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const bytes: Buffer = (require('crypto') as typeof import('crypto')).randomBytes(32);
  let out = '';
  for (const b of bytes) out += chars[b % chars.length];
  return out;
}
