/**
 * What every Dockerfile instruction does, for hovers: a short explanation, whether it acts at build time or at run time,
 * and what its shell and exec (JSON) forms mean where it has both. English source texts; the editor translates them.
 */
import { english, type Translate } from './translate';

export type InstructionPhase = 'build' | 'run' | 'both';

export interface InstructionDoc {
  keyword: string;
  summary: string;
  phase: InstructionPhase;
  /** Shell form vs exec form, for the instructions that have both. */
  forms?: string;
  /** Anything else worth knowing. */
  note?: string;
}

const SHELL_EXEC_RUN =
  'Shell form (`RUN apt-get update`) runs the text through the SHELL (default `/bin/sh -c`), so variables, pipes and `&&` work. Exec form (`RUN ["executable", "arg"]`) runs the program directly, without a shell.';
const SHELL_EXEC_START =
  'Exec form (`["executable", "arg"]`) makes the program PID 1, so it receives SIGTERM on `docker stop`. Shell form wraps it in `/bin/sh -c`: the shell is PID 1 and usually does not pass signals on, so the container is killed after the stop timeout.';

export const INSTRUCTION_DOCS: readonly InstructionDoc[] = [
  { keyword: 'FROM', phase: 'build', summary: 'Starts a build stage from a base image (or from an earlier stage). Everything the base image contains — its OS files, its default user, its vulnerabilities — becomes part of your image.', note: 'A container shares the host kernel whatever the base image is: the image only supplies user-space files.' },
  { keyword: 'RUN', phase: 'build', summary: 'Runs a command while the image is built and saves the changed files as a new layer. Nothing started by RUN is still running in the container.', forms: SHELL_EXEC_RUN },
  { keyword: 'CMD', phase: 'run', summary: 'The default command (or the default arguments to ENTRYPOINT) when the container starts. `docker run image other-command` replaces it; only the last CMD counts.', forms: SHELL_EXEC_START },
  { keyword: 'ENTRYPOINT', phase: 'run', summary: 'The program the container always runs; CMD and `docker run` arguments are appended to it in exec form. Only the last ENTRYPOINT counts.', forms: SHELL_EXEC_START },
  { keyword: 'LABEL', phase: 'build', summary: 'Adds key/value metadata to the image (for example `org.opencontainers.image.source`). It does not change what runs.' },
  { keyword: 'MAINTAINER', phase: 'build', summary: 'Deprecated author field. Use `LABEL org.opencontainers.image.authors=…` instead.' },
  { keyword: 'EXPOSE', phase: 'run', summary: 'Documents the ports the application listens on. It does not publish anything: a port is reachable from the host only with `-p` / `ports:` (or a Kubernetes Service).' },
  { keyword: 'ENV', phase: 'both', summary: 'Sets an environment variable for the following build steps and for every container started from the image. Values end up in the image metadata, so never put secrets here.' },
  { keyword: 'ADD', phase: 'build', summary: 'Copies files into the image like COPY, but also downloads URLs and unpacks local tar archives. Prefer COPY unless you need exactly that.' },
  { keyword: 'COPY', phase: 'build', summary: 'Copies files from the build context (or from another stage with `--from`) into the image. `.dockerignore` decides which files of the context are visible.' },
  { keyword: 'VOLUME', phase: 'run', summary: 'Marks a path as a volume: at run time an anonymous volume is mounted there unless you mount one yourself. Changes RUN makes to the path after VOLUME are discarded.' },
  { keyword: 'USER', phase: 'both', summary: 'Sets the user (and optionally group) for the following RUN, CMD and ENTRYPOINT, and for the running container. Without it the container runs as root (uid 0) — the same uid 0 as on the host kernel, limited only by namespaces, capabilities and seccomp.' },
  { keyword: 'WORKDIR', phase: 'both', summary: 'Sets the working folder for the following instructions and for the running container, creating it if needed. Use it instead of `RUN cd …`.' },
  { keyword: 'ARG', phase: 'build', summary: 'Declares a build argument (`--build-arg NAME=value`) usable in the following instructions of the stage; before the first FROM it is only usable in FROM lines. Values are visible in the image history, so never pass secrets this way.' },
  { keyword: 'ONBUILD', phase: 'build', summary: 'Registers an instruction that runs later, when another Dockerfile uses this image in FROM. It does nothing in this build.' },
  { keyword: 'STOPSIGNAL', phase: 'run', summary: 'The signal sent to PID 1 to stop the container (default SIGTERM). After the stop timeout the container is killed with SIGKILL.' },
  { keyword: 'HEALTHCHECK', phase: 'run', summary: 'A command the container engine runs periodically inside the container to decide whether it is healthy (`--interval`, `--timeout`, `--start-period`, `--retries`). `HEALTHCHECK NONE` disables an inherited check.', forms: 'The `CMD` after the options has a shell and an exec form, like CMD.', note: 'Docker and Compose use it; Kubernetes ignores it and uses the pod\'s liveness/readiness probes instead.' },
  { keyword: 'SHELL', phase: 'build', summary: 'Changes the shell used by shell-form RUN, CMD and ENTRYPOINT (for example `["/bin/bash", "-o", "pipefail", "-c"]` or PowerShell on Windows). Must be written in exec (JSON) form.' },
];

const BY_KEYWORD = new Map(INSTRUCTION_DOCS.map((d) => [d.keyword, d]));

export function instructionDoc(keyword: string): InstructionDoc | undefined {
  return BY_KEYWORD.get(keyword.toUpperCase());
}

const PHASE_LABEL: Record<InstructionPhase, string> = {
  build: 'Acts at build time',
  run: 'Acts at run time (stored in the image config)',
  both: 'Acts at build time and at run time',
};

/** Markdown for an instruction hover. */
export function renderInstructionDoc(doc: InstructionDoc, t: Translate = english): string {
  const parts = [`**${doc.keyword}** — ${t(doc.summary)}`, `_${t(PHASE_LABEL[doc.phase])}._`];
  if (doc.forms) parts.push(t(doc.forms));
  if (doc.note) parts.push(t(doc.note));
  return parts.join('\n\n');
}

/** Every English source text of this module, for the translation completeness test. */
export function instructionDocTexts(): string[] {
  return [...INSTRUCTION_DOCS.flatMap((d) => [d.summary, d.forms, d.note]), ...Object.values(PHASE_LABEL)].filter((s): s is string => !!s);
}
