/**
 * The extracted text of PDF, Word and web-archive sources, as read-only documents (`claimcheck-source:` URIs):
 * VS Code has no PDF viewer, so "Open source" on a PDF passage opens the text Claimcheck checked, at the
 * passage, with the page marked. The server extracts it (`claimcheck/sourceText`); this file only shows it.
 * With `claimcheck.openPdfWith` = `auto` and a PDF viewer extension installed, a PDF opens in that viewer instead
 * (viewers take no position, so the page is shown in the status bar).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXTRACTED_TEXT_SCHEME, SourceTextRequest } from '../../shared/protocol';

/** Language of extracted text (package.json: word wrap on). */
const EXTRACTED_LANGUAGE = 'claimcheck-extracted';

/** The source file behind a `claimcheck-source:` URI (its path without the `.txt` the server appends). */
export function sourceFileOf(uri: vscode.Uri): vscode.Uri {
  return uri.with({ scheme: 'file', path: uri.path.replace(/\.txt$/, '') });
}

/** Whether an installed extension contributes an editor for `*.pdf` files. */
function pdfViewerInstalled(): boolean {
  return vscode.extensions.all.some((extension) => {
    const editors = (extension.packageJSON as { contributes?: { customEditors?: { selector?: { filenamePattern?: string }[] }[] } })?.contributes?.customEditors;
    return editors?.some((editor) => editor.selector?.some((s) => /\*\.pdf$/i.test(s.filenamePattern ?? ''))) ?? false;
  });
}

export function registerExtractedText(context: vscode.ExtensionContext, ready: () => Promise<LanguageClient>, log: vscode.LogOutputChannel): void {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    async provideTextDocumentContent(uri, token) {
      const file = sourceFileOf(uri);
      try {
        const client = await ready();
        const result = await client.sendRequest(SourceTextRequest, { uri: file.toString() }, token);
        return result?.text ?? `Claimcheck has no extracted text for ${file.fsPath}: it is not a PDF, Word or web-archive source of this workspace.`;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log.error(`Could not extract the text of ${file.fsPath}: ${message}`);
        return `Claimcheck could not extract the text of ${file.fsPath}: ${message}`;
      }
    },
  };
  // An open extracted text follows its file.
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{pdf,docx,mhtml,mht}');
  const refresh = (file: vscode.Uri) => {
    for (const document of vscode.workspace.textDocuments) {
      if (document.uri.scheme === EXTRACTED_TEXT_SCHEME && sourceFileOf(document.uri).toString() === file.toString()) changed.fire(document.uri);
    }
  };
  // Extracted text has long lines (a Word paragraph is one): its own language id turns word wrap on.
  const asExtracted = (document: vscode.TextDocument) => {
    if (document.uri.scheme === EXTRACTED_TEXT_SCHEME && document.languageId !== EXTRACTED_LANGUAGE) void vscode.languages.setTextDocumentLanguage(document, EXTRACTED_LANGUAGE);
  };
  vscode.workspace.textDocuments.forEach(asExtracted);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(asExtracted),
    vscode.workspace.registerTextDocumentContentProvider(EXTRACTED_TEXT_SCHEME, provider),
    changed,
    watcher,
    watcher.onDidChange(refresh),
    watcher.onDidCreate(refresh),
  );
}

/** Opens the extracted text of a source at a position (or the PDF itself in a PDF viewer, when set so). */
export async function openExtracted(target: vscode.Uri, position: vscode.Position, page: number | undefined): Promise<boolean> {
  const file = sourceFileOf(target);
  const mode = vscode.workspace.getConfiguration('claimcheck', file).get<string>('openPdfWith', 'auto');
  if (/\.pdf$/i.test(file.path) && mode === 'auto' && pdfViewerInstalled()) {
    await vscode.commands.executeCommand('vscode.open', file);
    if (page !== undefined) vscode.window.setStatusBarMessage(`Claimcheck: the passage is on page ${page}`, 10_000);
    return true;
  }
  const editor = await vscode.window.showTextDocument(target, { selection: new vscode.Range(position, position), preview: true });
  const line = editor.document.lineAt(Math.min(position.line, editor.document.lineCount - 1));
  editor.selection = new vscode.Selection(line.range.start.with({ character: Math.min(position.character, line.range.end.character) }), line.range.end);
  editor.revealRange(line.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}
