/** Typed right before a rule id: `ignore=`, a list comma, a space after `- `. */
export const COMPLETION_TRIGGERS = ['=', ',', ' '];
