/**
 * Entry point of the integration suites, loaded by VS Code's extension host (code-server through
 * test/integration/run-in-code-server.js, or desktop VS Code through test/integration/run-electron.js): runs every
 * `*.test.js` next to this file with mocha, inside the real extension host with the real `vscode` API.
 */
import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';

export function run(): Promise<void> {
  return runSuitesIn(__dirname);
}

/** Runs the `*.test.js` files of `dir` (suite-untrusted/index.ts uses it for its own folder). */
export function runSuitesIn(dir: string): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 30000, slow: 2000 });
  const grep = process.env.CONTAINMENT_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(dir, file));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
    } catch (error) {
      reject(error);
    }
  });
}
