/**
 * Entry point of the coexistence suite: loaded by the extension host only in run-in-code-server.js phase "coexistence",
 * where a stub extension with hadolint's extension id is installed beside Containment.
 */
import { runSuitesIn } from '../suite/index';

export function run(): Promise<void> {
  return runSuitesIn(__dirname);
}
