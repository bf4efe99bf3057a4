/**
 * Selects the passage after Go to Definition. VS Code opens a definition with the cursor at its start and nothing
 * selected; Claimcheck's definitions are source passages (whole sentences, or a quote's exact wording), and a writer
 * wants to see which words they are. The definition middleware tells this class what it answered; when an editor
 * then shows one of those locations with an empty selection at its start, the whole range is selected.
 */
import * as vscode from 'vscode';

/** How long after a definition answer its navigation is awaited. */
const EXPECT_MS = 10_000;

type Definition = vscode.Definition | vscode.LocationLink[] | null | undefined;

interface Target {
  uri: string;
  range: vscode.Range;
}

export class JumpSelection implements vscode.Disposable {
  private targets: Target[] = [];
  private expires = 0;
  private readonly disposables: vscode.Disposable[];

  constructor() {
    this.disposables = [
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && this.check(editor)),
      vscode.window.onDidChangeTextEditorSelection((event) => this.check(event.textEditor)),
    ];
  }

  /** Remembers the passages a definition request answered with. */
  expect(result: Definition): void {
    const list = !result ? [] : Array.isArray(result) ? result : [result];
    this.targets = list
      .map((l) => ('targetUri' in l ? { uri: l.targetUri.toString(), range: l.targetSelectionRange ?? l.targetRange } : { uri: l.uri.toString(), range: l.range }))
      .filter((t) => !t.range.isEmpty);
    this.expires = Date.now() + EXPECT_MS;
  }

  private check(editor: vscode.TextEditor): void {
    if (this.targets.length === 0) return;
    if (Date.now() > this.expires) {
      this.targets = [];
      return;
    }
    const selection = editor.selection;
    if (!selection.isEmpty) return;
    const uri = editor.document.uri.toString();
    const target = this.targets.find((t) => t.uri === uri && t.range.start.isEqual(selection.active));
    if (!target) return;
    this.targets = [];
    editor.selection = new vscode.Selection(target.range.start, target.range.end);
    editor.revealRange(target.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
