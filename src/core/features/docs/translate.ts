/**
 * Editor texts built in the core (hovers, code lens summaries) go through a `Translate` function: the extension passes
 * `vscode.l10n.t`, tests and the CLI the English `identity`. Messages use `{0}`, `{1}` placeholders like `vscode.l10n.t`.
 */
export type Translate = (message: string, ...args: Array<string | number | boolean>) => string;

export const english: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
