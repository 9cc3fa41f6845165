/** Command ids and `command:` links the editor texts use (kept tiny: the extension imports it at activation). */
export const OPEN_PANEL_COMMAND = 'containment.openTradeoffPanel';
export const SHOW_RULE_DOC_COMMAND = 'containment.showRuleDoc';
export const FIX_ALL_COMMAND = 'containment.fixAll';

export function commandLink(command: string, args?: unknown[]): string {
  return args ? `command:${command}?${encodeURIComponent(JSON.stringify(args))}` : `command:${command}`;
}
