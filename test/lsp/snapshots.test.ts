/**
 * Whole drafts through the real language server, in Harper's manner: for every draft of the example and fixture
 * workspaces, every diagnostic rendered like a compiler message (the line, a caret underline, the message, the
 * related passage) with every quick fix the server offers for it (its title, and the draft line before and after
 * the edit, or the command it runs), then the "cite" source actions, then the `✓ source:line` markers (inlay hints)
 * after the claims that are clear (supported, nothing in them flagged). Compared with a checked-in snapshot in
 * test/lsp/__snapshots__; `UPDATE_SNAPSHOTS=1` rewrites them (review the diff before committing).
 */
import { after, before, describe, test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, InlayHint, InlayHintLabelPart, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { CITE_KIND } from '../../server/src/features/codeActions';
import { assertSnapshot, snapshotPath } from '../unit/helpers/snapshot';
import { REPO, TestClient } from './harness';

interface Workspace {
  /** Name of the snapshot files: `<name>-<draft>`. */
  name: string;
  root: string;
  /** What the client answers for the `claimcheck` settings (where the workspace has no .claimcheck.json). */
  settings?: unknown;
}

/** The e2e workspace's `.vscode/settings.json` (JSON with comments) as the client would send it. */
function vscodeSettings(file: string): unknown {
  const flat = JSON.parse(readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '')) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    if (!key.startsWith('claimcheck.')) continue;
    const path = key.slice('claimcheck.'.length).split('.');
    let at = out;
    for (const part of path.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
    at[path.at(-1)!] = value;
  }
  return out;
}

const e2e = join(REPO, 'test', 'fixtures', 'e2e-workspace');
const WORKSPACES: Workspace[] = [
  { name: 'newsroom', root: join(REPO, 'examples', 'newsroom') },
  { name: 'workspace', root: join(REPO, 'test', 'fixtures', 'workspace') },
  { name: 'e2e', root: e2e, settings: vscodeSettings(join(e2e, '.vscode', 'settings.json')) },
];

function editsOf(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  const fromChanges = edit.changes?.[uri] ?? [];
  const fromDocumentChanges = (edit.documentChanges ?? []).flatMap((c) => ('textDocument' in c && c.textDocument.uri === uri ? c.edits : []));
  return [...fromChanges, ...fromDocumentChanges] as TextEdit[];
}

/** The lines an edit touches, before and after it. */
function renderEdit(document: TextDocument, edits: TextEdit[]): string[] {
  const after = TextDocument.applyEdits(document, edits);
  const first = Math.min(...edits.map((e) => e.range.start.line));
  const last = Math.max(...edits.map((e) => e.range.end.line));
  const before = document.getText().split(/\r?\n/).slice(first, last + 1);
  const added = edits.reduce((n, e) => n + (e.newText.match(/\n/g)?.length ?? 0) - (e.range.end.line - e.range.start.line), 0);
  const changed = after.split(/\r?\n/).slice(first, last + 1 + added);
  return [...before.map((l) => `      - ${l}`), ...changed.map((l) => `      + ${l}`)];
}

function renderAction(action: CodeAction, document: TextDocument, root: string): string[] {
  const flags = [action.kind, action.isPreferred ? 'preferred' : undefined].filter(Boolean).join(', ');
  const out = [`    fix: ${action.title} [${flags}]`];
  const edits = editsOf(action.edit, document.uri);
  if (edits.length) out.push(...renderEdit(document, edits));
  if (action.command) {
    const [uri, line] = action.command.arguments ?? [];
    const where = typeof uri === 'string' && uri.startsWith('file:') ? `${relative(root, fileURLToPath(uri))}:${Number(line) + 1}` : JSON.stringify(action.command.arguments);
    out.push(`      runs ${action.command.command} ${where}`);
  }
  return out;
}

async function renderDraft(client: TestClient, root: string, draft: string): Promise<string> {
  const uri = await client.open(draft);
  const text = client.text(uri);
  const document = TextDocument.create(uri, draft.endsWith('.md') ? 'markdown' : 'plaintext', 1, text);
  const lines = text.split(/\r?\n/);
  const diagnostics = (await client.pullFull(uri)).slice().sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const out = [`# ${draft}: ${diagnostics.length} diagnostics`, ''];
  const same = (a: Diagnostic, b: Diagnostic) => a.code === b.code && JSON.stringify(a.range) === JSON.stringify(b.range);
  for (const d of diagnostics) {
    const { start, end } = d.range;
    const line = lines[start.line];
    const width = Math.max(1, (end.line === start.line ? end.character : line.length) - start.character);
    out.push(`${start.line + 1}:${start.character + 1} ${['', 'error', 'warning', 'information', 'hint'][d.severity ?? 0]} ${d.code}`);
    out.push(`  | ${line}`, `  | ${' '.repeat(start.character)}${'^'.repeat(width)}`, `  = ${d.message}`);
    for (const r of d.relatedInformation ?? []) {
      out.push(`  > ${relative(root, fileURLToPath(r.location.uri))}:${r.location.range.start.line + 1}  ${r.message}`);
    }
    const actions = (await client.request<CodeAction[] | null>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) ?? [];
    for (const action of actions.filter((a) => (a.diagnostics ?? []).some((x) => same(x, d)))) out.push(...renderAction(action, document, root));
    out.push('');
  }
  const whole = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
  const cites = (await client.request<CodeAction[] | null>('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: [], only: [CITE_KIND] } })) ?? [];
  out.push(`# source actions: ${cites.length}`);
  for (const action of cites) out.push(...renderAction(action, document, root));
  const hints = (await client.request<InlayHint[] | null>('textDocument/inlayHint', { textDocument: { uri }, range: whole })) ?? [];
  out.push('', `# ✓ markers: ${hints.length}`);
  for (const hint of hints) {
    const label = typeof hint.label === 'string' ? hint.label : (hint.label as InlayHintLabelPart[]).map((p) => p.value).join('');
    const line = lines[hint.position.line];
    out.push(`${hint.position.line + 1}:${hint.position.character + 1} ${label}`, `  | ${line.slice(Math.max(0, hint.position.character - 60), hint.position.character)}▸`);
  }
  await client.close(uri);
  return `${out.join('\n')}\n`;
}

for (const workspace of WORKSPACES) {
  describe(`whole drafts of ${relative(REPO, workspace.root)}`, () => {
    let client: TestClient;
    before(async () => {
      client = await TestClient.start({ root: workspace.root, settings: workspace.settings });
      await client.ready();
    });
    after(() => client.stop());

    const drafts = readdirSync(join(workspace.root, 'drafts')).filter((f) => /\.(md|txt)$/.test(f)).sort();
    for (const name of drafts) {
      test(`drafts/${name}: diagnostics and quick fixes`, async () => {
        const rendered = await renderDraft(client, workspace.root, `drafts/${name}`);
        assertSnapshot(rendered, snapshotPath(__dirname, `${workspace.name}-${name}`));
      });
    }
  });
}
