/**
 * The import graph of src/, read with the TypeScript compiler's pre-processor (every `import`/`export … from`,
 * type-only ones included: a type import still couples two modules), for the architecture tests.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

export const REPO = path.join(__dirname, '..', '..', '..', '..');
export const SRC = path.join(REPO, 'src');

export function sourceFiles(dir = SRC): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(p));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

/** Repository-relative path with '/' separators: `src/core/base/yaml/nodes.ts`. */
export function rel(file: string): string {
  return path.relative(REPO, file).split(path.sep).join('/');
}

export interface ModuleImports {
  /** Files under src this module imports (`import`, `export … from`, `require`, `import()`). */
  files: string[];
  /** The subset imported only as types (`import type`), erased at run time. */
  typeOnly: Set<string>;
  packages: string[];
}

/** Module → the modules (files under src) and packages it imports. */
export function importGraph(): Map<string, ModuleImports> {
  const graph = new Map<string, ModuleImports>();
  for (const file of sourceFiles()) {
    const text = fs.readFileSync(file, 'utf8');
    const info = ts.preProcessFile(text, true, true);
    const typeSpecs = typeOnlySpecifiers(text);
    const files: string[] = [];
    const packages: string[] = [];
    const typeOnly = new Set<string>();
    const valueTargets = new Set<string>();
    for (const ref of info.importedFiles) {
      const spec = ref.fileName;
      if (!spec.startsWith('.')) {
        packages.push(spec);
        continue;
      }
      const base = path.resolve(path.dirname(file), spec);
      const target = [base + '.ts', path.join(base, 'index.ts')].find((p) => fs.existsSync(p));
      if (!target) continue;
      files.push(rel(target));
      (typeSpecs.has(spec) ? typeOnly : valueTargets).add(rel(target));
    }
    for (const t of valueTargets) typeOnly.delete(t);
    graph.set(rel(file), { files, typeOnly, packages });
  }
  return graph;
}

/** Specifiers every import of which is `import type` / `export type` (a specifier also imported for values is not). */
function typeOnlySpecifiers(text: string): Set<string> {
  const source = ts.createSourceFile('x.ts', text, ts.ScriptTarget.ES2022, false);
  const typeOnly = new Set<string>();
  const values = new Set<string>();
  for (const statement of source.statements) {
    let spec: string | undefined;
    let isType = false;
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      spec = statement.moduleSpecifier.text;
      const clause = statement.importClause;
      const named = clause?.namedBindings;
      isType = !!clause && (clause.isTypeOnly || (!clause.name && !!named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)));
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      spec = statement.moduleSpecifier.text;
      isType = statement.isTypeOnly;
    }
    if (spec === undefined) continue;
    (isType ? typeOnly : values).add(spec);
  }
  for (const v of values) typeOnly.delete(v);
  return typeOnly;
}

