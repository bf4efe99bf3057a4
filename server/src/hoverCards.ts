/**
 * The hover cards: what a claim, a quote or a citation marker rests on, as Markdown. Rendering only (the decisions
 * are the engine's and core/wording.ts's).
 *
 * A card does not repeat the diagnostic shown above it in the same hover: the diagnostic says what is wrong, the
 * card shows the evidence. So the conflicting value and a quote's changes are spelled out only when no diagnostic
 * says them (the finding's severity is `off`). One passage is shown, trimmed around its matching words so the card
 * needs no scrolling; other passages are one line of links. A contradicted claim shows no support score (it would
 * read as "supported"); a closest passage that is not close is not shown at all, and when that leaves nothing but
 * what the diagnostic says, there is no card.
 *
 * Source text is untrusted. Every piece of it goes through `escapeMarkdown`, which makes links, images, autolinks,
 * HTML, entities, emphasis, code spans (backtick runs), `$(icon)` syntax and block syntax impossible; the only links
 * are ours, to the `claimcheck.openSource` command with JSON arguments (the client trusts that command alone).
 */
import { MarkupKind, type MarkupContent } from 'vscode-languageserver';
import { conflictParts, evidenceLocation, findingName, isClosePassage, missingByPlace, type ClaimResult, type Evidence, type Finding, type QuoteResult, type SourceDocument, type Span } from './core/api';
import { dateText, escapeMarkdown, openArgs, openSourceCommandUri, placeText, sourceUri } from './convert';

/** Passages longer than this (characters) are cut around their matching words. */
export const MAX_EXCERPT = 320;
/** Characters of context kept before the first matching word of a cut passage. */
const EXCERPT_LEAD = 80;
/** Longest source wording of a quote shown whole. */
const MAX_WORDING = 400;
/** Sources a citation card lists before "and N more". */
const MAX_CITED_SOURCES = 3;

function percent(score: number): string {
  return `${Math.round(Math.max(0, Math.min(1, score)) * 100)}%`;
}

/** Text with some spans in bold; everything escaped. Bold spans are merged so that markers never nest. */
export function renderWithBold(text: string, spans: readonly Span[]): string {
  const marks = spans
    .map((s) => ({ start: Math.max(0, Math.min(text.length, s.start)), end: Math.max(0, Math.min(text.length, s.end)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of marks) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  let out = '';
  let at = 0;
  for (const s of merged) {
    out += escapeMarkdown(text.slice(at, s.start));
    const inner = text.slice(s.start, s.end);
    // Bold must hug non-space characters to render as bold.
    const lead = inner.match(/^\s*/)![0];
    const trail = inner.match(/\s*$/)![0];
    const core = inner.slice(lead.length, inner.length - trail.length);
    out += (lead ? ' ' : '') + (core ? `**${escapeMarkdown(core)}**` : '') + (trail ? ' ' : '');
    at = s.end;
  }
  return out + escapeMarkdown(text.slice(at));
}

/** A passage cut to at most MAX_EXCERPT characters around its bold spans, with `…` where it was cut. */
export function excerpt(text: string, bold: readonly Span[]): string {
  if (text.length <= MAX_EXCERPT) return renderWithBold(text, bold);
  const first = Math.min(...bold.filter((s) => s.end > s.start).map((s) => s.start), text.length);
  let start = first >= text.length ? 0 : Math.max(0, first - EXCERPT_LEAD);
  let end = Math.min(text.length, start + MAX_EXCERPT);
  if (end === text.length) start = Math.max(0, end - MAX_EXCERPT);
  // Cut at spaces, not inside words.
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = Math.max(start + 1, text.lastIndexOf(' ', end));
  const shifted = bold.map((s) => ({ start: s.start - start, end: s.end - start }));
  return `${start > 0 ? '…' : ''}${renderWithBold(text.slice(start, end), shifted)}${end < text.length ? '…' : ''}`;
}

/** The source's name, title and date (`recorded …` for a transcript). */
function documentName(document: SourceDocument): string {
  return `**${escapeMarkdown(document.id)}**${document.title ? ` — ${escapeMarkdown(document.title)}` : ''}${dateText(document)}`;
}

/** A PDF, Word or web-archive source opens as its extracted text (`sourceUri`); a PDF link also names the page. */
function openLink(document: SourceDocument, range: { start: { line: number; character: number }; end: { line: number; character: number } }, label = 'Open source', offset?: number): string {
  const extra = offset !== undefined ? openArgs(document, offset) : undefined;
  return `[${escapeMarkdown(label)}](${openSourceCommandUri(sourceUri(document), range.start.line, range.start.character, range.end, extra)})`;
}

function sentenceOf(evidence: Evidence): string {
  return evidence.document.text.slice(evidence.passage.span.start, evidence.passage.span.end);
}

/** "**sources/kcna.txt** · line 4 · [Open source](…)" then the passage, quoted. */
function passageBlock(evidence: Evidence, prefix: string, extraBold: readonly Span[] = []): string[] {
  const { line } = evidence.passage.range.start;
  return [
    `${prefix}${documentName(evidence.document)} · ${placeText(evidence.document, evidence.passage.span.start, line)} · ${openLink(evidence.document, evidence.passage.range, 'Open source', evidence.passage.span.start)}`,
    `> ${excerpt(sentenceOf(evidence), [...(evidence.matches ?? []), ...extraBold])}`,
  ];
}

/**
 * One line of links to other passages: "Also supported by: [sources/a.txt:3](…) · …". Every one given is listed:
 * the verdict keeps `maxEvidence` passages, and the setting promises them on hover.
 */
function otherPassages(label: string, evidence: readonly Evidence[], best?: Evidence): string[] {
  if (evidence.length === 0) return [];
  // Passages that share a line (an abstract or a wire story on one line) are told apart by their column:
  // "sources/a.txt:3:121", not "sources/a.txt:3" twice.
  const lineOf = (e: Evidence) => `${e.document.id}\u0000${e.passage.range.start.line}`;
  const onLine = new Map<string, number>();
  for (const e of best ? [best, ...evidence] : evidence) onLine.set(lineOf(e), (onLine.get(lineOf(e)) ?? 0) + 1);
  const links = evidence.map((e) => {
    const location = evidenceLocation(e);
    const text = onLine.get(lineOf(e))! > 1 && /:\d+$/.test(location) ? `${location}:${e.passage.range.start.character + 1}` : location;
    return openLink(e.document, e.passage.range, text, e.passage.span.start);
  });
  return [`${label}: ${links.join(' · ')}`];
}

function card(lines: string[]): MarkupContent {
  return { kind: MarkupKind.Markdown, value: lines.join('\n\n') };
}

/** "a quote", "a citation", "2 quotes and a citation": what is flagged inside a claim, and its verb. */
function flaggedInside(inside: readonly Finding[]): string {
  const quotes = inside.filter((f) => f.quote !== undefined && f.quote >= 0).length;
  const citations = inside.length - quotes;
  const count = (n: number, word: string) => (n === 0 ? [] : [n === 1 ? `a ${word}` : `${n} ${word}s`]);
  return `${[...count(quotes, 'quote'), ...count(citations, 'citation')].join(' and ')} in it ${inside.length === 1 ? 'is' : 'are'} flagged`;
}

/**
 * The card of a claim. `finding` is the claim's finding when one is reported (a diagnostic then says what is
 * wrong); `inside`, the findings on the quotes and citation markers inside it (core/standing.ts), which the editor
 * shows only over those words, so a card over the rest of the claim says them; `supportThreshold` decides which
 * other passages also support it. A supported claim with either is not shown as plainly "✓ Supported".
 */
export function claimHover(result: ClaimResult, finding: Finding | undefined, supportThreshold: number, inside: readonly Finding[] = []): MarkupContent | null {
  const cited = result.claim.citations.map((c) => `\\[@${escapeMarkdown(c.key)}\\]`).join(' ');
  const cites = cited ? ` · cites ${cited}` : '';
  const best = result.evidence[0];
  const lines: string[] = [];
  switch (result.verdict) {
    case 'supported': {
      if (finding) {
        // Its own finding (a misattribution of what it reports): the diagnostic above says who said it.
        const what = finding.code === 'misattributed-quote' ? 'the source supports what was said, not who said it' : 'the sources support it';
        lines.push(`**Claimcheck** · ✗ **${findingName(finding.code)}** · ${what} (support ${percent(result.score)})${cites}`);
      } else if (inside.length) {
        lines.push(`**Claimcheck** · ! **Supported, but ${flaggedInside(inside)}** · support ${percent(result.score)}${cites}`);
        for (const f of inside) lines.push(`**${findingName(f.code)}**: ${escapeMarkdown(f.message)}`);
      } else lines.push(`**Claimcheck** · ✓ **Supported** · support ${percent(result.score)}${cites}`);
      if (best) lines.push(...passageBlock(best, ''));
      const also = result.evidence.slice(1).filter((e) => e.score >= supportThreshold);
      lines.push(...otherPassages('Also supported by', also, best));
      break;
    }
    case 'contradicted': {
      lines.push(`**Claimcheck** · ✗ **Contradicted**${cites}`);
      if (!finding) {
        for (const conflict of result.conflicts) {
          const parts = conflictParts(conflict);
          lines.push(`The source gives **${escapeMarkdown(parts.source)}**, not ~~${escapeMarkdown(parts.claim)}~~`);
        }
      }
      const conflictSpans = result.conflicts.flatMap((c) => (c.sourceSpan ? [c.sourceSpan] : []));
      if (best) lines.push(...passageBlock(best, '', conflictSpans));
      break;
    }
    case 'unsupported': {
      // The words no source states (the diagnostic's message names them too, when there is one).
      // (Those some source has are only missing from a passage with the rest of the claim.)
      const bold = (words: string[]) => words.map((w) => `**${escapeMarkdown(w)}**`).join(', ');
      const { inNoSource, notWithTheRest } = missingByPlace(result.missing ?? [], result.elsewhere);
      const missing = finding
        ? []
        : [...(inNoSource.length ? [`In no source: ${bold(inNoSource)}`] : []), ...(notWithTheRest.length ? [`In no passage with the rest of this claim: ${bold(notWithTheRest)}`] : [])];
      if (isClosePassage(best, 'claim')) {
        lines.push(`**Claimcheck** · ? **Unsupported**${cites} · the closest passage covers part of it (support ${percent(best.score)})`);
        lines.push(...missing);
        if (!finding && result.apart?.length) lines.push(`In another passage: ${bold(result.apart.flatMap((a) => a.words))}`);
        lines.push(...passageBlock(best, ''));
      } else {
        // Nothing to show: the diagnostic, when there is one, has said it all.
        if (finding) return null;
        lines.push(`**Claimcheck** · ? **Unsupported**${cites} · no source passage comes close to this claim.`);
        lines.push(...missing);
      }
      break;
    }
  }
  return card(lines);
}

/** The card of a quote; `finding` as for claims. */
export function quoteHover(result: QuoteResult, finding: Finding | undefined): MarkupContent | null {
  const lines: string[] = [];
  const wording = result.sourceWording;
  if (result.verdict === 'not-found' || !wording) {
    const best = result.evidence[0];
    if (isClosePassage(best, 'quote')) {
      lines.push(`**Claimcheck** · ? **Quote not found** in any source · the closest passage matches ${percent(result.score)} of the words`);
      lines.push(...passageBlock(best, ''));
    } else {
      if (finding) return null;
      lines.push('**Claimcheck** · ? **Quote not found** · no source passage comes close to these words.');
    }
    return card(lines);
  }
  const altered = result.verdict === 'altered';
  // A misattributed quote has the source's words, from someone else: the diagnostic above says who.
  const verbatimTitle = finding?.code === 'misattributed-quote' ? '**Claimcheck** · ✗ **Misattributed quote** · the words are verbatim in the source' : '**Claimcheck** · ✓ **Verbatim quote**';
  lines.push(altered ? `**Claimcheck** · ✗ **Altered quote** · ${percent(result.score)} of the words match` : verbatimTitle);
  const changes = (result.differences ?? []).filter((d) => d.quote || d.source);
  if (altered && !finding) {
    for (const d of changes) {
      if (d.quote && d.source) lines.push(`~~${escapeMarkdown(d.quote)}~~ → **${escapeMarkdown(d.source)}**`);
      else if (d.quote) lines.push(`~~${escapeMarkdown(d.quote)}~~ is not in the source`);
      else lines.push(`**${escapeMarkdown(d.source)}** is left out`);
    }
  }
  const { line } = wording.range.start;
  lines.push(`${altered ? 'The source reads, in ' : 'In '}${documentName(wording.document)} · ${placeText(wording.document, wording.span.start, line)} · ${openLink(wording.document, wording.range, 'Open source', wording.span.start)}`);
  // The source's words that differ from the draft's, in bold: found in order in the wording.
  const bold: Span[] = [];
  let from = 0;
  for (const d of altered ? changes : []) {
    if (!d.source) continue;
    const at = wording.text.indexOf(d.source, from);
    if (at < 0) continue;
    bold.push({ start: at, end: at + d.source.length });
    from = at + d.source.length;
  }
  const cut = wording.text.lastIndexOf(' ', MAX_WORDING);
  const text = wording.text.length > MAX_WORDING ? wording.text.slice(0, cut > 0 ? cut : MAX_WORDING) : wording.text;
  lines.push(`> “${renderWithBold(text, bold)}${text.length < wording.text.length ? '…' : ''}”`);
  return card(lines);
}

/** The card of a citation marker `[@key]` whose key names sources; null when it names none (a diagnostic says so). */
export function citationHover(key: string, documents: readonly SourceDocument[]): MarkupContent | null {
  if (documents.length === 0) return null;
  const lines = [`**Claimcheck** · \\[@${escapeMarkdown(key)}\\] cites`];
  for (const document of documents.slice(0, MAX_CITED_SOURCES)) {
    const start = document.filePosition(document.toFileOffset(0));
    lines.push(`${documentName(document)} · ${openLink(document, { start, end: start })}`);
  }
  if (documents.length > MAX_CITED_SOURCES) lines.push(`and ${documents.length - MAX_CITED_SOURCES} more`);
  return card(lines);
}
