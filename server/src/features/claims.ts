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
  standingOf,
  type ClaimStanding,
  type QuoteStanding,
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
  type ClaimEntryFinding,
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

function entryFinding(finding: Finding): ClaimEntryFinding {
  return { code: finding.code, severity: finding.severity, message: finding.message };
}

function claimEntry(document: TextDocument, result: ClaimResult, standing: ClaimStanding, supportThreshold: number): ClaimEntry {
  const best = result.evidence[0];
  const shown = result.verdict === 'unsupported' ? (isClosePassage(best, 'claim') ? best : undefined) : best;
  // The verdict's own finding first (a contradicted claim may also be misattributed).
  const mainFinding = standing.own.find((f) => f.code.endsWith('-claim')) ?? standing.own[0];
  return {
    kind: 'claim',
    verdict: result.verdict,
    group: standing.group,
    range: spanToRange(document, result.claim.span),
    text: collapse(result.claim.text),
    score: result.score,
    source: shown && passageSource(shown),
    sources: result.verdict === 'supported' ? supportingFiles(result, supportThreshold).size : undefined,
    finding: mainFinding && entryFinding(mainFinding),
    inside: standing.inside.length ? standing.inside.map(entryFinding) : undefined,
  };
}

function quoteEntry(document: TextDocument, result: QuoteResult, standing: QuoteStanding): ClaimEntry {
  const wording = result.sourceWording;
  let source: ClaimSource | undefined;
  if (wording && result.verdict !== 'not-found') {
    source = { id: wording.document.id, key: wording.document.key, uri: sourceUri(wording.document), range: wording.range };
  } else if (isClosePassage(result.evidence[0], 'quote')) source = passageSource(result.evidence[0]);
  // A misattribution first: it decides the quote's group.
  const finding = standing.findings.find((f) => f.code === 'misattributed-quote') ?? standing.findings[0];
  return {
    kind: 'quote',
    verdict: result.verdict,
    group: standing.group,
    range: spanToRange(document, result.quote.span),
    text: collapse(result.quote.text),
    score: result.score,
    source,
    finding: finding && entryFinding(finding),
  };
}

/** The Claims view's data of a draft's report. */
export function claimsOf(document: TextDocument, report: DraftReport, project: Project): ClaimsResult {
  const threshold = project.config.thresholds.support;
  const coverage = coverageOf([report], project.sourceFilePaths, threshold);
  const root = project.root;
  const name = (file: string) => (root === undefined ? file : relativePath(root, file));
  const standing = standingOf(report);
  return {
    uri: document.uri,
    version: document.version,
    entries: [
      ...report.claims.map((result, i) => claimEntry(document, result, standing.claims[i], threshold)),
      ...report.quotes.map((result, i) => quoteEntry(document, result, standing.quotes[i])),
    ],
    counts: addToSummary(emptySummary(), report, standing),
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
