/**
 * The Dockerfile model every Dockerfile rule reads: one parse (dockerfile-ast), shared by all rules.
 * Adds what the AST does not give directly: stages with names, parents and final-ness, global ARGs expanded into FROM,
 * parsed image references, the effective USER and SHELL per stage, exec vs shell form, and RUN bodies split into
 * shell commands (lazily, cached per instruction).
 */
import { DockerfileParser, type Dockerfile, type From, type Instruction, type Onbuild } from 'dockerfile-ast';
import './ast-guards'; // dockerfile-ast recursion fixes found by fuzzing
import './ast-memo'; // one parse per text shared with dockerfile-utils validate; per-instruction argument memos
import { registerCache } from '../../base/caches';
import type { Range } from '../../base/model/finding';
import { parseImageRef, type ImageRef } from '../../base/model/image-ref';
import { LineIndex } from '../../base/text/line-index';
import { logicalText } from '../../base/shell/logical-text';
import { splitCommands, type ShellCommand } from '../../base/shell/split-commands';
import { expandWord } from './expand-variables';
import { parsePragmas, type DockerfilePragmas } from './pragmas';

export interface Stage {
  index: number;
  /** `AS name` as written (BuildKit compares case-insensitively). */
  name?: string;
  nameRange?: Range;
  from: From;
  /** The base image with global ARGs expanded. */
  image: ImageRef;
  /** Range of the image token as written in FROM. */
  imageRange: Range;
  /** The earlier stage this one builds on (`FROM builder`), if any. */
  parent?: Stage;
  /** Instructions after FROM, up to the next FROM. */
  instructions: Instruction[];
  isFinal: boolean;
  /**
   * Whether the stage's layers end up in the built image: the final stage and the stages it is built FROM,
   * transitively. A stage that is only `COPY --from`'d does not ship its layers, only the files copied out of it. The
   * build target is not known here, so the final stage stands for it (docker build's default).
   */
  ships: boolean;
  /** The last USER of this stage, or inherited from the parent stage. */
  user?: { name: string; instruction: Instruction };
  /** The SHELL in force at the end of the stage (argv). */
  shell: string[];
  /** Windows base image (nanoserver / servercore / windows). */
  isWindows: boolean;
}

export interface RunScript {
  form: 'shell' | 'exec';
  /** POSIX shell rules apply (false under `SHELL ["powershell", …]` or cmd). */
  posix: boolean;
  commands: ShellCommand[];
}

export interface InstructionInfo {
  instruction: Instruction;
  /** Upper-case keyword (`RUN`); for ONBUILD triggers, the trigger's keyword. */
  keyword: string;
  stage?: Stage;
  /** The trigger of an ONBUILD, analysed like a normal instruction but flagged. */
  onbuild?: Onbuild;
  /** SHELL argv in force for this instruction. */
  shell: string[];
}

const WINDOWS_REPOS = /(^|\/)(windows\/(nanoserver|servercore|server)|windows|nanoserver|windowsservercore)(:|$)/i;
/** Windows variants of other images: `python:3.12-windowsservercore-ltsc2022`, `dotnet/framework/sdk:4.8-windowsservercore-ltsc2022`. */
const WINDOWS_TAGS = /(^|-)(windowsservercore|nanoserver)(-|$)/i;
const POSIX_SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);

export class DockerfileModel {
  readonly index: LineIndex;
  readonly ast: Dockerfile;
  readonly escapeChar: string;
  readonly pragmas: DockerfilePragmas;
  /** Global ARGs (before the first FROM) and their defaults. */
  readonly globalArgs = new Map<string, string | undefined>();
  readonly stages: Stage[] = [];
  /**
   * Instructions before the first FROM (global ARGs included): a fragment, an ONBUILD snippet or a file being typed.
   * They belong to no stage, but rules that read a stage's instructions read these as a stage of their own.
   */
  readonly preamble: Instruction[] = [];
  /** All instructions in document order, ONBUILD triggers included as their own entries. */
  readonly instructions: InstructionInfo[] = [];
  private readonly runScripts = new Map<Instruction, RunScript>();
  /** Escape character + newline, removed before JSON.parse in `isExecForm` (global: `replace` resets its lastIndex). */
  private escapedNewline?: RegExp;
  /** O(1) `infoOf` (first entry per instruction). */
  private readonly infoByInstruction = new Map<Instruction, InstructionInfo>();
  /** Top-level instructions (no ONBUILD triggers) in document order with their line spans, for binary search by line. */
  private lineSpans?: { start: number[]; end: number[]; instruction: Instruction[] };

  constructor(readonly text: string) {
    this.index = new LineIndex(text);
    this.ast = DockerfileParser.parse(text);
    this.escapeChar = this.ast.getEscapeCharacter();
    this.pragmas = parsePragmas(this.ast, this.index);
    this.build();
  }

  get finalStage(): Stage | undefined {
    return this.stages[this.stages.length - 1];
  }

  /** The stage named `name` (`FROM … AS name`), compared without case as BuildKit does. */
  stageNamed(name: string): Stage | undefined {
    const lower = name.toLowerCase();
    return this.stages.find((s) => s.name !== undefined && s.name.toLowerCase() === lower);
  }

  /** Shell-form detection: JSON (exec) form starts with `[` and parses as a JSON string array. */
  isExecForm(instruction: Instruction): boolean {
    const raw = (instruction.getRawArgumentsContent() ?? '').trimStart();
    const body = stripFlags(raw);
    if (!body.startsWith('[')) return false;
    try {
      const parsed = JSON.parse(body.replace((this.escapedNewline ??= new RegExp(`\\${this.escapeChar}\\r?\\n`, 'g')), ''));
      return Array.isArray(parsed) && parsed.every((x) => typeof x === 'string');
    } catch {
      return false;
    }
  }

  rangeOf(startOffset: number, endOffset: number): Range {
    return this.index.range(startOffset, endOffset);
  }

  infoOf(instruction: Instruction): InstructionInfo | undefined {
    if (this.infoByInstruction.size !== this.instructions.length) {
      this.infoByInstruction.clear();
      for (let i = this.instructions.length - 1; i >= 0; i--) this.infoByInstruction.set(this.instructions[i].instruction, this.instructions[i]);
    }
    return this.infoByInstruction.get(instruction);
  }

  /** The instruction whose range covers `line` (ONBUILD wrappers rather than their triggers). O(log n). */
  instructionAtLine(line: number): Instruction | undefined {
    const spans = (this.lineSpans ??= this.buildLineSpans());
    // first instruction (document order) whose span covers the line: spans do not overlap, starts ascend
    let lo = 0;
    let hi = spans.start.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans.start[mid] <= line) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // walk back over instructions starting on the same line (several on one line cannot happen, but stay exact)
    while (found > 0 && spans.start[found - 1] === spans.start[found]) found--;
    for (let i = found; i >= 0 && i < spans.start.length && spans.start[i] <= line; i++) {
      if (line <= spans.end[i]) return spans.instruction[i];
    }
    return undefined;
  }

  private buildLineSpans(): { start: number[]; end: number[]; instruction: Instruction[] } {
    const spans = { start: [] as number[], end: [] as number[], instruction: [] as Instruction[] };
    for (const info of this.instructions) {
      if (info.onbuild) continue;
      const r = info.instruction.getRange();
      spans.start.push(r.start.line);
      spans.end.push(r.end.line);
      spans.instruction.push(info.instruction);
    }
    return spans;
  }

  /** The commands of a RUN (shell form, heredoc bodies included). Cached: every rule shares one split. */
  runScript(info: InstructionInfo): RunScript {
    const cached = this.runScripts.get(info.instruction);
    if (cached) return cached;
    const script = this.buildRunScript(info);
    this.runScripts.set(info.instruction, script);
    return script;
  }

  private buildRunScript(info: InstructionInfo): RunScript {
    const instruction = info.instruction;
    const posix = isPosixShell(info.shell);
    if (this.isExecForm(instruction)) return { form: 'exec', posix, commands: [] };
    const argsRange = instruction.getArgumentsRange();
    if (!argsRange || !posix) return { form: 'shell', posix, commands: [] };
    const heredocs = 'getHeredocs' in instruction ? (instruction as unknown as { getHeredocs(): import('dockerfile-ast').Heredoc[] }).getHeredocs() : [];
    let start = this.index.offsetAt(argsRange.start);
    // skip RUN flags (--mount=…, --network=…): they are not part of the script
    const flags = (instruction as unknown as { getFlags?: () => import('dockerfile-ast').Flag[] }).getFlags?.() ?? [];
    if (flags.length) start = Math.max(start, this.index.offsetAt(flags[flags.length - 1].getRange().end));
    let end = this.index.offsetAt(argsRange.end);
    if (heredocs.length) {
      const firstContent = heredocs[0].getContentRange() ?? heredocs[0].getNameRange();
      end = Math.min(end, this.index.lineEnd(heredocs[0].getStartRange().start.line));
      if (firstContent.start.line <= argsRange.start.line) end = this.index.offsetAt(argsRange.end);
    }
    const commands = splitCommands(logicalText(this.text, start, end, this.escapeChar));
    const headProgram = commands.length ? commands[0].argv[0]?.value ?? '' : '';
    const feedsShell = headProgram === '' || POSIX_SHELLS.has(headProgram.slice(headProgram.lastIndexOf('/') + 1));
    if (heredocs.length && feedsShell) {
      for (const heredoc of heredocs) {
        const content = heredoc.getContentRange();
        if (!content) continue;
        const from = this.index.offsetAt(content.start);
        const to = this.index.offsetAt(content.end);
        commands.push(...splitCommands(logicalText(this.text, from, to, '\u0000')));
      }
    }
    return { form: 'shell', posix, commands: commands.filter((c) => c.argv.length > 0 || c.assignments.length > 0) };
  }

  private build(): void {
    const all = this.ast.getInstructions();
    const froms = new Set<Instruction>(this.ast.getFROMs());
    let stage: Stage | undefined;
    let shell = defaultShell(this.pragmas.shell);
    for (const instruction of all) {
      const keyword = instruction.getKeyword().toUpperCase();
      if (froms.has(instruction)) {
        stage = this.createStage(instruction as From);
        shell = stage.parent ? [...stage.parent.shell] : stage.isWindows && !this.pragmas.shell ? ['cmd', '/S', '/C'] : defaultShell(this.pragmas.shell);
        stage.shell = shell;
        this.stages.push(stage);
        this.instructions.push({ instruction, keyword, stage, shell });
        continue;
      }
      if (!stage && keyword === 'ARG') {
        for (const prop of (instruction as unknown as import('dockerfile-ast').Arg).getProperty ? [(instruction as unknown as import('dockerfile-ast').Arg).getProperty()] : []) {
          if (prop) this.globalArgs.set(prop.getName(), this.globalDefault(prop.getValue() ?? undefined));
        }
      }
      if (!stage) this.preamble.push(instruction);
      if (stage) {
        stage.instructions.push(instruction);
        if (keyword === 'USER') {
          const name = instruction.getArgumentsContent()?.trim();
          if (name) stage.user = { name, instruction };
        }
        if (keyword === 'SHELL' && this.isExecForm(instruction)) {
          try {
            shell = JSON.parse(stripFlags(instruction.getRawArgumentsContent() ?? '[]'));
            stage.shell = shell;
          } catch {
            /* an invalid SHELL is a syntax finding, the shell stays as it was */
          }
        }
      }
      this.instructions.push({ instruction, keyword, stage, shell });
      if (keyword === 'ONBUILD') {
        const onbuild = instruction as Onbuild;
        const trigger = onbuild.getTriggerInstruction();
        if (trigger) this.instructions.push({ instruction: trigger, keyword: trigger.getKeyword().toUpperCase(), stage, onbuild, shell });
      }
    }
    if (this.stages.length) this.stages[this.stages.length - 1].isFinal = true;
    for (let s = this.finalStage; s && !s.ships; s = s.parent) s.ships = true;
  }

  /**
   * A global ARG's default as BuildKit sees it: expanded with the global ARGs declared before it
   * (`ARG BUILD_IMAGE=golang:${GO_VERSION}`). A reference to one with no default stays as written: its value is
   * whatever the build passes, unknown here.
   */
  private globalDefault(value: string | undefined): string | undefined {
    if (value === undefined || !value.includes('$')) return value;
    return expandWord(value, (name) => this.globalArgs.get(name), this.escapeChar).value;
  }

  private createStage(from: From): Stage {
    const rawImage = from.getImage() ?? '';
    const imageRange = from.getImageRange() ?? from.getRange();
    const expanded = expandWord(rawImage, (name) => this.globalArgs.get(name), this.escapeChar);
    const image = parseImageRef(expanded.value);
    image.hasVariables = expanded.unresolved.length > 0;
    const parent = this.stageNamed(expanded.value);
    const name = from.getBuildStage() ?? undefined;
    return {
      index: this.stages.length,
      name,
      nameRange: from.getBuildStageRange() ?? undefined,
      from,
      image,
      imageRange,
      parent,
      instructions: [],
      isFinal: false,
      ships: false,
      user: parent?.user,
      shell: [],
      isWindows: parent ? parent.isWindows : WINDOWS_REPOS.test(image.repository) || image.repository.includes('windows') || WINDOWS_TAGS.test(image.tag ?? ''),
    };
  }
}

/**
 * Whether an instruction's layer ends up in the built image (its stage ships; see `Stage.ships`). For the rules about
 * image size only: correctness and security rules apply in every stage. Instructions before the first FROM count as
 * shipping, since nothing says otherwise.
 */
export function shipsLayers(info: InstructionInfo): boolean {
  return !info.stage || info.stage.ships;
}

/** The sentence every image-size rule's docs end with, so users know why a builder stage stays quiet. */
export const SHIPPING_STAGES_NOTE =
  ' Reported only in the stages that ship: the final stage and the stages it is built FROM. A builder stage that is only ' +
  'copied from with `COPY --from` leaves its layers behind, so its size does not matter.';

function defaultShell(pragmaShell: string | undefined): string[] {
  return pragmaShell ? [pragmaShell, '-c'] : ['/bin/sh', '-c'];
}

export function isPosixShell(shell: string[]): boolean {
  const program = (shell[0] ?? '').toLowerCase();
  return POSIX_SHELLS.has(program.slice(program.lastIndexOf('/') + 1));
}

/** Drops leading `--flag=value` words (RUN --mount=…, COPY --from=…) from raw arguments. */
export function stripFlags(raw: string): string {
  let rest = raw.trimStart();
  while (rest.startsWith('--')) {
    const space = rest.search(/\s/);
    if (space === -1) return '';
    rest = rest.slice(space).trimStart();
  }
  return rest;
}

/**
 * The last parsed model, by text: hover, diagnostics and code actions on one version share one parse. One entry, not
 * more: a model (AST, memos, run scripts) kept past its analysis lives through young-generation collections and gets
 * promoted, and V8 then spends its time copying and marking models nobody asks for again (measurements in
 * bench/README.md, "Caches and what they cost"). A workspace scan analyses each file once anyway.
 */
let last: DockerfileModel | undefined;
registerCache('dockerfile/model last', () => (last = undefined), () => (last ? 1 : 0));
export function parseDockerfile(text: string): DockerfileModel {
  if (last?.text !== text) last = new DockerfileModel(text);
  return last;
}
