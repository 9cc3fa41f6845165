/**
 * Which kind of file this is, asked of each format's `detect` through the registry (engine/formats.ts; each format's
 * `<kind>/detect.ts` is the one definition of its files): first by name (a Dockerfile, a Compose name), then by
 * content in the registry's order. Anything else is not ours and gets no findings. Asking loads no parser or rule.
 */
import { FORMATS } from './formats';
import type { FileKind } from '../base/model/finding';

export { isDockerfileName } from '../formats/dockerfile/detect';
export { isYamlName } from '../base/yaml/file-name';

export function detectKind(fileName: string, text: string): FileKind | undefined {
  for (const f of FORMATS) if (f.detect(fileName)) return f.kind;
  const head = text.length > 2_000_000 ? text.slice(0, 2_000_000) : text;
  for (const f of FORMATS) if (f.detect(fileName, head)) return f.kind;
  return undefined;
}
