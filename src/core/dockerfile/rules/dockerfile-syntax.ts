import { ValidationCode, ValidationSeverity, type ValidatorSettings } from 'dockerfile-utils';
import { Validator } from 'dockerfile-utils/lib/dockerValidator';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { defineDockerfileRule, type DockerfileContext } from '../context';
import type { Range } from '../../model/finding';

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
    // the validator (dockerfile-utils) writes its messages in English only; the Korean frames its text
    messages: { validator: '{message}' },
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
        messageId: 'validator',
        data: { message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value },
        severity: diagnostic.severity === 1 ? 'error' : diagnostic.severity === 2 ? 'warning' : diagnostic.severity === 3 ? 'info' : 'hint',
        tags: diagnostic.tags?.includes(2) ? ['deprecated'] : diagnostic.tags?.includes(1) ? ['unnecessary'] : undefined,
      });
    }
  },
});
