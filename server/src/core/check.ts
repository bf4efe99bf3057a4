/**
 * Checks one draft against the source index: analyses the draft into claims, quotes and citations, judges each,
 * and turns the verdicts into findings with messages in the writer's words.
 *
 * This is the one entry point the CLI and the language server share.
 */
import type { ClaimcheckConfig } from './config';
import { SLICE_MS, TimeSlice, yieldToEventLoop } from './eventLoop';
import { analyzeDraft, type AnalyzeDraftOptions, type DraftFormat } from './draft/analyze';
import type { PassageIndex } from './index/passageIndex';
import { RememberedSearches, type Remembered, type SearchStore } from './index/searchMemo';
import {
  type CancellationToken,
  type Claim,
  type ClaimResult,
  type DraftAnalysis,
  type DraftReport,
  type Evidence,
  type Finding,
  type FindingCode,
  type Quote,
  type QuoteResult,
  type Range,
  type SourceDocument,
  type Span,
  throwIfCancelled,
} from './types';
import { locationLabel } from './sources/meta';
import { standingOf, type DraftStanding } from './standing';
import { checkAttribution, type AttributionMemo } from './verdict/attribution';
import { aboutSources, decideClaim, judgeClaim, searchClaim, statedFigureForFigure, withWordsElsewhere, type JudgeOptions, type PreparedClaim } from './verdict/claims';
import { escapeRegExp } from './text/regexp';
import { derivedFromPrevious } from './verdict/derived';
import { judgeQuote } from './verdict/quotes';
import type { ClaimInfo } from './verdict/support';
import { describeConflict, describeQuoteChanges, isClosePassage, missingByPlace } from './wording';

/**
 * Where a draft is analysed (parsed into claims and quotes): in the calling thread by default; the language
 * server passes one that runs `analyzeDraft` in a worker thread (server/src/node/analysisWorker.ts).
 */
export interface DraftAnalyzer {
  /** Analyses `text`; `key` names the draft (a newer request for the same key may supersede a waiting one). */
  analyze(key: string, text: string, options: AnalyzeDraftOptions, token?: CancellationToken): Promise<DraftAnalysis>;
  dispose?(): void;
}

export const inProcessAnalyzer: DraftAnalyzer = {
  analyze: async (_key, text, options) => analyzeDraft(text, options),
};

export interface CheckOptions {
  config: ClaimcheckConfig;
  format: DraftFormat;
  token?: CancellationToken;
  /** Verdicts of earlier checks of the same draft; pass one per document so an edit re-checks only what changed. */
  cache?: ClaimCache;
  /**
   * Analyses the draft somewhere else (the language server runs `analyzeDraft` in a worker thread, so that
   * parsing a long draft never blocks its requests); default: `analyzeDraft` here.
   */
  analyze?: (text: string, options: AnalyzeDraftOptions) => Promise<DraftAnalysis>;
  /**
   * How long the check runs between two yields to the event loop, in milliseconds (default `SLICE_MS`: an editor's
   * requests wait no longer). It also bounds how many claims are searched ahead (`SEARCHED_AHEAD`). The command
   * line, which serves no requests meanwhile, takes longer slices.
   */
  sliceMs?: number;
}

interface CachedClaim {
  claim: Claim;
  result: ClaimResult;
}
interface CachedQuote {
  quote: Quote;
  result: QuoteResult;
}

/** At most this many verdicts (claims and quotes each) and attribution look-ups are kept for all drafts together. */
const SHARED_LIMIT = 20_000;
/**
 * Searches remembered between checks (a draft's, or the drafts' together): each holds up to a wide search's hits, so
 * fewer than verdicts. A long draft's claims and quotes search about twice each.
 */
const SEARCH_LIMIT = 2_000;

/** A search store over a map, dropping the least recently set entries beyond `SEARCH_LIMIT`. */
function boundedSearches(map: Map<string, Remembered>, prefix: () => string): SearchStore {
  return {
    get: (key) => map.get(prefix() + key),
    set: (key, value) => {
      const k = prefix() + key;
      map.delete(k);
      map.set(k, value);
      if (map.size > SEARCH_LIMIT) map.delete(map.keys().next().value!);
    },
    clear: () => map.clear(),
  };
}

/**
 * Verdicts shared by the drafts of one workspace (the language server keeps one per project): a claim written in
 * two drafts, or a draft opened again, is judged once per index version. Entries are keyed by the stamp of the
 * check that made them (index version and judging options) besides the claim's key, so a check still running on
 * an older index never hands its verdicts to a newer one. The oldest entries go first beyond `limit`.
 */
export class SharedVerdicts {
  private stamp = '';
  readonly claims = new Map<string, CachedClaim>();
  readonly quotes = new Map<string, CachedQuote>();
  /** What the attribution pass looked up in the sources (see `AttributionMemo`). */
  readonly lookups = new Map<string, unknown>();
  /** Searches by their key (`RememberedSearches`), at most `SEARCH_LIMIT`. */
  readonly searches = new Map<string, Remembered>();

  constructor(readonly limit = SHARED_LIMIT) {}

  /** Drops everything when the stamp changed (the index or the judging options). */
  validate(stamp: string): void {
    if (stamp === this.stamp) return;
    this.clear();
    this.stamp = stamp;
  }

  clear(): void {
    this.claims.clear();
    this.quotes.clear();
    this.lookups.clear();
    this.searches.clear();
  }

  get size(): number {
    return this.claims.size + this.quotes.size;
  }

  /** Sets a key, forgetting the oldest entries beyond the limit. */
  put<T>(map: Map<string, T>, key: string, value: T): void {
    map.delete(key);
    map.set(key, value);
    if (map.size > this.limit) for (const old of map.keys()) {
      map.delete(old);
      if (map.size <= this.limit) break;
    }
  }
}

/**
 * Memoises verdicts by the exact draft text of a claim or quote (and its citations), for one index version
 * and one configuration. A claim whose text is unchanged keeps its verdict even when it moved: its spans are
 * shifted to the new place. With a `SharedVerdicts`, a claim another draft (or this one, earlier) judged on the
 * same index is not judged again.
 */
export class ClaimCache {
  private claims = new Map<string, CachedClaim>();
  private quotes = new Map<string, CachedQuote>();
  private lookups = new Map<string, unknown>();
  /** This draft's remembered searches, without a `SharedVerdicts` (`searchStore`). */
  private searches = new Map<string, Remembered>();
  /** Attributions found in pieces of this draft (`draftMemo`), and the keys the latest check used. */
  private attributions = new Map<string, unknown>();
  private attributionsUsed = new Set<string>();
  /** The finding of a cached claim's verdict (its code and message: they do not depend on where the claim is), null when none. */
  private findings = new Map<string, Pick<Finding, 'code' | 'severity' | 'message'> | null>();
  /** Whether a source passage is about each candidate sentence (`aboutSources`), by its text. */
  private candidates = new Map<string, boolean>();
  private stamp = '';
  hits = 0;
  misses = 0;

  constructor(private readonly shared?: SharedVerdicts) {}

  /** Drops everything when the index or the judging options changed since the last use. */
  validate(stamp: string): void {
    this.shared?.validate(stamp);
    if (stamp !== this.stamp) {
      this.clear();
      this.stamp = stamp;
    }
  }

  clear(): void {
    this.claims.clear();
    this.quotes.clear();
    this.lookups.clear();
    this.searches.clear();
    this.attributions.clear();
    this.findings.clear();
    this.candidates.clear();
  }

  getCandidate(text: string): boolean | undefined {
    return this.candidates.get(text);
  }

  setCandidate(text: string, about: boolean): void {
    this.candidates.set(text, about);
  }

  /** Whether `getClaim` has the claim of `key` (nothing counted or copied). */
  hasClaim(key: string): boolean {
    return this.claims.has(key) || !!this.shared?.claims.has(`${this.stamp}\u0000${key}`);
  }

  getClaim(key: string, claim: Claim): ClaimResult | undefined {
    let hit = this.claims.get(key);
    if (!hit && this.shared) {
      hit = this.shared.claims.get(`${this.stamp}\u0000${key}`);
      if (hit) this.claims.set(key, hit);
    }
    if (!hit) return undefined;
    return rebaseClaimResult(hit.result, claim, claim.span.start - hit.claim.span.start);
  }

  setClaim(key: string, claim: Claim, result: ClaimResult): void {
    this.claims.set(key, { claim, result });
    this.shared?.put(this.shared.claims, `${this.stamp}\u0000${key}`, { claim, result });
  }

  getQuote(key: string, quote: Quote): QuoteResult | undefined {
    let hit = this.quotes.get(key);
    if (!hit && this.shared) {
      hit = this.shared.quotes.get(`${this.stamp}\u0000${key}`);
      if (hit) this.quotes.set(key, hit);
    }
    if (!hit) return undefined;
    return { ...hit.result, quote };
  }

  setQuote(key: string, quote: Quote, result: QuoteResult): void {
    this.quotes.set(key, { quote, result });
    this.shared?.put(this.shared.quotes, `${this.stamp}\u0000${key}`, { quote, result });
  }

  /**
   * Where a check's searches are remembered for the next (`RememberedSearches`), for this cache's index version:
   * shared when the verdicts are.
   */
  searchStore(): SearchStore {
    return this.shared ? boundedSearches(this.shared.searches, () => `${this.stamp}\u0000`) : boundedSearches(this.searches, () => '');
  }

  /** The attribution pass's memo of source look-ups, for this cache's index version (shared when the verdicts are). */
  attributionMemo(): AttributionMemo {
    const shared = this.shared;
    const prefix = `${this.stamp}\u0000`;
    if (shared) return { get: (key) => shared.lookups.get(prefix + key), set: (key, value) => shared.put(shared.lookups, prefix + key, value) };
    const local = this.lookups;
    return {
      get: (key) => local.get(key),
      set: (key, value) => {
        if (local.size >= SHARED_LIMIT) local.clear();
        local.set(key, value);
      },
    };
  }

  /**
   * The attribution pass's memo of what it finds in pieces of this draft (by their text): what the previous check
   * did not use is dropped first, so it never outgrows the draft.
   */
  draftMemo(): AttributionMemo {
    for (const key of this.attributions.keys()) if (!this.attributionsUsed.has(key)) this.attributions.delete(key);
    const used = (this.attributionsUsed = new Set<string>());
    const memo = this.attributions;
    return {
      get: (key) => {
        const value = memo.get(key);
        if (value !== undefined) used.add(key);
        return value;
      },
      set: (key, value) => {
        used.add(key);
        memo.set(key, value);
      },
    };
  }

  /**
   * The finding of a claim's verdict as the cache has it (`result` is what `getClaim` or the judge gave and the
   * attribution pass left as it was), made once per claim and index version: a re-check after an edit words
   * again only the findings of what changed.
   */
  claimFinding(key: string, result: ClaimResult, index: number): Finding | undefined {
    let found = this.findings.get(key);
    if (found === undefined) {
      const finding = claimFinding(result, index);
      found = finding ? { code: finding.code, severity: finding.severity, message: finding.message } : null;
      this.findings.set(key, found);
    }
    return found ? { ...found, span: result.claim.span, claim: index } : undefined;
  }

  /** Keeps only the entries whose keys were used by the latest check, so the cache never outgrows the draft. */
  retain(claimKeys: Set<string>, quoteKeys: Set<string>, candidateKeys: Set<string> = new Set()): void {
    for (const key of this.candidates.keys()) if (!candidateKeys.has(key)) this.candidates.delete(key);
    for (const key of this.findings.keys()) if (!claimKeys.has(key)) this.findings.delete(key);
    for (const key of this.claims.keys()) if (!claimKeys.has(key)) this.claims.delete(key);
    for (const key of this.quotes.keys()) if (!quoteKeys.has(key)) this.quotes.delete(key);
  }
}

function shiftSpan(span: Span | undefined, delta: number): Span | undefined {
  return span && { start: span.start + delta, end: span.end + delta };
}

function rebaseClaimResult(result: ClaimResult, claim: Claim, delta: number): ClaimResult {
  if (delta === 0 && result.claim === claim) return result;
  return {
    ...result,
    claim,
    conflicts: result.conflicts.map((c) => ({ ...c, claimSpan: shiftSpan(c.claimSpan, delta) })),
  };
}

/**
 * A check yields to the event loop (and checks its token) after every `JUDGED_PER_YIELD` claims or quotes, and
 * sooner when its time slice (`TimeSlice`, eventLoop.ts's `SLICE_MS`) is used up, so that other requests (a hover) are answered while a
 * long draft is judged, however slow each verdict is. At least one is judged between two yields.
 */
const JUDGED_PER_YIELD = 16;

/**
 * Claims whose searches run in a row before they are judged (`searchClaim`), at most: those of one time slice.
 * Searches back to back, then verdicts back to back, cost less than alternating (the draft of `npm run bench`
 * at 30 MB: about 5% less CPU per check; bench/README.md, "Searches ahead of verdicts").
 */
const SEARCHED_AHEAD = JUDGED_PER_YIELD;

interface Slicer {
  /**
   * A checkpoint before an item of a loop, told whether the item will be judged (a verdict from the cache costs
   * microseconds, so only judged items count towards `JUDGED_PER_YIELD`; time counts for all): a promise to await
   * when it is time to yield, else undefined.
   */
  (judged: boolean): Promise<void> | undefined;
  /** Whether the time slice is used up. */
  due(): boolean;
}

function slicer(token: CancellationToken | undefined, ms = SLICE_MS): Slicer {
  const time = new TimeSlice(ms);
  let items = 0;
  let judged = 0;
  const checkpoint = (judge: boolean) => {
    let pause: Promise<void> | undefined;
    if (items > 0 && (judged >= JUDGED_PER_YIELD || time.due())) {
      items = 0;
      judged = 0;
      pause = yieldToEventLoop().then(() => {
        time.next();
        throwIfCancelled(token);
      });
    }
    items++;
    if (judge) judged++;
    return pause;
  };
  return Object.assign(checkpoint, { due: () => time.due() });
}

export async function checkDraft(text: string, sources: PassageIndex, options: CheckOptions): Promise<DraftReport> {
  const { config, token, cache } = options;
  throwIfCancelled(token);
  const analysisOptions: AnalyzeDraftOptions = { format: options.format, claims: config.claims };
  let analysis = options.analyze ? await options.analyze(text, analysisOptions) : analyzeDraft(text, analysisOptions);
  // A quote's verdict and the attribution pass search the same quote: once (searchMemo.ts).
  const index = new RememberedSearches(sources, cache?.searchStore());
  cache?.validate(`${index.version}|${JSON.stringify(config.thresholds)}|${config.maxEvidence}`);
  const slice = slicer(token, options.sliceMs);

  // Statements without a name, number or date that a source passage is about are claims too (`aboutSources`).
  const candidateKeys = new Set<string>();
  /** Promoted sentences whose passages were measured to promote them: their verdicts need no second search. */
  const prepared = new Map<Claim, PreparedClaim>();
  if (analysis.candidates?.length) {
    const promoted: Claim[] = [];
    for (const candidate of analysis.candidates) {
      candidateKeys.add(candidate.text);
      const claim: Claim = { ...candidate, reasons: ['source'] };
      let about = cache?.getCandidate(candidate.text);
      const pause = slice(about === undefined);
      if (pause) await pause;
      if (about === undefined) {
        const measured = aboutSources(claim, index, config.thresholds);
        if (measured) prepared.set(claim, measured);
        about = measured !== undefined;
        cache?.setCandidate(candidate.text, about);
      }
      if (about) promoted.push(claim);
    }
    if (promoted.length) analysis = withClaims(analysis, promoted);
  }

  const judge: JudgeOptions = { thresholds: config.thresholds, maxEvidence: config.maxEvidence };
  const findings: Finding[] = [];
  const claimKeys = new Set<string>();
  const quoteKeys = new Set<string>();

  // Citations: resolve keys to documents; an unknown key is a finding of its own.
  const documentsForKey = new Map<string, string[]>();
  const ignored = analysis.ignored;
  const inIgnored = (span: Span) => ignored.some((r) => span.start >= r.start && span.end <= r.end);
  for (const citation of analysis.citations) {
    if (inIgnored(citation.span)) continue;
    const key = citation.key;
    if (!documentsForKey.has(key)) documentsForKey.set(key, index.documentsByKey(key).map((d) => d.id));
    if (documentsForKey.get(key)!.length === 0) {
      findings.push({
        code: 'unknown-citation',
        severity: 'error',
        span: citation.span,
        message: `No source has the citation key "${key}". Name a source file "${key}.txt" (or .md, .html), or fix the key.`,
      });
    }
  }
  const preferredDocuments = (keys: readonly string[]) => {
    const ids = keys.flatMap((key) => documentsForKey.get(key) ?? index.documentsByKey(key).map((d) => d.id));
    return ids.length ? ids : undefined;
  };

  let claims: ClaimResult[] = [];
  /** Each claim's cache key, and the result the cache or the judge gave (before the attribution pass). */
  const keyOf = analysis.claims.map((claim) => `${text.slice(claim.span.start, claim.span.end)}\u0000${claim.text}\u0000${claim.citations.map((c) => c.key).join(';')}`);
  const citedBy = (claim: Claim) => preferredDocuments(claim.citations.map((c) => c.key));
  /** Claims analysed and searched ahead of their verdicts (`SEARCHED_AHEAD`), by position. */
  const searched = new Map<number, ClaimInfo>();
  for (let i = 0; i < analysis.claims.length; i++) {
    const claim = analysis.claims[i];
    const key = keyOf[i];
    claimKeys.add(key);
    let result = cache?.getClaim(key, claim);
    const pause = slice(!result);
    if (pause) await pause;
    if (result) cache!.hits++;
    else {
      if (cache) cache.misses++;
      const measured = prepared.get(claim);
      if (!searched.has(i) && !measured) {
        // This claim's search and those of the next claims to judge, as many as this time slice has room for.
        for (let j = i, ahead = 0; j < analysis.claims.length && ahead < SEARCHED_AHEAD; j++) {
          if (j > i && slice.due()) break;
          if (j > i && (cache?.hasClaim(keyOf[j]) || prepared.has(analysis.claims[j]))) continue;
          searched.set(j, searchClaim(analysis.claims[j], index, citedBy(analysis.claims[j])));
          ahead++;
        }
      }
      result = locateConflicts(measured ? withWordsElsewhere(decideClaim(measured, judge), index) : judgeClaim(claim, index, { ...judge, preferDocuments: citedBy(claim) }, searched.get(i)), text);
      searched.delete(i);
      cache?.setClaim(key, claim, result);
    }
    claims.push(result);
  }

  // A paragraph that draws on one source: its claims that cite nothing are checked against that source as if they
  // cited it, when it holds a passage as good as the one found elsewhere ("The issue is rated AA by Standard and
  // Poor's." in a paragraph on one bond offering, when another offering in the folder was rated AA).
  const findingKeys = [...keyOf];
  for (const [i, source] of paragraphSources(analysis.claims, claims)) {
    const claim = analysis.claims[i];
    const key = `${keyOf[i]}\u0000@${source}`;
    claimKeys.add(key);
    let result = cache?.getClaim(key, claim);
    const pause = slice(!result);
    if (pause) await pause;
    if (!result) {
      result = locateConflicts(judgeClaim(claim, index, { ...judge, preferDocuments: [source], widen: false }), text);
      cache?.setClaim(key, claim, result);
    }
    // (Not one contradiction for another: the claim's own best evidence found the conflict it has, "Caroline
    // Ashdown, Northmoor's group HR director" / "The Editor, Caroline Ashdown", which the paragraph's source, a memo
    // whose header gives another day, would replace with a worse one.)
    // (Nor a supported claim that another document states figure for figure, three figures or more, for one the
    // paragraph's source gives a sentence of few of them: "Around 94,000 litres … over the two days, and staff made 448
    // deliveries" / the statement's "Over the two days we handed out around 94,000 litres …, and our teams made 448
    // deliveries", not the timeline's "Deliveries made to 212 customers" of the first day.)
    if (claims[i].verdict === 'supported' && result.verdict === 'contradicted' && statedFigureForFigure(claim.text, claims[i], result)) continue;
    if (result.evidence[0]?.document.id === source && !(claims[i].verdict === 'contradicted' && result.verdict === 'contradicted')) {
      claims[i] = result;
      // Its finding is remembered under the key of the verdict it now has.
      findingKeys[i] = key;
    }
  }

  // A claim that works out its figures from the supported sentence right before it ("That is an increase of almost 47
  // per cent.") is supported by that sentence's evidence (`derivedFromPrevious`); its finding is remembered under a
  // key of both sentences.
  for (const [i, result] of derivedFromPrevious(text, analysis.claims, claims)) {
    claims[i] = result;
    findingKeys[i] = `${findingKeys[i]}\u0000^${findingKeys[i - 1]}`;
  }

  const quotes: QuoteResult[] = [];
  for (let i = 0; i < analysis.quotes.length; i++) {
    const quote = analysis.quotes[i];
    const key = `${quote.text}\u0000${quote.citations.join(';')}`;
    quoteKeys.add(key);
    let result = cache?.getQuote(key, quote);
    const pause = slice(!result);
    if (pause) await pause;
    if (result) cache!.hits++;
    else {
      if (cache) cache.misses++;
      result = judgeQuote(quote, index, { ...judge, preferDocuments: preferredDocuments(quote.citations) });
      cache?.setQuote(key, quote, result);
    }
    quotes.push(result);
  }
  cache?.retain(claimKeys, quoteKeys, candidateKeys);
  // Attribution below is one pass over every quote and supported claim (its look-ups in the sources are memoised
  // per index version in the cache; the draft's own attributions are found again each time): let waiting
  // requests go first.
  if (analysis.quotes.length + analysis.claims.length > JUDGED_PER_YIELD) await yieldToEventLoop();
  throwIfCancelled(token);

  // Who said it, and when: misattributed quotes, "said on Monday" against the source's date.
  // A claim whose only missing words are who said it and when is judged again without them (not cached: rare).
  const rejudge = (claim: Claim) => locateConflicts(judgeClaim(claim, index, { ...judge, preferDocuments: preferredDocuments(claim.citations.map((c) => c.key)) }), text);
  const judged = claims;
  const attribution = checkAttribution({ text, analysis, claims, quotes, index, thresholds: config.thresholds, judge: rejudge, memo: cache?.attributionMemo(), draftMemo: cache?.draftMemo() });
  claims = attribution.claims;
  findings.push(...attribution.findings);

  // One mistake, one finding: a claim whose every conflict lies inside a quote of its own that has a finding (the
  // quote's message gives the source's words and names each change: "“two” where the source has “three”"), or whose
  // every missing word is the quote's, gets none of its own; nor one whose every conflict is a speaker that a
  // misattributed quote of its own names both ways ("These words were said by Martin Okafor, not Raval").
  const flaggedQuotes = analysis.quotes.filter((q, k) => q.claim >= 0 && (quotes[k].verdict === 'altered' || quotes[k].verdict === 'not-found'));
  const misattributed = attribution.findings.filter((f) => f.code === 'misattributed-quote' && f.quote !== undefined && f.quote >= 0);
  const saidByQuote = (result: ClaimResult, i: number) => {
    const speakers = misattributed.filter((f) => analysis.quotes[f.quote!]?.claim === i);
    // (By surname, whatever the case: the source may give a transcript's label, "CLLR OKAFOR" for "Cllr Dev Okafor".)
    const surname = (name: string) => name.trim().split(/\s+/).pop()!.toLowerCase();
    if (result.verdict === 'contradicted' && speakers.length && result.conflicts.length > 0 && result.conflicts.every((c) => c.kind === 'name' && speakers.some((f) => f.message.toLowerCase().includes(surname(c.claim)) && f.message.toLowerCase().includes(surname(c.source))))) return true;
    const own = flaggedQuotes.filter((q) => q.claim === i);
    if (!own.length) return false;
    if (result.verdict === 'contradicted')
      return result.conflicts.length > 0 && result.conflicts.every((c) => c.claimSpan && own.some((q) => c.claimSpan!.start >= q.span.start && c.claimSpan!.end <= q.span.end));
    if (result.verdict !== 'unsupported' || !result.missing?.length || result.apart?.length) return false;
    const words = own.map((q) => q.text.toLowerCase());
    return result.missing.every((w) => words.some((t) => new RegExp(String.raw`(?<![\p{L}\d])${escapeRegExp(w.toLowerCase())}(?![\p{L}\d])`, 'u').test(t)));
  };
  claims.forEach((result, i) => {
    if (saidByQuote(result, i)) return;
    // A verdict the attribution pass changed (a speech date, a quote that confirms the claim) is worded afresh.
    const finding = cache && result === judged[i] ? cache.claimFinding(findingKeys[i], result, i) : claimFinding(result, i);
    if (finding) findings.push(finding);
  });
  quotes.forEach((result, i) => {
    const finding = quoteFinding(result, i);
    if (finding) findings.push(finding);
  });

  const withSeverity = findings
    .map((f) => ({ ...f, severity: config.severity[f.code] }))
    .filter((f): f is Finding => f.severity !== 'off')
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code));
  return { claims, quotes, findings: withSeverity, analysis };
}

/**
 * The claims to check again against their paragraph's source: in a paragraph of three claims or more where one
 * document gives the best evidence of at least two and of more than half of those supported or contradicted, each
 * claim that cites nothing and whose best evidence is another document's, with that document.
 */
function paragraphSources(claims: readonly Claim[], results: readonly ClaimResult[]): Map<number, string> {
  const out = new Map<number, string>();
  const byParagraph = new Map<number, number[]>();
  claims.forEach((c, i) => {
    let list = byParagraph.get(c.paragraph);
    if (!list) byParagraph.set(c.paragraph, (list = []));
    list.push(i);
  });
  for (const members of byParagraph.values()) {
    if (members.length < 3) continue;
    const counts = new Map<string, number>();
    let withEvidence = 0;
    for (const i of members) {
      const id = results[i].verdict !== 'unsupported' ? results[i].evidence[0]?.document.id : undefined;
      if (id === undefined) continue;
      withEvidence++;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    let source: string | undefined;
    for (const [id, n] of counts) if (n >= 2 && n * 2 > withEvidence) source = id;
    if (source === undefined) continue;
    for (const i of members) {
      if (claims[i].citations.length || results[i].evidence[0]?.document.id === source) continue;
      out.set(i, source);
    }
  }
  return out;
}

/** The analysis with more claims, in draft order; each quote keeps pointing at the claim that holds it. */
function withClaims(analysis: DraftAnalysis, added: readonly Claim[]): DraftAnalysis {
  const claims = [...analysis.claims, ...added].sort((a, b) => a.span.start - b.span.start);
  const position = new Map(claims.map((c, i) => [c, i]));
  const quotes = analysis.quotes.map((q) => (q.claim < 0 ? q : { ...q, claim: position.get(analysis.claims[q.claim])! }));
  return { ...analysis, claims, quotes };
}

/**
 * Gives each conflict the draft offsets of the claim's value when the verdict could not (the claim's text differs
 * from its draft slice, e.g. by a citation marker or markup): the value's first occurrence in the claim's slice.
 */
function locateConflicts(result: ClaimResult, text: string): ClaimResult {
  if (result.conflicts.every((c) => c.claimSpan)) return result;
  const { start, end } = result.claim.span;
  const slice = text.slice(start, end);
  return {
    ...result,
    conflicts: result.conflicts.map((c) => {
      if (c.claimSpan) return c;
      const at = slice.indexOf(c.claim);
      return at < 0 ? c : { ...c, claimSpan: { start: start + at, end: start + at + c.claim.length } };
    }),
  };
}

/**
 * Where a passage is, for messages: `sources/kcna.txt:12` (1-based line, as editors show it), or the page or
 * paragraph of a PDF, Word document or web archive (`sources/report.pdf p. 12`).
 */
export function evidenceLocation(evidence: Evidence): string {
  return locationLabel(evidence.document, evidence.passage.range.start, evidence.passage.span.start);
}

/** The evidence a finding points at: the best passage of its claim or quote. */
export function findingEvidence(report: DraftReport, finding: Finding): Evidence | undefined {
  let evidence: Evidence | undefined;
  if (finding.quote !== undefined && finding.quote >= 0) evidence = report.quotes[finding.quote]?.evidence[0];
  else if (finding.claim !== undefined && finding.claim >= 0) evidence = report.claims[finding.claim]?.evidence[0];
  // A "closest passage" that is not close says nothing (core/wording.ts): the message does not name it, so neither
  // does the related information, the quick fix or the SARIF related location.
  if (finding.code === 'unsupported-claim') return isClosePassage(evidence, 'claim') ? evidence : undefined;
  if (finding.code === 'unverified-quote') return isClosePassage(evidence, 'quote') ? evidence : undefined;
  return evidence;
}

/** Missing words named in an unsupported claim's message (the hover lists them all). */
const MAX_MISSING_IN_MESSAGE = 6;

function claimFinding(result: ClaimResult, index: number): Finding | undefined {
  const span = result.claim.span;
  if (result.verdict === 'contradicted') {
    const best = result.evidence[0];
    const where = best ? ` (${evidenceLocation(best)})` : '';
    const negation = result.conflicts.find((c) => c.kind === 'negation');
    const parts = result.conflicts.filter((c) => c.kind !== 'negation').map(describeConflict);
    const notes = result.conflicts.flatMap((c) => (c.note ? [c.note] : []));
    const message = parts.length
      ? `The source gives ${joinList(parts)}${where}${notes.length ? `; ${notes.join('; ')}` : ''}.`
      : negation
        ? `The source says the opposite${where}: “${negation.source.replace(/\.$/, '')}”.`
        : `The closest source passage contradicts this claim${where}.`;
    // (One line, whatever line breaks a hard-wrapped source's values carry: "Wednesday 2\nOctober 2024".)
    return { code: 'contradicted-claim', severity: 'error', span, message: message.replace(/\s*\n\s*/g, ' '), claim: index };
  }
  if (result.verdict === 'unsupported') {
    const best = result.evidence[0];
    const missing = result.missing ?? [];
    // Words some source has are only missing from a passage with the rest of the claim.
    const named = missingByPlace(missing.slice(0, MAX_MISSING_IN_MESSAGE), result.elsewhere);
    const more = missing.length > MAX_MISSING_IN_MESSAGE ? [`${missing.length - MAX_MISSING_IN_MESSAGE} more`] : [];
    const quoted = (words: string[]) => words.map((w) => `“${w}”`);
    const inNone = quoted(named.inNoSource);
    const notWithIt = quoted(named.notWithTheRest);
    if (notWithIt.length) notWithIt.push(...more);
    else inNone.push(...more);
    const shown = inNone.length + notWithIt.length > 0;
    const unstated = [
      inNone.length ? `No source states ${joinList(inNone)}` : '',
      notWithIt.length ? `${inNone.length ? 'and no' : 'No'} passage states ${joinList(notWithIt)} with the rest of this claim` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const close = isClosePassage(best, 'claim');
    // Words another passage has: the claim joins passages ("… despite more than 300 objections").
    const apart = result.apart?.length
      ? result.apart.map((a) => `${joinList(a.words.map((w) => `“${w}”`))} ${a.words.length > 1 ? 'are' : 'is'} in another passage (${evidenceLocation(a.evidence)})`).join('; ')
      : undefined;
    // (With the dates or figures it gives in the missing ones' place: "gives “Monday 3 March 2025” and covers the rest".)
    const near = result.near?.length ? `gives ${joinList(result.near.map((n) => `“${n.source}”`))} and ` : '';
    const rest = close ? `the closest passage (${evidenceLocation(best!)}) ${near}covers the rest of this claim` : undefined;
    const message = shown
      ? `${unstated}${apart ? `; ${apart}` : ''}${rest ? `; ${rest}` : '; no source passage comes close to this claim'}.`
      : apart
        ? `No single passage supports this claim: ${apart}${rest ? `; ${rest}` : ''}.`
        : close
          ? `No source supports this claim as written: the closest passage (${evidenceLocation(best!)}) has its words, but not this statement.`
          : 'No source supports this claim: no source passage comes close to it.';
    return { code: 'unsupported-claim', severity: 'warning', span, message, claim: index };
  }
  return undefined;
}

function quoteFinding(result: QuoteResult, index: number): Finding | undefined {
  const span = result.quote.span;
  if (result.verdict === 'altered' && result.sourceWording) {
    const where = locationLabel(result.sourceWording.document, result.sourceWording.range.start, result.sourceWording.span.start);
    // Draft → source, as everywhere (core/wording.ts).
    const changes = describeQuoteChanges(result.differences ?? []);
    return {
      code: 'altered-quote',
      severity: 'error',
      span,
      message: `This quote differs from the source (${where}), which reads “${result.sourceWording.text.replace(/\s*\n\s*/g, ' ')}”${changes ? `: ${changes}` : ''}.`,
      quote: index,
    };
  }
  if (result.verdict === 'not-found' || result.verdict === 'altered') {
    return {
      code: 'unverified-quote',
      severity: 'warning',
      span,
      message: 'These quoted words appear in no source.',
      quote: index,
    };
  }
  return undefined;
}

function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Counts of a report (or of several) by where each claim and quote stands (standing.ts), so that every reader of a
 * summary (the CLI's text and JSON, Check Citations, the Claims view's title) counts the same way:
 * `claims = supported + flagged + contradicted + unsupported` and
 * `quotes = verbatim + misattributed + altered + notFound`.
 */
export interface ReportSummary {
  claims: number;
  /** Clear claims: supported, with no finding on them or on a quote or citation marker inside them. */
  supported: number;
  /** Claims the sources support that carry a finding (misattributed, or a flagged quote or citation inside). */
  flagged: number;
  contradicted: number;
  unsupported: number;
  quotes: number;
  /** Quotes verbatim in a source and said by whom the draft says (a verbatim quote's one possible finding is a misattribution). */
  verbatim: number;
  /** Quotes whose words someone else said in the source. */
  misattributed: number;
  altered: number;
  notFound: number;
  findings: Record<FindingCode, number>;
}

export function emptySummary(): ReportSummary {
  return {
    claims: 0,
    supported: 0,
    flagged: 0,
    contradicted: 0,
    unsupported: 0,
    quotes: 0,
    verbatim: 0,
    misattributed: 0,
    altered: 0,
    notFound: 0,
    findings: { 'unsupported-claim': 0, 'contradicted-claim': 0, 'altered-quote': 0, 'unverified-quote': 0, 'unknown-citation': 0, 'misattributed-quote': 0 },
  };
}

/** Adds a report's counts to a summary (for one draft, or a whole workspace). */
export function addToSummary(summary: ReportSummary, report: DraftReport, standing: DraftStanding = standingOf(report)): ReportSummary {
  summary.claims += report.claims.length;
  for (const c of standing.claims) {
    if (c.group === 'misattributed' || c.group === 'flagged') summary.flagged++;
    else summary[c.group]++;
  }
  summary.quotes += report.quotes.length;
  for (const q of standing.quotes) {
    if (q.group === 'not-found') summary.notFound++;
    else summary[q.group]++;
  }
  for (const f of report.findings) summary.findings[f.code]++;
  return summary;
}
