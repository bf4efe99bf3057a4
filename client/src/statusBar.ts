/** The Claimcheck status bar item: indexing progress, then sources and unsupported claims. Click: Check Citations. */
import * as vscode from 'vscode';
import type { StatusParams } from '../../shared/protocol';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('claimcheck.status', vscode.StatusBarAlignment.Right, 100);

  private readonly listener: vscode.Disposable;

  /** Shown while the active editor holds a Markdown or plain-text file: Claimcheck has nothing to say about others. */
  constructor(private readonly languages: readonly string[]) {
    this.item.name = 'Claimcheck';
    this.item.command = 'claimcheck.checkCitations';
    this.starting();
    this.listener = vscode.window.onDidChangeActiveTextEditor((editor) => this.updateVisibility(editor));
    this.updateVisibility(vscode.window.activeTextEditor);
  }

  private updateVisibility(editor: vscode.TextEditor | undefined): void {
    if (editor && this.languages.includes(editor.document.languageId)) this.item.show();
    else if (editor) this.item.hide();
    // No editor (e.g. the Problems panel has focus): keep the item as it is.
  }

  starting(): void {
    this.item.text = '$(sync~spin) Claimcheck';
    this.item.tooltip = 'Claimcheck is starting…';
    this.item.backgroundColor = undefined;
  }

  update(status: StatusParams): void {
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.isTrusted = { enabledCommands: ['claimcheck.checkCitations', 'claimcheck.rebuildIndex', 'claimcheck.showLog'] };
    this.item.backgroundColor = undefined;
    switch (status.state) {
      case 'indexing':
        this.item.text = `$(sync~spin) Claimcheck: indexing${status.progress !== undefined ? ` ${status.progress}%` : '…'}`;
        tooltip.appendText('Indexing the source documents…');
        break;
      case 'error':
        this.item.text = '$(error) Claimcheck';
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
        tooltip.appendText(status.message ?? 'Claimcheck failed.');
        break;
      case 'ready':
        this.item.text =
          status.documents === 0
            ? '$(warning) Claimcheck: no sources'
            : `$(check) ${plural(status.documents, 'source')} · ${status.unsupported} unsupported`;
        tooltip.appendText(
          `${plural(status.documents, 'source document')}, ${plural(status.passages, 'passage')}, indexed in ${status.indexMilliseconds} ms. ` +
            `${plural(status.findings, 'finding')} in checked drafts, ${status.unsupported} unsupported.`,
        );
        if (status.message) tooltip.appendText(` ${status.message}`);
        break;
    }
    if (status.warnings) tooltip.appendText(` ${plural(status.warnings, 'warning')}.`);
    tooltip.appendMarkdown(
      '\n\n[Check Citations](command:claimcheck.checkCitations) · [Rebuild Index](command:claimcheck.rebuildIndex) · [Show Log](command:claimcheck.showLog)',
    );
    this.item.tooltip = tooltip;
  }

  dispose(): void {
    this.listener.dispose();
    this.item.dispose();
  }
}
