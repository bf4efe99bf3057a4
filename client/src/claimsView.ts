/**
 * The Claims view in the Explorer: every claim and quote of the active draft, grouped by verdict, each with its best
 * source and score; click to select it in the draft. Counts in the title, coverage in the header. Fed by the server
 * (`claimcheck/claims`), refreshed when the server has a new report of the draft (`claimcheck/claimsChanged`, the
 * moment its diagnostics change) and when the active draft changes. It shows; it decides nothing.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CODE_WORDS } from './statusBar';
import {
  ClaimsChangedNotification,
  ClaimsRequest,
  OPEN_SOURCE_COMMAND,
  REVEAL_CLAIM_COMMAND,
  type ClaimEntry,
  type ClaimsResult,
} from '../../shared/protocol';

export const CLAIMS_VIEW_ID = 'claimcheck.claims';

type Group = ClaimEntry['group'];

interface GroupSpec {
  /** The server's group (core/standing.ts): the verdict, unless a finding says otherwise. */
  group: Group;
  label: string;
  /** One item of the group, for its tooltip: "Altered quote". */
  title: string;
  icon: string;
  color: string;
}

/**
 * Group order: what needs the writer first. A supported claim with a flagged quote or citation is not listed as
 * supported (its ✓ would contradict the squiggle), nor is a misattributed quote listed as verbatim.
 */
export const GROUPS: readonly GroupSpec[] = [
  { group: 'contradicted', label: 'Contradicted', title: 'Contradicted claim', icon: 'error', color: 'problemsErrorIcon.foreground' },
  { group: 'unsupported', label: 'Unsupported', title: 'Unsupported claim', icon: 'question', color: 'problemsWarningIcon.foreground' },
  { group: 'misattributed', label: 'Misattributed quotes', title: 'Misattributed quote', icon: 'quote', color: 'problemsErrorIcon.foreground' },
  { group: 'altered', label: 'Altered quotes', title: 'Altered quote', icon: 'quote', color: 'problemsErrorIcon.foreground' },
  { group: 'not-found', label: 'Quotes not found', title: 'Quote not found', icon: 'quote', color: 'problemsWarningIcon.foreground' },
  {
    group: 'flagged',
    label: 'Supported, but a quote or citation is flagged',
    title: 'Supported claim, but a quote or citation in it is flagged',
    icon: 'warning',
    color: 'problemsWarningIcon.foreground',
  },
  { group: 'supported', label: 'Supported', title: 'Supported claim', icon: 'pass', color: 'testing.iconPassed' },
  { group: 'verbatim', label: 'Verbatim quotes', title: 'Verbatim quote', icon: 'quote', color: 'testing.iconPassed' },
];

const SEVERITY_COLOR: Record<string, string> = {
  error: 'problemsErrorIcon.foreground',
  warning: 'problemsWarningIcon.foreground',
  information: 'problemsInfoIcon.foreground',
  hint: 'problemsInfoIcon.foreground',
};

const SEVERITY_ORDER = ['error', 'warning', 'information', 'hint'];

type Node = { type: 'group'; spec: GroupSpec; entries: ClaimEntry[] } | { type: 'entry'; spec: GroupSpec; entry: ClaimEntry };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Labels longer than this are cut at a word, so that the source and score beside them stay in view. */
const MAX_LABEL = 44;

/** A claim's text cut for its label (the tooltip has it whole). */
export function shorten(text: string): string {
  if (text.length <= MAX_LABEL) return text;
  const cut = text.lastIndexOf(' ', MAX_LABEL - 1);
  return `${text.slice(0, cut > MAX_LABEL / 2 ? cut : MAX_LABEL - 1).replace(/[\s,;:]+$/, '')}…`;
}

function lineOf(entry: ClaimEntry): string {
  return entry.source ? `${entry.source.key}:${entry.source.range.start.line + 1}` : '';
}

function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

/** What the item says after its text: the best source and the score that matters for its verdict. */
export function entryDescription(entry: ClaimEntry): string {
  const where = lineOf(entry);
  if (entry.group === 'flagged') {
    // What is flagged inside it (the tooltip has the messages); no score, which would read as "fine".
    const flagged = [...new Set((entry.inside ?? []).map((f) => (CODE_WORDS[f.code] ?? [f.code])[0]))].join(', ');
    return [where, flagged].filter(Boolean).join(' · ');
  }
  if (entry.group === 'misattributed') return where;
  switch (entry.verdict) {
    case 'supported':
      return `${where} · ${percent(entry.score)}${entry.sources === 1 ? ' · one source' : ''}`;
    case 'contradicted':
      return where;
    case 'unsupported':
      return where ? `closest ${where} · ${percent(entry.score)}` : 'no source comes close';
    case 'verbatim':
      return where;
    case 'altered':
      return `${where} · ${percent(entry.score)} of the words`;
    case 'not-found':
      return where ? `closest ${where}` : 'in no source';
  }
}

/**
 * The counts beside the view's title: "5 supported · 3 contradicted · 3 unsupported · 1 flagged" (quotes are in
 * their groups). "Supported" counts the Supported group; "flagged" the claims the sources support that carry a
 * finding (misattributed, or a flagged quote or citation inside), shown when there are any.
 */
export function titleCounts(result: ClaimsResult): string {
  const c = result.counts;
  return `${c.supported} supported · ${c.contradicted} contradicted · ${c.unsupported} unsupported${c.flagged ? ` · ${c.flagged} flagged` : ''}`;
}

export interface ClaimsViewSnapshot {
  title: string | undefined;
  description: string | undefined;
  message: string | undefined;
  badge: number | undefined;
  uri: string | undefined;
  groups: { label: string; description: string; children: { label: string; description: string; tooltip: string; command?: vscode.Command }[] }[];
}

export class ClaimsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [];
  /** The draft whose claims are shown: the last active editor the server took for a draft. */
  private uri: string | undefined;
  /** The active editor's document, when it is not the draft shown: shown instead once the server takes it for a draft. */
  private candidate: string | undefined;
  /** A document the server said is not a draft, shown when there is no draft to show instead. */
  private refused: string | undefined;
  private result: ClaimsResult | undefined;
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  /** Resolves when the refresh in flight (if any) is over; for tests. */
  private settled: Promise<void> = Promise.resolve();

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly isDraftKind: (document: vscode.TextDocument) => boolean,
  ) {
    this.view = vscode.window.createTreeView(CLAIMS_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.emitter,
      vscode.window.onDidChangeActiveTextEditor(() => this.followActiveEditor()),
      vscode.workspace.onDidCloseTextDocument((document) => {
        const uri = document.uri.toString();
        if (uri === this.candidate) this.candidate = undefined;
        if (uri === this.uri) {
          this.uri = undefined;
          this.result = undefined;
          this.render();
        }
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((u) => this.concerns(u.toString()))) this.schedule();
      }),
      this.view.onDidChangeVisibility((event) => {
        if (event.visible) this.schedule();
      }),
    );
    this.followActiveEditor();
  }

  /** Hooks the server's notifications up; called once the client runs. */
  attach(client: LanguageClient): vscode.Disposable {
    return client.onNotification(ClaimsChangedNotification, (params) => {
      if (this.concerns(params.uri)) this.schedule();
    });
  }

  private concerns(uri: string): boolean {
    return uri === this.uri || uri === this.candidate;
  }

  /**
   * Follows the active editor. A file the server does not take for a draft (a source opened from a hover, an
   * excluded file) leaves the draft shown in place, so that the writer can go back and forth.
   */
  private followActiveEditor(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.isDraftKind(editor.document)) return; // the output panel, a JSON file: keep the draft shown
    const uri = editor.document.uri.toString();
    this.candidate = uri === this.uri ? undefined : uri;
    this.schedule(0);
  }

  /** Asks the server again, shortly (bursts of notifications and diagnostics make one request). */
  schedule(delay = 100): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.settled = this.refresh();
    }, delay);
  }

  async refresh(): Promise<void> {
    const client = this.client();
    const target = this.candidate ?? this.uri;
    const generation = ++this.generation;
    if (!client || !target || !client.isRunning()) {
      this.render();
      return;
    }
    try {
      const result = await client.sendRequest(ClaimsRequest, { uri: target });
      if (generation !== this.generation) return; // a newer refresh is under way
      if (result) {
        const unchanged = this.uri === target && !this.refused && JSON.stringify(this.result) === JSON.stringify(result);
        this.uri = target;
        this.candidate = undefined;
        this.refused = undefined;
        this.result = result;
        // Nothing new (a diagnostics event of another kind, a refocus): re-rendering would rebuild the rows under
        // the writer's pointer and could swallow a click.
        if (unchanged) return;
      } else if (target === this.uri) {
        // The draft shown is no longer one (excluded, or the sources are gone).
        this.refused = target;
        this.uri = undefined;
        this.result = undefined;
      } else {
        this.candidate = undefined;
        if (!this.uri) this.refused = target;
      }
      this.render();
    } catch {
      // The draft changed while the server was answering (ContentModified) or the server restarted: the next
      // notification brings the new report.
    }
  }

  private render(): void {
    const result = this.result;
    const name = this.uri ? vscode.workspace.asRelativePath(vscode.Uri.parse(this.uri), false) : undefined;
    if (!result || !this.uri) {
      const refused = this.refused ? vscode.workspace.asRelativePath(vscode.Uri.parse(this.refused), false) : undefined;
      this.view.title = 'Claims';
      this.view.description = undefined;
      this.view.message = refused
        ? `${refused} is not checked as a draft (a source, excluded, or no sources to check against; see Claimcheck: Show Log).`
        : 'Open a Markdown or plain-text draft to see its claims, their verdicts and their sources.';
      this.view.badge = undefined;
    } else {
      const claims = result.counts.claims;
      this.view.title = `Claims (${claims})`;
      this.view.description = titleCounts(result);
      this.view.message = `${name}: ${result.coverageText}`;
      const flagged = result.entries.filter((e) => e.finding).length;
      this.view.badge = flagged ? { value: flagged, tooltip: `${flagged} ${flagged === 1 ? 'claim or quote' : 'claims and quotes'} to check in ${name}` } : undefined;
    }
    this.emitter.fire(undefined);
  }

  // --- TreeDataProvider --------------------------------------------------------------------------------

  getChildren(node?: Node): Node[] {
    const result = this.result;
    if (!result) return [];
    if (!node) {
      return GROUPS.flatMap((spec) => {
        const entries = result.entries.filter((e) => e.group === spec.group);
        return entries.length ? [{ type: 'group' as const, spec, entries }] : [];
      });
    }
    return node.type === 'group' ? node.entries.map((entry) => ({ type: 'entry' as const, spec: node.spec, entry })) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.spec.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${node.spec.group}`;
      item.description = String(node.entries.length);
      item.iconPath = new vscode.ThemeIcon(node.spec.icon, new vscode.ThemeColor(node.spec.color));
      item.contextValue = 'claimcheck.group';
      return item;
    }
    const { entry, spec } = node;
    const item = new vscode.TreeItem(shorten(entry.text), vscode.TreeItemCollapsibleState.None);
    item.id = `${entry.kind}:${entry.group}:${entry.range.start.line}:${entry.range.start.character}:${entry.text.slice(0, 40)}`;
    item.description = entryDescription(entry);
    const findings = [...(entry.finding ? [entry.finding] : []), ...(entry.inside ?? [])];
    const worst = findings.map((f) => f.severity).sort((a, b) => SEVERITY_ORDER.indexOf(a) - SEVERITY_ORDER.indexOf(b))[0];
    const color = worst ? SEVERITY_COLOR[worst] : spec.color;
    item.iconPath = new vscode.ThemeIcon(spec.icon, new vscode.ThemeColor(color));
    item.tooltip = this.tooltip(entry, spec);
    item.contextValue = entry.source ? 'claimcheck.claim.withSource' : 'claimcheck.claim';
    item.accessibilityInformation = { label: `${spec.label}: ${entry.text}. ${item.description}` };
    item.command = { title: 'Show in Draft', command: REVEAL_CLAIM_COMMAND, arguments: [this.result!.uri, entry.range] };
    return item;
  }

  private tooltip(entry: ClaimEntry, spec: GroupSpec): vscode.MarkdownString {
    // Plain text only: appendText escapes whatever the draft and the sources say.
    const tip = new vscode.MarkdownString();
    tip.appendMarkdown('**');
    tip.appendText(spec.title);
    tip.appendMarkdown('**\n\n');
    tip.appendText(entry.kind === 'quote' ? `“${entry.text}”` : entry.text);
    if (entry.finding) {
      tip.appendMarkdown('\n\n');
      tip.appendText(entry.finding.message);
    }
    for (const finding of entry.inside ?? []) {
      tip.appendMarkdown('\n\n');
      tip.appendText(`${(CODE_WORDS[finding.code] ?? [finding.code])[0].replace(/^./, (c) => c.toUpperCase())}: ${finding.message}`);
    }
    if (entry.source) {
      tip.appendMarkdown('\n\n');
      const { line } = entry.source.range.start;
      tip.appendText(`${entry.verdict === 'unsupported' || entry.verdict === 'not-found' ? 'Closest passage' : 'Source'}: ${entry.source.id}, line ${line + 1}`);
      if (entry.verdict === 'supported') tip.appendText(entry.sources === 1 ? ' (the only source that supports it)' : ` (and ${(entry.sources ?? 1) - 1} more)`);
    }
    return tip;
  }

  // --- Commands ----------------------------------------------------------------------------------------

  /** The "Open Source Passage" context action of an item. */
  openSource(node: Node | undefined): Thenable<unknown> | undefined {
    const source = node?.type === 'entry' ? node.entry.source : undefined;
    if (!source) return undefined;
    const { start, end } = source.range;
    return vscode.commands.executeCommand(OPEN_SOURCE_COMMAND, source.uri, start.line, start.character, end.line, end.character);
  }

  /** What the view shows now, as VS Code is given it (for the tests and for other extensions). */
  async snapshot(): Promise<ClaimsViewSnapshot> {
    while (this.timer) await new Promise((resolve) => setTimeout(resolve, 20));
    await this.settled;
    const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));
    const tooltip = (item: vscode.TreeItem) => (typeof item.tooltip === 'string' ? item.tooltip : (item.tooltip?.value ?? ''));
    return {
      title: this.view.title,
      description: this.view.description,
      message: this.view.message,
      badge: this.view.badge?.value,
      uri: this.result?.uri,
      groups: this.getChildren().map((group) => {
        const item = this.getTreeItem(group);
        return {
          label: label(item),
          description: String(item.description ?? ''),
          children: this.getChildren(group).map((child) => {
            const childItem = this.getTreeItem(child);
            return { label: label(childItem), description: String(childItem.description ?? ''), tooltip: tooltip(childItem), command: childItem.command };
          }),
        };
      }),
    };
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
