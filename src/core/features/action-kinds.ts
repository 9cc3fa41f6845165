/** Code action kinds (kept tiny: the language server announces them before it loads the engine). */
export const QUICK_FIX_KIND = 'quickfix';
export const FIX_ALL_KIND = 'source.fixAll.containment';
