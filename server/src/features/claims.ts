/**
 * The Claims view's data (`claimcheck/claims`): every claim and quote of an open draft with its verdict, best source
 * and score, and the draft's coverage; `claimcheck/claimsChanged` when a new report is ready. And the workspace's
 * drafts for the Check Citations quick pick (`claimcheck/listDrafts`), by the one rule of what a draft is.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  addToSummary,
  emptySummary,
  coverageOf,
  describeCoverage,
  supportingFiles,
  isClosePassage,
  relativePath,
  type ClaimResult,
  type DraftReport,
  type Evidence,
  type Finding,
  type QuoteResult,
} from '../core/api';
import { pathToUri, sourceUri, spanToRange } from '../convert';
import { allProjects, currentCheck, projectFor, type ServerContext } from '../context';
import type { Project } from '../project';
import {
  ClaimsChangedNotification,
  ClaimsRequest,
  ListDraftsRequest,
  type ClaimEntry,
  type ClaimSource,
  type ClaimsResult,
  type DraftEntry,
} from '../../../shared/protocol';

/** Notifications for one draft are gathered for this long (a burst of checks while typing sends one). */
const CHANGED_DELAY_MS = 50;

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function passageSource(evidence: Evidence): ClaimSource {
  return { id: evidence.document.id, key: evidence.document.key, uri: sourceUri(evidence.document), range: evidence.passage.range };
}

function findingOf(report: DraftReport, predicate: (f: Finding) => boolean): ClaimEntry['finding'] {
  const finding = report.findings.find(predicate);
  return finding && { code: finding.code, severity: finding.severity, message: finding.message };
}

function claimEntry(document: TextDocument, report: DraftReport, result: ClaimResult, index: number, supportThreshold: number): ClaimEntry {
  const best = result.evidence[0];
  const shown = result.verdict === 'unsupported' ? (isClosePassage(best, 'claim') ? best : undefined) : best;
  return {
    kind: 'claim',
    verdict: result.verdict,
    range: spanToRange(document, result.claim.span),
    text: collapse(result.claim.text),
    score: result.score,
    source: shown && passageSource(shown),
    sources: result.verdict === 'supported' ? supportingFiles(result, supportThreshold).size : undefined,
    finding: findingOf(report, (f) => f.claim === index && f.code.endsWith('-claim')),
  };
}

function quoteEntry(document: TextDocument, report: DraftReport, result: QuoteResult, index: number): ClaimEntry {
  const wording = result.sourceWording;
  let source: ClaimSource | undefined;
  if (wording && result.verdict !== 'not-found') {
    source = { id: wording.document.id, key: wording.document.key, uri: sourceUri(wording.document), range: wording.range };
  } else if (isClosePassage(result.evidence[0], 'quote')) source = passageSource(result.evidence[0]);
  return {
    kind: 'quote',
    verdict: result.verdict,
    range: spanToRange(document, result.quote.span),
    text: collapse(result.quote.text),
    score: result.score,
    source,
    finding: findingOf(report, (f) => f.quote === index && f.code.endsWith('-quote')),
  };
}

/** The Claims view's data of a draft's report. */
export function claimsOf(document: TextDocument, report: DraftReport, project: Project): ClaimsResult {
  const threshold = project.config.thresholds.support;
  const coverage = coverageOf([report], project.sourceFilePaths, threshold);
  const root = project.root;
  const name = (file: string) => (root === undefined ? file : relativePath(root, file));
  return {
    uri: document.uri,
    version: document.version,
    entries: [
      ...report.claims.map((result, i) => claimEntry(document, report, result, i, threshold)),
      ...report.quotes.map((result, i) => quoteEntry(document, report, result, i)),
    ],
    counts: addToSummary(emptySummary(), report),
    coverage: { ...coverage, unusedSources: coverage.unusedSources.map(name) },
    coverageText: describeCoverage(coverage, name, 3),
  };
}

export function registerClaims(context: ServerContext): void {
  const { connection, documents } = context;

  connection.onRequest(ClaimsRequest, async (params, token): Promise<ClaimsResult | null> => {
    const current = await currentCheck(context, params.uri, token);
    if (!current) return null;
    // No sources at all: every claim would be "unsupported", which says nothing (diagnostics are quiet too).
    const project = projectFor(context, params.uri);
    if (project.documentCount === 0) return null;
    return claimsOf(current.document, current.check.report, project);
  });

  connection.onRequest(ListDraftsRequest, async (token) => {
    const drafts: DraftEntry[] = [];
    const seen = new Set<string>();
    for (const project of allProjects(context)) {
      for (const path of await project.listDrafts(token)) {
        const uri = pathToUri(path);
        if (seen.has(uri) || projectFor(context, uri) !== project) continue; // nested folders: the innermost owns it
        seen.add(uri);
        drafts.push({ uri, path: project.root === undefined ? path : relativePath(project.root, path) });
      }
    }
    return { drafts, truncated: allProjects(context).some((p) => p.draftListTruncated) };
  });

  // A new report of an open draft: its claims changed (or may have).
  const timers = new Map<string, NodeJS.Timeout>();
  const changed = (uri: string) => {
    if (!documents.get(uri) || timers.has(uri)) return;
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        if (documents.get(uri)) void connection.sendNotification(ClaimsChangedNotification, { uri });
      }, CHANGED_DELAY_MS),
    );
  };
  if (context.projects) context.projects.onDidCheck((_project, uri) => changed(uri));
  else context.project.onDidCheck(changed);
}
