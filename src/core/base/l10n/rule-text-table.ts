/** The shape of a language's rule texts (its own module so the tables and their loader do not import each other). */

export interface RuleText {
  title: string;
  why: string;
  howToFix: string;
  /** By message id, with the same `{name}` placeholders as the English in `meta.messages`. */
  messages?: Readonly<Record<string, string>>;
}

export type RuleTextTable = Readonly<Record<string, RuleText>>;
