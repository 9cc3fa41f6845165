/** Line counts of src/ files and of every function in them, read with the TypeScript compiler API. */
import * as fs from 'fs';
import * as ts from 'typescript';
import { rel, sourceFiles } from './source-graph';

export interface FunctionSize {
  file: string;
  name: string;
  line: number;
  lines: number;
}

export function fileLines(): Map<string, number> {
  const out = new Map<string, number>();
  for (const file of sourceFiles()) out.set(rel(file), fs.readFileSync(file, 'utf8').replace(/\n$/, '').split('\n').length);
  return out;
}

/** Every function-like node (declarations, methods, arrows, accessors) with its length in lines, nested ones too. */
export function functionSizes(): FunctionSize[] {
  const out: FunctionSize[] = [];
  for (const file of sourceFiles()) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        out.push({ file: rel(file), name: nameOf(node), line: start + 1, lines: end - start + 1 });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

function nameOf(node: ts.Node): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name && ts.isIdentifier(named.name)) return named.name.text;
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return '(anonymous)';
}
