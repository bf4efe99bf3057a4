/**
 * The import rules of docs/ARCHITECTURE.md, checked on every source file of the product (tests and benchmarks
 * may reach anywhere). Imports are read with TypeScript's parser: static imports and re-exports (noting the
 * type-only ones), dynamic `import()` and `require()`.
 *
 * - core (server/src/core): imports only itself and npm libraries; nothing of the glue, the CLI, the client, the
 *   Node adapters, no Node built-in (file access goes through `SourceFileSystem`), no `vscode*` package.
 * - Outside the core, the core is imported only through its public entry, server/src/core/api.ts.
 * - client (client/src): no server code; the shared protocol (shared/) is the one way in.
 * - shared: no runtime import of server code (types only, erased from the client bundle), no `vscode` API, no
 *   LSP runtime (the protocol package only).
 * - CLI (server/src/cli): the core, the Node adapters and itself; no LSP glue, no `vscode*` package.
 * - LSP glue (server/src/*.ts, server/src/features): no client, no CLI, no `vscode` API; only the Node entry
 *   (server/src/main.ts) imports the Node adapters; no file system or process access of its own.
 * - Node adapters (server/src/node): the core; nothing of the glue, the CLI or the client.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix } from 'node:path';
import ts from 'typescript';

const REPO = join(__dirname, '..', '..', '..');
const ROOTS = ['server/src', 'client/src', 'shared'];

interface SourceFile {
  /** Repository-relative, `/`-separated. */
  path: string;
  text: string;
}

interface Import {
  specifier: string;
  typeOnly: boolean;
}

/** Every module specifier a file imports or re-exports. */
export function importsOf(file: SourceFile): Import[] {
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true);
  const out: Import[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      out.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = node.isTypeOnly || (!!node.exportClause && ts.isNamedExports(node.exportClause) && node.exportClause.elements.length > 0 && node.exportClause.elements.every((e) => e.isTypeOnly));
      out.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      out.push({ specifier: node.moduleReference.expression.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteralLike(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
        out.push({ specifier: node.arguments[0].text, typeOnly: false });
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      out.push({ specifier: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

type Layer = 'core' | 'node' | 'cli' | 'glue' | 'entry' | 'client' | 'shared' | 'other';

function layerOf(path: string): Layer {
  if (path.startsWith('server/src/core/')) return 'core';
  if (path.startsWith('server/src/node/')) return 'node';
  if (path.startsWith('server/src/cli/')) return 'cli';
  if (path === 'server/src/main.ts') return 'entry';
  if (path.startsWith('server/src/')) return 'glue';
  if (path.startsWith('client/src/')) return 'client';
  if (path.startsWith('shared/')) return 'shared';
  return 'other';
}

const BUILTINS = new Set(builtinModules);
const isBuiltin = (specifier: string) => specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0]);
const isVscodePackage = (specifier: string) => /^vscode(?:-|\/|$)/.test(specifier);
/** The editor API: only the client has it. */
const isVscodeApi = (specifier: string) => specifier === 'vscode';
/** The language server's runtime (not the protocol types). */
const isLspServerRuntime = (specifier: string) => /^vscode-languageserver(?:\/|$)/.test(specifier);
const isFileOrProcessAccess = (specifier: string) => /^(?:node:)?(?:fs|fs\/promises|child_process|worker_threads)$/.test(specifier);

const isCoreApi = (path: string) => path.replace(/\.ts$/, '') === 'server/src/core/api';

/** The repository path a relative specifier points at (extension added as the bundler would), or undefined. */
function resolveRelative(from: string, specifier: string, exists: (path: string) => boolean): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) if (exists(candidate)) return candidate;
  return base;
}

/** The violations of the import rules among `files`, one line each. */
export function checkImports(files: readonly SourceFile[], exists: (path: string) => boolean = (p) => files.some((f) => f.path === p)): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const layer = layerOf(file.path);
    for (const { specifier, typeOnly } of importsOf(file)) {
      const target = resolveRelative(file.path, specifier, exists);
      const to = target ? layerOf(target) : undefined;
      const fail = (rule: string) => problems.push(`${file.path} imports '${specifier}': ${rule}`);
      if (target && target.startsWith('server/src/core/') && layer !== 'core' && !isCoreApi(target)) {
        fail('outside the core, import the core through server/src/core/api.ts');
      }
      switch (layer) {
        case 'core':
          if (target && to !== 'core') fail('the core imports nothing outside server/src/core');
          if (!target && isBuiltin(specifier)) fail('the core uses no Node built-in (files come through SourceFileSystem)');
          if (!target && isVscodePackage(specifier)) fail('the core knows nothing of VS Code or the LSP');
          break;
        case 'client':
          if (target && to !== 'client' && to !== 'shared' && !target.endsWith('.json')) fail('the client imports no server code, only the shared protocol');
          if (!target && isLspServerRuntime(specifier)) fail('the client does not use the language server runtime');
          break;
        case 'shared':
          if (target && to !== 'shared' && !typeOnly) fail('shared code imports only types from the server (the client bundles it)');
          if (!target && (isVscodeApi(specifier) || isLspServerRuntime(specifier) || specifier.startsWith('vscode-languageclient'))) {
            fail('the protocol uses the protocol package only');
          }
          break;
        case 'cli':
          if (target && !(to === 'cli' || to === 'node' || isCoreApi(target) || target.endsWith('.json'))) fail('the CLI uses the core and the Node adapters, not the LSP glue');
          if (!target && isVscodePackage(specifier)) fail('the CLI does not use VS Code or the LSP');
          break;
        case 'glue':
        case 'entry':
          if (target && (to === 'client' || to === 'cli')) fail('the LSP glue imports neither the client nor the CLI');
          if (target && to === 'node' && layer !== 'entry') fail('only server/src/main.ts imports the Node adapters (the server gets them injected)');
          if (!target && isVscodeApi(specifier)) fail('the server does not use the VS Code API');
          if (!target && isFileOrProcessAccess(specifier)) fail('the LSP glue reads files through SourceFileSystem');
          break;
        case 'node':
          if (target && !(to === 'node' || isCoreApi(target))) fail('the Node adapters use the core only');
          if (!target && isVscodePackage(specifier)) fail('the Node adapters know nothing of VS Code or the LSP');
          break;
      }
    }
  }
  return problems;
}

function productFiles(): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(REPO, dir)).sort()) {
      const path = `${dir}/${name}`;
      if (statSync(join(REPO, path)).isDirectory()) walk(path);
      else if (/\.(?:ts|mts|cts)$/.test(name)) out.push({ path, text: readFileSync(join(REPO, path), 'utf8') });
    }
  };
  for (const root of ROOTS) walk(root);
  return out;
}

describe('import rules', () => {
  it('hold in the product sources', () => {
    const files = productFiles();
    assert.ok(files.length > 50, `read ${files.length} files`);
    const imports = files.flatMap(importsOf);
    assert.ok(imports.length > 200, `read ${imports.length} imports`);
    const exists = (path: string) => {
      try {
        return statSync(join(REPO, path)).isFile();
      } catch {
        return false;
      }
    };
    assert.deepEqual(checkImports(files, exists), []);
  });

  it('catch an import that crosses a boundary', () => {
    const cases: [path: string, text: string, rule: RegExp][] = [
      ['server/src/core/check.ts', "import { startServer } from '../server';", /core imports nothing outside/],
      ['server/src/core/check.ts', "import { report } from '../cli/report';", /core imports nothing outside/],
      ['server/src/core/check.ts', "import { NodeFileSystem } from '../node/fileSystem';", /core imports nothing outside/],
      ['server/src/core/check.ts', "import type { StatusParams } from '../../../shared/protocol';", /core imports nothing outside/],
      ['server/src/core/check.ts', "import { readFile } from 'node:fs/promises';", /no Node built-in/],
      ['server/src/core/check.ts', "const fs = require('fs');", /no Node built-in/],
      ['server/src/core/check.ts', "import type { Diagnostic } from 'vscode-languageserver';", /knows nothing of VS Code/],
      ['server/src/core/check.ts', "const v = await import('vscode');", /knows nothing of VS Code/],
      ['client/src/extension.ts', "import { checkDraft } from '../../server/src/core/api';", /client imports no server code/],
      ['client/src/extension.ts', "import { uriToPath } from '../../server/src/convert';", /client imports no server code/],
      ['shared/protocol.ts', "import { checkDraft } from '../server/src/core/api';", /only types/],
      ['shared/protocol.ts', "import * as vscode from 'vscode';", /protocol package only/],
      ['server/src/cli/main.ts', "import { projectFor } from '../context';", /not the LSP glue/],
      ['server/src/cli/main.ts', "import { createConnection } from 'vscode-languageserver/node';", /does not use VS Code or the LSP/],
      ['server/src/cli/main.ts', "import { checkDraft } from '../core/check';", /through server\/src\/core\/api\.ts/],
      ['server/src/features/hover.ts', "import { toJson } from '../cli/report';", /neither the client nor the CLI/],
      ['server/src/project.ts', "import { NodeFileSystem } from './node/fileSystem';", /only server\/src\/main\.ts/],
      ['server/src/project.ts', "import { readFileSync } from 'node:fs';", /through SourceFileSystem/],
      ['server/src/node/fileSystem.ts', "import { Project } from '../project';", /Node adapters use the core only/],
    ];
    for (const [path, text, rule] of cases) {
      const problems = checkImports([{ path, text }], () => false);
      assert.equal(problems.length >= 1, true, `${path}: ${text} passed`);
      assert.match(problems.join('\n'), rule, `${path}: ${text}`);
    }
    // And what is allowed passes.
    const allowed: [string, string][] = [
      ['server/src/core/check.ts', "import { stemmer } from 'stemmer';"],
      ['client/src/extension.ts', "import { StatusNotification } from '../../shared/protocol';"],
      ['shared/protocol.ts', "import type { ReportSummary } from '../server/src/core/api';"],
      ['server/src/cli/main.ts', "import { NodeFileSystem } from '../node/fileSystem';"],
      ['server/src/main.ts', "import { NodeFileSystem } from './node/fileSystem';"],
    ];
    for (const [path, text] of allowed) assert.deepEqual(checkImports([{ path, text }], () => false), [], `${path}: ${text}`);
  });
});
