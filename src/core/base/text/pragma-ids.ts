/** The rule ids of a pragma's list (`DL3008,DL3009` or `DL3008 DL3009`), lower-cased; shared by every pragma syntax. */
export function splitIds(list: string): string[] {
  return list
    .split(/[,\s]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}
