/**
 * The hover cards (server/src/hoverCards.ts): the exact Markdown for a hostile source (issue 11: command links,
 * remote images, raw HTML, `$(codicon)` syntax, backtick runs), what a card leaves to the diagnostic above it and
 * what it says when nothing is close (issue 10, item 6), and a fast-check property: whatever the sources say, a card
 * renders with no link but ours, no image, no HTML, no code span and no icon.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import type { ClaimResult, Evidence, Finding, QuoteResult, SourceDocument, Span } from '../../server/src/core/types';
import { pathToUri } from '../../server/src/convert';
import { citationHover, claimHover, excerpt, MAX_EXCERPT, quoteHover } from '../../server/src/hoverCards';

const requireCjs = createRequire(__filename);
// markdown-it renders CommonMark; `html: true` and `linkify: true` make it stricter than VS Code's hover renderer.
const MarkdownIt = requireCjs('markdown-it') as new (options: object) => { render(src: string): string };
const md = new MarkdownIt({ html: true, linkify: true });

function documentOf(text: string, id = 'sources/rumours.txt', title?: string): SourceDocument {
  return {
    id,
    key: id.replace(/^.*\//, '').replace(/\.[^.]*$/, ''),
    file: `/ws/${id}`,
    format: 'text',
    title,
    text,
    toFileOffset: (n) => n,
    filePosition: () => ({ line: 0, character: 0 }),
  };
}

function evidenceOf(document: SourceDocument, score: number, bold: string[] = [], line = 2): Evidence {
  const text = document.text;
  const matches: Span[] = bold.map((w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length }));
  return {
    document,
    score,
    matches,
    passage: {
      id: `${document.id}#0`,
      documentId: document.id,
      ordinal: 0,
      span: { start: 0, end: text.length },
      paragraph: { start: 0, end: text.length },
      range: { start: { line, character: 0 }, end: { line, character: text.length } },
    },
  };
}

function claimResult(verdict: ClaimResult['verdict'], evidence: Evidence[], extra: Partial<ClaimResult> = {}): ClaimResult {
  return {
    claim: { text: 'The border market reopened on March 3.', span: { start: 0, end: 38 }, paragraph: 0, citations: [], reasons: [] },
    verdict,
    score: evidence[0]?.score ?? 0,
    evidence,
    conflicts: [],
    ...extra,
  };
}

const HOSTILE =
  'A trader claimed that the border market [x](command:evil) reopened on March 3 <img src=x onerror=alert(1)> ' +
  '![map](https://tracker.example/pixel.png) $(zap) ``run`` <b>after</b> the amnesty.';

const LINK = 'command:claimcheck.openSource?%5B%22file%3A%2F%2F%2Fws%2Fsources%2Frumours.txt%22%2C2%2C0%2C2%2C' + HOSTILE.length + '%5D';

test('the exact card of a claim supported by a hostile passage', () => {
  const document = documentOf(HOSTILE, 'sources/rumours.txt', 'Rumour <mill> [1](http://x)');
  const card = claimHover(claimResult('supported', [evidenceOf(document, 0.81, ['border market', 'reopened', 'March 3'])]), undefined, 0.56);
  assert.equal(card!.kind, 'markdown');
  assert.equal(
    card!.value,
    [
      '**Claimcheck** · ✓ **Supported** · support 81%',
      `**sources\\/rumours\\.txt** — Rumour \\<mill\\> \\[1\\]\\(http\\:\\/\\/x\\) · line 3 · [Open source](${LINK})`,
      '> A trader claimed that the **border market** \\[x\\]\\(command\\:evil\\) **reopened** on **March 3** \\<img src\\=x onerror\\=alert\\(1\\)\\> ' +
        '\\!\\[map\\]\\(https\\:\\/\\/tracker\\.example\\/pixel\\.png\\) \\$\\(zap\\) \\`\\`run\\`\\` \\<b\\>after\\<\\/b\\> the amnesty\\.',
    ].join('\n\n'),
  );
  const html = md.render(card!.value);
  assert.doesNotMatch(html, /<img|<b>|<code|<script/);
  assert.deepEqual([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]), [LINK]);
});

test('a contradicted claim: no support score; the conflict only when no diagnostic says it; the source value in bold', () => {
  const text = 'On January 10, KCNA announced a prisoner amnesty.';
  const document = documentOf(text, 'sources/kcna.txt');
  const evidence = evidenceOf(document, 0.86, ['KCNA announced']);
  const conflicts = [{ claim: 'January 15', source: 'January 10', kind: 'date' as const, sourceSpan: { start: 3, end: 13 } }];
  const finding: Finding = { code: 'contradicted-claim', severity: 'error', span: { start: 0, end: 10 }, message: 'The source gives January 10, not January 15.', claim: 0 };
  const shown = claimHover(claimResult('contradicted', [evidence], { conflicts }), finding, 0.56)!.value;
  assert.doesNotMatch(shown, /support|86%/);
  assert.doesNotMatch(shown, /not ~~/, 'the diagnostic says it');
  assert.match(shown, /> On \*\*January 10\*\*\\, \*\*KCNA announced\*\* a prisoner amnesty\\\./);
  const silent = claimHover(claimResult('contradicted', [evidence], { conflicts }), undefined, 0.56)!.value;
  assert.match(silent, /The source gives \*\*January 10\*\*, not ~~January 15~~/, 'severity off: the card says it');
  // A name conflict names the differing part.
  const names = [{ claim: 'Texas Judge Letitia Clark', source: 'Texas Judge Letitia Brown', kind: 'name' as const }];
  assert.match(claimHover(claimResult('contradicted', [evidence], { conflicts: names }), undefined, 0.56)!.value, /gives \*\*Brown\*\*, not ~~Clark~~/);
});

test('nothing close: an unsupported claim or a quote found nowhere says so and shows no passage', () => {
  const document = documentOf('In 2005 we will see the generosity of the Party.');
  const weak = evidenceOf(document, 0.22, ['we will', 'the', 'of']);
  // With the severity off (no diagnostic), the card says it.
  assert.equal(
    claimHover(claimResult('unsupported', [weak]), undefined, 0.56)?.value,
    '**Claimcheck** · ? **Unsupported** · no source passage comes close to this claim.',
  );
  const quote: QuoteResult = { quote: { text: 'we will win', span: { start: 0, end: 11 }, claim: -1, citations: [] }, verdict: 'not-found', score: 0.22, evidence: [weak] };
  assert.equal(quoteHover(quote, undefined)?.value, '**Claimcheck** · ? **Quote not found** · no source passage comes close to these words.');
  // With a diagnostic saying just that, no card at all: one section in the hover, not two saying the same.
  const unsupportedFinding: Finding = { code: 'unsupported-claim', severity: 'warning', span: { start: 0, end: 1 }, message: '…', claim: 0 };
  assert.equal(claimHover(claimResult('unsupported', [weak]), unsupportedFinding, 0.56), null);
  assert.equal(quoteHover(quote, { code: 'unverified-quote', severity: 'warning', span: { start: 0, end: 1 }, message: '…', quote: 0 }), null);
  const close = evidenceOf(document, 0.45, ['generosity', 'Party']);
  assert.match(claimHover(claimResult('unsupported', [close]), unsupportedFinding, 0.56)!.value, /closest passage covers part of it \(support 45%\)[\s\S]*\*\*generosity\*\*/);
});

test('an altered quote: the source wording with the differing words in bold; the changes only without a diagnostic', () => {
  const sourceText = 'They carried it out only because they didn’t have any space in prisons.';
  const document = documentOf(sourceText, 'sources/report.txt');
  const wording = 'They carried it out only because they didn’t have any space in prisons';
  const result: QuoteResult = {
    quote: { text: 'They carried it out only because they had no space in the prisons.', span: { start: 0, end: 60 }, claim: -1, citations: [] },
    verdict: 'altered',
    score: 0.77,
    evidence: [evidenceOf(document, 0.77)],
    sourceWording: { text: wording, document, span: { start: 0, end: wording.length }, range: { start: { line: 10, character: 4 }, end: { line: 10, character: 74 } } },
    differences: [{ quote: 'had no', source: 'didn’t have any' }, { quote: 'the', source: '' }],
  };
  const finding: Finding = { code: 'altered-quote', severity: 'error', span: { start: 0, end: 60 }, message: '…', quote: 0 };
  const shown = quoteHover(result, finding)!.value;
  assert.match(shown, /^\*\*Claimcheck\*\* · ✗ \*\*Altered quote\*\* · 77% of the words match\n\nThe source reads, in \*\*sources\\\/report\\\.txt\*\* · line 11/);
  assert.match(shown, /> “They carried it out only because they \*\*didn’t have any\*\* space in prisons”$/);
  assert.doesNotMatch(shown, /~~/);
  const silent = quoteHover(result, undefined)!.value;
  assert.match(silent, /~~had no~~ → \*\*didn’t have any\*\*/, 'draft → source');
  assert.match(silent, /~~the~~ is not in the source/);
});

test('a long passage is cut around its matching words, so the card needs no scrolling', () => {
  const long = `${'Background words about other matters. '.repeat(20)}The amnesty was announced on January 10 by KCNA. ${'More unrelated text follows here. '.repeat(20)}`;
  const at = long.indexOf('January 10');
  const out = excerpt(long, [{ start: at, end: at + 10 }]);
  assert.ok(out.startsWith('…') && out.endsWith('…'));
  assert.match(out, /\*\*January 10\*\*/);
  assert.ok(out.replace(/\\(.)/g, '$1').replace(/\*\*/g, '').length <= MAX_EXCERPT + 2, `${out.length}`);
});

test('a citation marker: the sources its key names; nothing for a key that names none', () => {
  const card = citationHover('kcna', [documentOf('text', 'sources/kcna.txt', 'KCNA statement')]);
  assert.ok(card);
  assert.match(card!.value, /^\*\*Claimcheck\*\* · \\\[@kcna\\\] cites\n\n\*\*sources\\\/kcna\\\.txt\*\* — KCNA statement · \[Open source\]\(command:claimcheck\.openSource\?/);
  assert.equal(citationHover('nosuch', []), null);
});

// ---------------------------------------------------------------------------------------------------------
// The property

const hostileChar = fc.constantFrom(
  ...'abc XYZ 019',
  '[', ']', '(', ')', '<', '>', '!', '*', '_', '`', '~', '#', '&', ';', ':', '/', '\\', '.', '-', '+', '=', '|', '{', '}', '"', "'", '$', '%', '\n', '\t', '“', '”', 'é', '\u00a0',
);
const hostileText = fc.oneof(
  fc.string({ unit: hostileChar, minLength: 1, maxLength: 80 }),
  fc.constantFrom('[x](command:evil)', '![i](https://tracker.example/p.png)', '<img src=x onerror=alert(1)>', '$(zap)', '``code``', '<https://a.example>', 'www.example.com', '&#60;b&#62;', '\\$(x)', '[r]: command:evil\n\n[r]'),
);
const piece = fc.array(hostileText, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));

/** Every link in the rendered card is ours, with JSON arguments naming the document's file and integer positions. */
function assertInert(markdown: string, file: string): void {
  const html = md.render(markdown);
  assert.doesNotMatch(html, /<(?!\/?(p|strong|s|blockquote|a|br)\b)[a-z!?/]/i, `only our own tags: ${html}`);
  for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
    assert.match(href, /^command:claimcheck\.openSource\?/, href);
    const args = JSON.parse(decodeURIComponent(href.slice(href.indexOf('?') + 1)));
    assert.equal(args[0], pathToUri(file));
    assert.ok(args.slice(1).every((n: unknown) => Number.isInteger(n)));
  }
  assert.doesNotMatch(markdown, /(?<!\\)\$\(/, 'no $( that could become an icon');
}

test('property: whatever a source says, every card renders with no link but ours, no image, no HTML, no code, no icon', () => {
  fc.assert(
    fc.property(piece, piece, fc.option(piece, { nil: undefined }), piece, piece, fc.double({ min: 0, max: 1, noNaN: true }), (text, id, title, key, other, score) => {
      const safeId = `sources/${id.replace(/[\s/]/g, '_') || 'x'}.txt`;
      const document = documentOf(text, safeId, title);
      document.key = key;
      const bold = [{ start: 0, end: Math.min(text.length, 5) }];
      const evidence: Evidence = { ...evidenceOf(document, score), matches: bold };
      const file = document.file;
      for (const verdict of ['supported', 'contradicted', 'unsupported'] as const) {
        const conflicts = verdict === 'contradicted' ? [{ claim: other, source: text, kind: 'name' as const, sourceSpan: { start: 0, end: 3 } }] : [];
        const result = claimResult(verdict, [evidence, evidence], { conflicts, score });
        result.claim.citations = [{ key, span: { start: 0, end: 1 } }];
        assertInert(claimHover(result, undefined, 0.5)?.value ?? '', file);
        // A finding's message quotes the source (its wording, its speaker's name): escaped like the rest.
        const inside: Finding = { code: 'altered-quote', severity: 'error', span: { start: 0, end: 1 }, message: `The source reads “${text}”: ${other}.`, quote: 0 };
        assertInert(claimHover(result, undefined, 0.5, [inside])?.value ?? '', file);
      }
      const quote: QuoteResult = {
        quote: { text: other, span: { start: 0, end: 1 }, claim: -1, citations: [] },
        verdict: 'altered',
        score,
        evidence: [evidence],
        sourceWording: { text, document, span: { start: 0, end: text.length }, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } } },
        differences: [{ quote: other, source: text.slice(0, 4) }, { quote: key, source: '' }, { quote: '', source: title ?? 'x' }],
      };
      assertInert(quoteHover(quote, undefined)!.value, file);
      assertInert(quoteHover({ ...quote, verdict: 'verbatim' }, undefined)!.value, file);
      assertInert(quoteHover({ ...quote, verdict: 'not-found', sourceWording: undefined }, undefined)!.value, file);
      assertInert(citationHover(key, [document])!.value, file);
    }),
    { numRuns: 300 },
  );
});

test('a supported claim with a flagged quote or citation inside is not a plain "✓ Supported": the card names each finding', () => {
  const document = documentOf('Dr Amara Okafor: The oysters are coming back faster than anyone expected.', 'sources/harbour-panel.vtt');
  const result = claimResult('supported', [evidenceOf(document, 0.52, ['oysters are coming back'])]);
  const quote: Finding = {
    code: 'misattributed-quote',
    severity: 'error',
    span: { start: 1, end: 20 },
    message: 'These words were said by Dr Amara Okafor (marine biologist), not Brennan (sources/harbour-panel.vtt:22, 00:00:17).',
    quote: 0,
  };
  const lines = claimHover(result, undefined, 0.56, [quote])!.value.split('\n\n');
  assert.deepEqual(lines.slice(0, 2), [
    '**Claimcheck** · ! **Supported, but a quote in it is flagged** · support 52%',
    '**Misattributed quote**: These words were said by Dr Amara Okafor \\(marine biologist\\)\\, not Brennan \\(sources\\/harbour\\-panel\\.vtt\\:22\\, 00\\:00\\:17\\)\\.',
  ]);
  assert.match(lines[2], /^\*\*sources\\\/harbour\\-panel\\\.vtt\*\* · line 3/, 'then the passage, as for any supported claim');
  const citation: Finding = { code: 'unknown-citation', severity: 'error', span: { start: 30, end: 38 }, message: 'No source has the citation key "x".' };
  assert.match(claimHover(result, undefined, 0.56, [quote, citation])!.value, /^\*\*Claimcheck\*\* · ! \*\*Supported, but a quote and a citation in it are flagged\*\*/);
  // Its own misattribution (reported speech): the diagnostic above says who; the card does not say "✓".
  const own: Finding = { ...quote, quote: undefined, claim: 0, message: 'In the source, this was said by Dr Amara Okafor, not Brennan.' };
  const card = claimHover(result, own, 0.56)!.value;
  assert.match(card, /^\*\*Claimcheck\*\* · ✗ \*\*Misattributed quote\*\* · the source supports what was said, not who said it \(support 52%\)/);
  assert.doesNotMatch(card, /✓|Okafor, not/, 'nothing the diagnostic says');
  // Nothing flagged: the plain card.
  assert.match(claimHover(result, undefined, 0.56, [])!.value, /^\*\*Claimcheck\*\* · ✓ \*\*Supported\*\* · support 52%/);
});

test('a verbatim quote someone else said: "Misattributed quote", not "✓ Verbatim quote"', () => {
  const text = 'The oysters are coming back faster than anyone expected.';
  const document = documentOf(text, 'sources/harbour-panel.vtt');
  const quote: QuoteResult = {
    quote: { text: 'The oysters are coming back faster than anyone expected', span: { start: 1, end: 56 }, claim: 0, citations: [] },
    verdict: 'verbatim',
    score: 1,
    evidence: [evidenceOf(document, 1)],
    sourceWording: { text: text.slice(0, -1), document, span: { start: 0, end: text.length - 1 }, range: { start: { line: 21, character: 0 }, end: { line: 21, character: 55 } } },
  };
  const misattributed: Finding = { code: 'misattributed-quote', severity: 'error', span: quote.quote.span, message: 'These words were said by Dr Amara Okafor, not Brennan.', quote: 0 };
  const card = quoteHover(quote, misattributed)!.value;
  assert.match(card, /^\*\*Claimcheck\*\* · ✗ \*\*Misattributed quote\*\* · the words are verbatim in the source\n\nIn \*\*sources/);
  assert.doesNotMatch(card, /✓|Okafor/);
  assert.match(quoteHover(quote, undefined)!.value, /^\*\*Claimcheck\*\* · ✓ \*\*Verbatim quote\*\*/, 'without a finding (severity off): verbatim');
});

test('a supported claim\'s card links every supporting passage the verdict kept (the maxEvidence setting), not a fixed three', () => {
  const text = 'One. Two. Three. Four. Five. Six.';
  const document = documentOf(text, 'sources/a.txt');
  const evidence = ['One', 'Two', 'Three', 'Four', 'Five', 'Six'].map((word, k) => {
    const start = text.indexOf(word);
    const end = text.indexOf('.', start) + 1;
    const passage = { id: `${document.id}#${k}`, documentId: document.id, ordinal: k, span: { start, end }, paragraph: { start: 0, end: text.length }, range: { start: { line: k, character: 0 }, end: { line: k, character: end - start } } };
    // Five passages support the claim; the sixth does not reach the support threshold.
    return { passage, document, score: k < 5 ? 0.8 - k * 0.01 : 0.3 };
  });
  const links = (value: string) => value.match(/\]\(command:claimcheck\.openSource\?/g)?.length ?? 0;
  const card = claimHover(claimResult('supported', evidence), undefined, 0.56)!.value;
  assert.equal(links(card), 5, card);
  assert.match(card, /> One\\\./);
  const also = card.split('\n').find((line) => line.startsWith('Also supported by: ')) ?? '';
  assert.deepEqual([...also.matchAll(/\[([^\]]*)\]\(command:/g)].map((m) => m[1].replace(/\\/g, '')), ['sources/a.txt:2', 'sources/a.txt:3', 'sources/a.txt:4', 'sources/a.txt:5']);
  assert.equal(links(claimHover(claimResult('supported', evidence.slice(0, 1)), undefined, 0.56)!.value), 1);
});

test('passages on one line of a source (an abstract, a wire story) are linked by line and column, each label its own', () => {
  const text = 'One claim here. Two claims there. Three claims everywhere.';
  const document = documentOf(text, 'sources/abstract.txt');
  const evidence = ['One', 'Two', 'Three'].map((word, k) => {
    const start = text.indexOf(word);
    const end = text.indexOf('.', start) + 1;
    const passage = { id: `${document.id}#${k}`, documentId: document.id, ordinal: k, span: { start, end }, paragraph: { start: 0, end: text.length }, range: { start: { line: 0, character: start }, end: { line: 0, character: end } } };
    return { passage, document, score: 0.8 };
  });
  const card = claimHover(claimResult('supported', evidence), undefined, 0.56)!.value;
  const also = card.split('\n').find((line) => line.startsWith('Also supported by: ')) ?? '';
  assert.deepEqual([...also.matchAll(/\[([^\]]*)\]\(command:/g)].map((m) => m[1].replace(/\\/g, '')), ['sources/abstract.txt:1:17', 'sources/abstract.txt:1:35']);
});
