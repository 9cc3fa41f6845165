/**
 * Entry point of the untrusted-workspace suite: loaded by the extension host only in run-in-code-server.js phase
 * "untrusted" (kept out of suite/ so that the trusted phases and run-electron.js never load it).
 */
import { runSuitesIn } from '../suite/index';

export function run(): Promise<void> {
  return runSuitesIn(__dirname);
}
