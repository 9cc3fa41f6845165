/**
 * The Format contract: what one file format (Dockerfile, Kubernetes, Compose) gives the engine. The engine
 * (pipeline.ts) owns everything the formats have in common, once: built-in findings, rules switched off, severity
 * overrides, policy gating, suppression and sandbox down-grading. A format gives its model, its rules, the context its
 * rules read, and where in its files the suppression comments and the sandboxes are.
 *
 * Each format's object lives in `<kind>/format.ts`; `engine/formats.ts` loads it on first use.
 */
import type { ContainmentConfig, ResourcePolicy } from '../knowledge/config/config';
import type { FileHost } from '../base/host/file-host';
import type { FileKind, Finding, Range } from '../base/model/finding';
import type { Report, Rule, RuleContextBase, RuleMeta, Suppressor } from '../base/model/rule';
import type { MessageData } from '../base/l10n/format-message';
import type { LineIndex } from '../base/text/line-index';
import type { DockerfileFacts, RawWorkload } from '../base/model/workload-facts';
import type { RuleError, RuleFinding } from './run-rules';

/** A finding the engine makes itself (`builtin-rules.ts`): a file it skipped, YAML it could not read. */
export interface BuiltinReport {
  meta: RuleMeta;
  /** The English text; with `messageId`/`data` (builtinMessage) it reads in every language. */
  message: string;
  messageId?: string;
  data?: MessageData;
  range: Range;
}

/** The engine message a finding lowered in a sandbox is wrapped in (ENGINE_MESSAGES), with its data but the finding. */
export interface SandboxNote {
  messageId: string;
  data: Record<string, string>;
}

/** What parsing a text gave: the model the rules read, or the built-in finding that stands instead of them. */
export type Parsed<Model> = { model: Model; builtin?: undefined } | { model?: undefined; builtin: BuiltinReport } | undefined;

/** A finding as the rules left it, still carrying its `deferred` facts for the format's file-level stage. */
export type PartFinding = RuleFinding;

export interface Analysis<F extends Finding = Finding> {
  findings: F[];
  ruleErrors: RuleError[];
}

/** What the engine puts into every rule context; a format adds its model's views. */
export interface EngineContext<Subject> extends RuleContextBase {
  /** Path of the file (for messages and sibling files); may be virtual. */
  path: string;
  config: ContainmentConfig;
  host: FileHost;
  /** The resource policies in effect: the config's, plus each one whose rule the config switches on. */
  policy: ResourcePolicy;
  /**
   * Reports a finding about something that matters because containers share the host kernel (privileged, host
   * namespaces, capabilities…): when the subject runs in a sandbox (`Format.sandboxNote`) it drops to `info` and
   * says why.
   * says why. `inSandbox` is the rule's own wording for that case (its message id and data), when its usual message
   * would say something untrue of a sandbox ("escaping to the node is trivial").
   */
  reportKernelSharing(subject: Subject, report: Report, inSandbox?: Pick<Report, 'messageId' | 'data'>): void;
}

/** The file a model's facts are read for, as the project scan names it. */
export interface FactsPlace {
  /** Absolute path of the file. */
  abs: string;
  /** The path the project shows ('/' separators, relative to the scanned folder). */
  rel: string;
  /** The shown path of another file whose values this one takes (a Compose file merged in). */
  relOf(absPath: string): string;
  host: FileHost;
  /** Name of the scanned folder (a Dockerfile at its top is named after it). */
  rootName: string;
  /** The part of the file the model is (`Format.parts`): its number and first line, for positions and default names. */
  part?: { number: number; startLine: number };
  /** Dockerfile: the stage to read instead of the last. */
  target?: string;
}

/** What a model tells the project model: the workloads a file runs, the image a Dockerfile builds. */
export interface FileFacts {
  workloads?: RawWorkload[];
  dockerfile?: DockerfileFacts;
  /** Dockerfile: each named stage other than the last (`target` set), for a Compose `build.target`. */
  stages?: DockerfileFacts[];
}

export interface Format<Model, Ctx extends RuleContextBase, Subject = never, Fixes = unknown> {
  kind: FileKind;
  /**
   * Whether a file is of this format: by its name alone when there is no text, else by name or content (`head`: the
   * text's first 2 MB). Lives in `<kind>/detect.ts` so the registry asks it without loading the format.
   */
  detect(path: string, head?: string): boolean;
  /** A file this format does not analyse as such (a template), with the built-in finding that says so. */
  skip?(text: string, path: string): BuiltinReport | undefined;
  parse(text: string, path: string, host: FileHost): Parsed<Model>;
  rules: ReadonlyArray<Rule<Ctx>>;
  /** Positions of the model's text (findings are clamped into it). */
  index(model: Model): LineIndex;
  /** The context the rules read, made once per model from the engine's part. */
  createContext(model: Model, engine: EngineContext<Subject>): Ctx;
  /** The suppression syntaxes this format honours, located in this text (and model, when it parsed). */
  suppressors(text: string, model: Model | undefined): Suppressor[];
  /** Why a subject does not share the host kernel, as the note a lowered finding ends with; undefined when it does. */
  sandboxNote?(subject: Subject, config: ContainmentConfig): SandboxNote | undefined;
  /** Last word on a finding's severity, after the config (BuildKit `# check=error=true`). */
  adjust?(model: Model, meta: RuleMeta, finding: Finding): Finding;
  /**
   * A format whose findings are cached per part of the file (Kubernetes: per YAML document) drives the parts itself,
   * each through the pipeline's `analyzePart`, and adds what comes from outside the parts. Without it the whole text
   * is one part.
   */
  analyzeFile?(text: string, path: string, config: ContainmentConfig, host: FileHost, models?: ModelCache): Analysis;
  /** The parts a text is parsed in, one model each (Kubernetes: YAML documents); the whole text when absent. */
  parts?(text: string): ReadonlyArray<{ text: string; startLine: number }>;
  /**
   * Where the format's fix builders are: for each family of "missing" findings, what is missing (decided as the rules
   * decide it) and the edit that adds it. The rules reach them through their context or module; anything else that
   * makes the same edit (the Helm values fix) takes them from here, so "what is missing" has one definition.
   */
  fixes?: Fixes;
  /** The neutral facts of one model for the project scan (engine/models.ts `factsOfText` reads every part). */
  facts(model: Model, place: FactsPlace): FileFacts;
}

/**
 * Where a pass over files keeps the models it parsed (engine/models.ts `ModelStore`), so that the rules and the
 * project's facts read one parse of each file version.
 */
export interface ModelCache {
  parse<Model>(format: AnyFormat, text: string, path: string, host: FileHost): Parsed<Model>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFormat = Format<any, any, any, any>;
