/**
 * The Claimcheck status bar item: indexing progress, then what the checked drafts hold. Honest: its icon is the
 * worst severity among all findings (contradictions, quotes, citations and unsupported claims alike), its count is
 * every finding, and the tooltip breaks them down. Click: Check Citations.
 */
import * as vscode from 'vscode';
import type { StatusParams } from '../../shared/protocol';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Finding codes as a writer reads them, singular and plural (also the Claims view's words). */
export const CODE_WORDS: Record<string, [string, string]> = {
  'contradicted-claim': ['contradicted claim', 'contradicted claims'],
  'unsupported-claim': ['unsupported claim', 'unsupported claims'],
  'altered-quote': ['altered quote', 'altered quotes'],
  'unverified-quote': ['quote in no source', 'quotes in no source'],
  'unknown-citation': ['unknown citation', 'unknown citations'],
  'misattributed-quote': ['misattributed quote', 'misattributed quotes'],
};

/** The item's text and tooltip lines for a status: pure, so that it is tested as it is shown. */
export function describeStatus(status: StatusParams): { text: string; summary: string; error: boolean } {
  switch (status.state) {
    case 'indexing':
      return { text: `$(sync~spin) Claimcheck: indexing${status.progress !== undefined ? ` ${status.progress}%` : '…'}`, summary: 'Indexing the source documents…', error: false };
    case 'error':
      return { text: '$(error) Claimcheck', summary: status.message ?? 'Claimcheck failed.', error: true };
    case 'ready': {
      const sources = `${plural(status.documents, 'source document')}, ${plural(status.passages, 'passage')}, indexed in ${status.indexMilliseconds} ms.`;
      if (status.documents === 0) return { text: '$(warning) Claimcheck: no sources', summary: `${status.message ?? 'No source documents found.'}`, error: false };
      const by = status.findingsBySeverity;
      const total = status.findings;
      if (total === 0) return { text: `$(pass) Claimcheck · ${plural(status.documents, 'source')}`, summary: `Nothing flagged in the checked drafts. ${sources}`, error: false };
      const icon = by.error ? '$(error)' : by.warning ? '$(warning)' : '$(info)';
      const codes = Object.entries(status.findingsByCode)
        .filter(([, n]) => n > 0)
        .map(([code, n]) => `${n} ${(CODE_WORDS[code] ?? [code, code])[n === 1 ? 0 : 1]}`);
      const severities = (['error', 'warning', 'information', 'hint'] as const).filter((s) => by[s] > 0).map((s) => plural(by[s], s === 'information' ? 'info' : s));
      return {
        text: `${icon} Claimcheck: ${plural(total, 'finding')}`,
        summary: `${plural(total, 'finding')} in the checked drafts: ${codes.join(', ')} (${severities.join(', ')}). ${sources}`,
        error: false,
      };
    }
  }
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('claimcheck.status', vscode.StatusBarAlignment.Right, 100);

  private readonly listener: vscode.Disposable;

  /** Shown while the active editor holds a draft kind of file: Claimcheck has nothing to say about others. */
  constructor(private readonly isDraftKind: (document: vscode.TextDocument) => boolean) {
    this.item.name = 'Claimcheck';
    this.item.command = 'claimcheck.checkCitations';
    this.starting();
    this.listener = vscode.window.onDidChangeActiveTextEditor((editor) => this.updateVisibility(editor));
    this.updateVisibility(vscode.window.activeTextEditor);
  }

  /** The item's text as shown (for the tests). */
  get text(): string {
    return this.item.text;
  }

  get tooltipText(): string {
    const tooltip = this.item.tooltip;
    return typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? '');
  }

  private updateVisibility(editor: vscode.TextEditor | undefined): void {
    if (editor && this.isDraftKind(editor.document)) this.item.show();
    else if (editor) this.item.hide();
    // No editor (e.g. the Problems panel has focus): keep the item as it is.
  }

  starting(): void {
    this.item.text = '$(sync~spin) Claimcheck';
    this.item.tooltip = 'Claimcheck is starting…';
    this.item.backgroundColor = undefined;
  }

  update(status: StatusParams): void {
    const { text, summary, error } = describeStatus(status);
    this.item.text = text;
    this.item.backgroundColor = error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.isTrusted = { enabledCommands: ['claimcheck.checkCitations', 'claimcheck.rebuildIndex', 'claimcheck.showLog'] };
    tooltip.appendText(summary);
    if (status.state === 'ready' && status.message && status.documents > 0) tooltip.appendText(` ${status.message}`);
    if (status.warnings) tooltip.appendText(` ${plural(status.warnings, 'warning')} (see the log).`);
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
