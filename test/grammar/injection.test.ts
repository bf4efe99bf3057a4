/**
 * Token snapshots of the injection grammar, tokenised the way VS Code does it: vscode-textmate with the
 * Oniguruma wasm, the real Markdown grammar (from tm-grammars) as host, our grammar injected.
 *
 * Each fixture under fixtures/ has a snapshot under snapshots/ listing, line by line, the tokens that carry a
 * Claimcheck scope. Update with UPDATE_SNAPSHOTS=1 after checking the diff by eye.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const require = createRequire(import.meta.url);
const here = __dirname;
const root = join(here, '..', '..');
const INJECTION = 'claimcheck.injection';

async function createRegistry(): Promise<textmate.Registry> {
  const wasm = readFileSync(join(dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const files: Record<string, string> = {
    'text.html.markdown': require.resolve('tm-grammars/grammars/markdown.json'),
    'text.html.basic': require.resolve('tm-grammars/grammars/html.json'),
    [INJECTION]: join(root, 'syntaxes', 'claimcheck.injection.tmLanguage.json'),
  };
  return new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      // VS Code has no grammar for plain text; an empty host stands in for `text.plain`.
      if (scopeName === 'text.plain') return { scopeName, patterns: [] } as unknown as textmate.IRawGrammar;
      const file = files[scopeName];
      if (!file) return null; // embedded languages (js, css, …) are not needed here
      return textmate.parseRawGrammar(readFileSync(file, 'utf8'), file);
    },
    getInjections: (scopeName) => (scopeName === 'text.html.markdown' || scopeName === 'text.plain' ? [INJECTION] : undefined),
  });
}

interface Token {
  line: number;
  text: string;
  scopes: string[];
}

async function tokenize(registry: textmate.Registry, scopeName: string, text: string): Promise<Token[]> {
  const grammar = await registry.loadGrammar(scopeName);
  assert.ok(grammar, `grammar ${scopeName} loads`);
  const out: Token[] = [];
  let stack = textmate.INITIAL;
  text.split('\n').forEach((line, i) => {
    const result = grammar.tokenizeLine(line, stack);
    for (const token of result.tokens) {
      out.push({ line: i + 1, text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    }
    stack = result.ruleStack;
  });
  return out;
}

/** The snapshot: tokens with a Claimcheck scope, one per line, with only the Claimcheck scopes. */
function render(tokens: Token[]): string {
  return tokens
    .filter((t) => t.scopes.some((s) => s.endsWith('.claimcheck')))
    .map((t) => `${t.line}: ${JSON.stringify(t.text)} ${t.scopes.filter((s) => s.endsWith('.claimcheck')).join(' ')}`)
    .join('\n') + '\n';
}

function matchSnapshot(name: string, actual: string): void {
  const dir = join(here, 'snapshots');
  const file = join(dir, `${name}.snap`);
  if (process.env.UPDATE_SNAPSHOTS || !existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, actual);
    if (!process.env.UPDATE_SNAPSHOTS) assert.fail(`Wrote a new snapshot ${file}; check it and run again.`);
    return;
  }
  assert.equal(actual, readFileSync(file, 'utf8'), `token snapshot ${name} (UPDATE_SNAPSHOTS=1 to accept a change)`);
}

const scopesOf = (tokens: Token[], line: number, text: string) =>
  tokens.find((t) => t.line === line && t.text === text)?.scopes ?? [];
const claimcheckTokensOn = (tokens: Token[], line: number) =>
  tokens.filter((t) => t.line === line && t.scopes.some((s) => s.endsWith('.claimcheck')));

test('Markdown draft: citations, quotes and directives are scoped; code is not', async () => {
  const registry = await createRegistry();
  const tokens = await tokenize(registry, 'text.html.markdown', readFileSync(join(here, 'fixtures', 'draft.md'), 'utf8'));

  assert.ok(scopesOf(tokens, 3, 'amnesty-report').includes('constant.other.reference.citation.claimcheck'), 'citation key on line 3');
  assert.ok(scopesOf(tokens, 4, 'interview-park').includes('constant.other.reference.citation.claimcheck'), 'first key of a multi-citation');
  assert.ok(scopesOf(tokens, 4, 'kcna').includes('constant.other.reference.citation.claimcheck'), 'second key of a multi-citation');
  assert.ok(scopesOf(tokens, 4, 'beat us every day').includes('string.quoted.double.curly.claimcheck'), 'curly quote');
  assert.ok(scopesOf(tokens, 5, 'nobody leaves alive').includes('string.quoted.double.claimcheck'), 'straight quote');
  assert.ok(scopesOf(tokens, 7, 'claimcheck-ignore').includes('keyword.control.directive.claimcheck'), 'ignore directive');
  assert.ok(scopesOf(tokens, 7, 'analysis, not reporting ').includes('string.unquoted.reason.claimcheck'), 'directive reason');
  assert.ok(scopesOf(tokens, 10, 'claimcheck-disable').includes('keyword.control.directive.claimcheck'), 'disable directive');
  // Inline code, fenced code, inch marks, empty quotes, plain brackets, a bare @ and e-mail addresses stay untouched.
  for (const line of [14, 17, 20]) assert.deepEqual(claimcheckTokensOn(tokens, line), [], `no Claimcheck tokens on line ${line}`);

  matchSnapshot('draft.md', render(tokens));
});

test('plain-text draft: the same markers are scoped', async () => {
  const registry = await createRegistry();
  const tokens = await tokenize(registry, 'text.plain', readFileSync(join(here, 'fixtures', 'draft.txt'), 'utf8'));
  assert.ok(scopesOf(tokens, 1, 'exports rose by 12%').includes('string.quoted.double.curly.claimcheck'));
  assert.ok(scopesOf(tokens, 1, 'trade-stats').includes('constant.other.reference.citation.claimcheck'));
  assert.ok(scopesOf(tokens, 2, 'claimcheck-ignore').includes('keyword.control.directive.claimcheck'));
  matchSnapshot('draft.txt', render(tokens));
});
