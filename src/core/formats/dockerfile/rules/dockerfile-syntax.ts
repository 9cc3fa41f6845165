import { ValidationCode, ValidationSeverity, type ValidatorSettings } from 'dockerfile-utils';
import { Validator } from 'dockerfile-utils/lib/dockerValidator';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { defineDockerfileRule, type DockerfileContext } from '../context';
import type { Range } from '../../../base/model/finding';
import { formatMessage } from '../../../base/l10n/format-message';

/** Checks our dedicated rules already report; they are switched off or dropped here so nothing is reported twice. */
const SETTINGS: ValidatorSettings = {
  deprecatedMaintainer: ValidationSeverity.IGNORE, // maintainer-deprecated
  directiveCasing: ValidationSeverity.WARNING,
  emptyContinuationLine: ValidationSeverity.IGNORE, // empty-continuation-line
  instructionCasing: ValidationSeverity.IGNORE, // instruction-casing
  instructionCmdMultiple: ValidationSeverity.IGNORE, // multiple-instructions-disallowed
  instructionEntrypointMultiple: ValidationSeverity.IGNORE,
  instructionHealthcheckMultiple: ValidationSeverity.IGNORE,
  instructionJSONInSingleQuotes: ValidationSeverity.WARNING,
  instructionWorkdirRelative: ValidationSeverity.IGNORE, // workdir-relative-path
};
const COVERED = new Set<number>([
  ValidationCode.DUPLICATE_BUILD_STAGE_NAME, // duplicate-stage-name
  ValidationCode.ONBUILD_TRIGGER_DISALLOWED, // onbuild-forbidden-trigger
  ValidationCode.ONBUILD_CHAINING_DISALLOWED, // onbuild-forbidden-trigger
  ValidationCode.BASE_NAME_EMPTY, // undefined-arg-in-from / invalid-default-arg-in-from
  ValidationCode.NO_SOURCE_IMAGE, // instruction-before-from
]);

/**
 * The validator's problems that can reach a finding, in the validator's own English words with named placeholders, so
 * each can be translated. Its text is matched back to one of these; a text none of them renders exactly (a problem
 * added by a newer dockerfile-utils) is passed on whole as `validator`.
 */
const VALIDATOR_MESSAGES = {
  validator: '{message}',
  directiveCasing: 'Parser directives should be written in lowercase letters',
  directiveEscapeDuplicated: 'only one escape parser directive can be used',
  directiveEscapeInvalid: "invalid ESCAPE '{value}'. Must be ` or \\",
  fromRequiresOneOrThreeArguments: 'FROM requires either one or three arguments',
  invalidAs: 'Second argument should be AS',
  invalidPort: 'Invalid containerPort: {port}',
  invalidProtocol: 'Invalid proto: {protocol}',
  invalidReferenceFormat: 'invalid reference format',
  invalidStopSignal: 'Invalid signal: {signal}',
  invalidSyntax: 'parsing "{value}": invalid syntax',
  invalidDestination: 'When using {instruction} with more than one source file, the destination must be a directory and end with a / or a \\',
  syntaxMissingEquals: 'Syntax error - can\'t find = in "{text}". Must be of the form: name=value',
  syntaxMissingNames: '{instruction} names cannot be blank',
  syntaxMissingSingleQuote: 'failed to process "{text}": unexpected end of statement while looking for matching single-quote',
  syntaxMissingDoubleQuote: 'failed to process "{text}": unexpected end of statement while looking for matching double-quote',
  invalidBuildStageName: 'invalid name for build stage: "{name}", name can\'t start with a number or contain symbols',
  flagAtLeastOne: '{flag} must be at least 1 (not {value})',
  flagDuplicate: 'Duplicate flag specified: {flag}',
  flagInvalidDuration: 'time: invalid duration {value}',
  flagInvalidFrom: 'invalid from flag value {value}: invalid reference format',
  flagExpectedBooleanValue: 'expecting boolean value for flag {flag}, not: {value}',
  flagLessThan1ms: 'Interval "{flag}" cannot be less than 1ms',
  flagMissingDuration: 'time: missing unit in duration {value}',
  flagMissingValue: 'Missing a value on flag: {flag}',
  flagUnknown: 'Unknown flag: {flag}',
  flagUnknownUnit: 'time: unknown unit {unit} in duration {value}',
  instructionExtraArgument: 'Instruction has an extra argument',
  instructionMissingArgument: 'Instruction has no arguments',
  instructionRequiresOneArgument: '{instruction} requires exactly one argument',
  instructionRequiresAtLeastOneArgument: '{instruction} requires at least one argument',
  instructionRequiresAtLeastTwoArguments: '{instruction} requires at least two arguments',
  instructionRequiresTwoArguments: '{instruction} must have two arguments',
  instructionUnnecessaryArgument: '{instruction} takes no arguments',
  instructionUnknown: 'Unknown instruction: {instruction}',
  instructionJSONInSingleQuotes: 'Instruction written as a JSON array but is using single quotes instead of double quotes',
  variableModifierUnsupported: 'failed to process "{text}": unsupported modifier ({modifier}) in substitution',
  shellJsonForm: 'SHELL requires the arguments to be in JSON form',
  shellRequiresOne: 'SHELL requires at least one argument',
  healthcheckCmdArgumentMissing: 'Missing command after HEALTHCHECK CMD',
  healthcheckTypeUnknown: 'Unknown type"{type}" in HEALTHCHECK (try CMD)',
};

type ValidatorMessageId = keyof typeof VALIDATOR_MESSAGES;
let matchers: Array<{ id: ValidatorMessageId; pattern: RegExp; names: string[] }> | undefined;

/** The message id and data whose template renders exactly the validator's `text`; `validator` with the text when none does. */
function messageOf(text: string): { messageId: ValidatorMessageId; data: Record<string, string> } {
  matchers ??= (Object.keys(VALIDATOR_MESSAGES) as ValidatorMessageId[]).filter((id) => id !== 'validator').map((id) => {
    const template = VALIDATOR_MESSAGES[id];
    const names = [...template.matchAll(/\{([A-Za-z_]\w*)\}/g)].map((m) => m[1]);
    const source = template.split(/\{[A-Za-z_]\w*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(.*?)');
    return { id, pattern: new RegExp(`^${source}$`, 's'), names };
  });
  for (const { id, pattern, names } of matchers) {
    const m = pattern.exec(text);
    if (!m) continue;
    const data = Object.fromEntries(names.map((name, k) => [name, m[k + 1]]));
    if (formatMessage(VALIDATOR_MESSAGES[id], data) === text) return { messageId: id, data };
  }
  return { messageId: 'validator', data: { message: text } };
}

function textAt(ctx: DockerfileContext, range: Range): string {
  return ctx.model.text.slice(ctx.model.index.offsetAt(range.start), ctx.model.index.offsetAt(range.end));
}

export default defineDockerfileRule({
  meta: {
    id: 'dockerfile-syntax',
    aliases: [],
    category: 'correctness',
    severity: 'error',
    title: 'Dockerfile syntax error',
    why: 'The builder rejects the Dockerfile, or reads it differently from what was meant: an unknown instruction, a missing or extra argument, an unknown flag, an invalid port, duration or signal.',
    howToFix: 'Correct the instruction as the message says; see the Dockerfile reference for its exact syntax.',
    examples: { bad: 'FROM alpine\nEXPOSE http', good: 'FROM alpine\nEXPOSE 80' },
    messages: VALIDATOR_MESSAGES,
  },
  check(ctx) {
    // What dockerfile-utils' `validate(text)` does, minus building a second TextDocument of the same text: the
    // validator gets the parse's own (same text, same positions; the parse itself is shared through ast-memo.ts).
    const document = (ctx.model.ast as unknown as { document: TextDocument }).document;
    for (const diagnostic of new Validator(SETTINGS).validate(document)) {
      if (typeof diagnostic.code === 'number' && COVERED.has(diagnostic.code)) continue;
      // `EXPOSE 8080:80` and `EXPOSE 127.0.0.1:80:80` are expose-invalid-format's
      if (diagnostic.code === ValidationCode.INVALID_PORT && textAt(ctx, diagnostic.range).includes(':')) continue;
      ctx.report({
        range: diagnostic.range,
        ...messageOf(typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value),
        severity: diagnostic.severity === 1 ? 'error' : diagnostic.severity === 2 ? 'warning' : diagnostic.severity === 3 ? 'info' : 'hint',
        tags: diagnostic.tags?.includes(2) ? ['deprecated'] : diagnostic.tags?.includes(1) ? ['unnecessary'] : undefined,
      });
    }
  },
});
