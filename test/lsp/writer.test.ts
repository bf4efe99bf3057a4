/**
 * The writer's view over a real JSON-RPC connection (issue 10): honest status counts (item 4), hovers that do not
 * repeat the diagnostic and say when nothing is close (item 6), Go to Definition targets (item 7), documents with no
 * language id (item 8), the draft list of the quick pick (item 3), the Claims view's data with coverage, and the
 * supported-claim inlay hints. Fixture: test/fixtures/workspace. Then, on the example (examples/newsroom), a claim
 * whose quote is flagged: no ✓, not in "Supported", not counted as supported, its quote not "verified".
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Hover, InlayHint, InlayHintLabelPart, Location, MarkupContent } from 'vscode-languageserver-protocol';
import { ClaimsRequest, ListDraftsRequest, type ClaimsResult, type ListDraftsResult } from '../../shared/protocol';
import { join } from 'node:path';
import { copyFixture, REPO, TestClient, waitFor } from './harness';

const requireCjs = createRequire(__filename);
const MarkdownIt = requireCjs('markdown-it') as new (options: object) => { render(src: string): string };

function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `fixture contains ${JSON.stringify(needle)}`);
  return TextDocument.create('file:///x', 'markdown', 1, text).positionAt(offset + delta);
}

function textAt(text: string, range: Diagnostic['range']): string {
  const doc = TextDocument.create('file:///x', 'markdown', 1, text);
  return text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
}

async function hoverAt(client: TestClient, uri: string, needle: string, delta = 1): Promise<string | null> {
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(client.text(uri), needle, delta) });
  return hover ? (hover.contents as MarkupContent).value : null;
}

describe('the writer\'s view on the fixture workspace', () => {
  let client: TestClient;
  let draft: string;

  before(async () => {
    client = await TestClient.start();
    draft = await client.open('drafts/report.md');
    await client.ready();
  });
  after(() => client.stop());

  test('item 4: the status counts every finding, by code and by severity, as the diagnostics show them', async () => {
    const diagnostics = await client.pullFull(draft);
    const byCode: Record<string, number> = {};
    for (const d of diagnostics) byCode[String(d.code)] = (byCode[String(d.code)] ?? 0) + 1;
    const errors = diagnostics.filter((d) => d.severity === 1).length;
    const status = await waitFor('a status with the draft\'s findings', () =>
      [...client.statuses].reverse().find((s) => s.findings === diagnostics.length && s.findingsBySeverity.error === errors));
    const reported = Object.fromEntries(Object.entries(status.findingsByCode).filter(([, n]) => n > 0));
    assert.deepEqual(reported, byCode);
    assert.ok(byCode['contradicted-claim'] && byCode['altered-quote'] && byCode['unknown-citation'], 'not only unsupported claims count');
    assert.equal(status.findingsBySeverity.warning, diagnostics.filter((d) => d.severity === 2).length);
  });

  test('item 6: a contradicted claim\'s card shows no support score; an unsupported claim with nothing close has no card, its diagnostic says so', async () => {
    const contradicted = await hoverAt(client, draft, 'announced on January 15');
    assert.ok(contradicted);
    assert.match(contradicted, /Contradicted/);
    assert.doesNotMatch(contradicted, /support \d+%/);
    // Nothing close, and the diagnostic says so: no card to repeat it (and no passage that is not close).
    assert.equal(await hoverAt(client, draft, 'food ration of 20 kilograms'), null);
    const diagnostics = await client.pullFull(draft);
    const unsupported = diagnostics.find((d) => d.code === 'unsupported-claim' && textAt(client.text(draft), d.range).includes('food ration'));
    assert.ok(unsupported);
    assert.equal(unsupported.relatedInformation, undefined, 'no "closest passage" that is not close');
    assert.match(String(unsupported.message), /no source passage comes close/);
  });

  test('item 6: on a citation marker, one card about the cited source; none on an unknown key, and the claim\'s finding stops before the marker', async () => {
    const known = await hoverAt(client, draft, '[@kcna]', 3);
    assert.ok(known);
    assert.match(known, /\\\[@kcna\\\] cites/);
    assert.match(known, /sources\\\/kcna\\\.txt/, 'the source, escaped');
    assert.doesNotMatch(known, /Contradicted|Supported/, 'not the claim\'s card');
    assert.equal(await hoverAt(client, draft, '[@nosuchsource]', 3), null, 'the unknown-citation diagnostic says it all');
    const text = client.text(draft);
    const diagnostics = await client.pullFull(draft);
    const contradicted = diagnostics.find((d) => d.code === 'contradicted-claim')!;
    assert.match(textAt(text, contradicted.range), /February 1\.$/, 'the claim\'s range ends with its sentence, not with [@kcna]');
    const definition = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: draft }, position: positionOf(text, '[@kcna]', 3) });
    assert.deepEqual(definition.map((l) => l.uri), [client.uri('sources/kcna.txt')], 'F12 on a marker opens the cited source');
  });

  test('item 7: Go to Definition answers with the whole passage, so the editor can select it', async () => {
    const text = client.text(draft);
    const location = await client.request<Location>('textDocument/definition', { textDocument: { uri: draft }, position: positionOf(text, 'economic crimes') });
    assert.equal(location.uri, client.uri('sources/interview-park.md'));
    const source = TextDocument.create(location.uri, 'markdown', 1, client.text(await client.open('sources/interview-park.md')));
    assert.equal(
      source.getText(location.range),
      'Park Sun-hee, a researcher in Seoul, estimates that between 1,500 and 3,000 prisoners could be released, most of them held for economic crimes.',
    );
  });

  test('the Claims view\'s data: every claim and quote with its verdict, best source, score and finding; coverage', async () => {
    const result = await client.request<ClaimsResult>(ClaimsRequest.method, { uri: draft });
    assert.equal(result.uri, draft);
    const claims = result.entries.filter((e) => e.kind === 'claim');
    const quotes = result.entries.filter((e) => e.kind === 'quote');
    assert.equal(claims.length, result.counts.claims);
    assert.equal(quotes.length, result.counts.quotes);
    const estimate = claims.find((e) => e.text.includes('1,500 and 3,000'))!;
    assert.equal(estimate.verdict, 'supported');
    assert.equal(estimate.source?.key, 'interview-park');
    assert.equal(estimate.source?.uri, client.uri('sources/interview-park.md'));
    assert.equal(estimate.sources, 1);
    assert.equal(estimate.finding, undefined);
    const january = claims.find((e) => e.text.includes('January 15'))!;
    assert.equal(january.verdict, 'contradicted');
    assert.equal(january.finding?.code, 'contradicted-claim');
    assert.equal(january.source?.range.start.line, 3);
    const ration = claims.find((e) => e.text.includes('food ration'))!;
    assert.equal(ration.verdict, 'unsupported');
    assert.equal(ration.source, undefined, 'nothing close');
    const altered = quotes.find((q) => q.verdict === 'altered')!;
    assert.match(altered.finding?.message ?? '', /“detained” where the source has “arrested”/, 'draft, then source');
    // Coverage: kcna.txt, interview-park.md and rumours.txt are each drawn on.
    assert.equal(result.coverage.claims, claims.length);
    // Supported: the claims listed as such (clear); the others the sources support carry a finding in them.
    assert.equal(result.coverage.supported, claims.filter((c) => c.group === 'supported').length);
    assert.equal(result.coverage.supported + result.coverage.flagged, claims.filter((c) => c.verdict === 'supported').length);
    assert.deepEqual(result.coverage.unusedSources, []);
    assert.match(result.coverageText, /^\d+ of \d+ claims supported \(\d+%\)/);
    assert.equal(await client.request(ClaimsRequest.method, { uri: client.uri('drafts/not-open.md') }), null);
  });

  test('the Claims view hears of a new report when the draft changes, and sources never used show in its coverage', async () => {
    const before = client.claimsChanged.length;
    const text = `${client.text(draft)}\nThe weather in Pyongyang was mild in January.\n`;
    await client.change(draft, [{ text }], text);
    await client.pullFull(draft);
    await waitFor('claimcheck/claimsChanged for the draft', () => (client.claimsChanged.slice(before).includes(draft) ? true : undefined));
    const result = await client.request<ClaimsResult>(ClaimsRequest.method, { uri: draft });
    assert.ok(result.entries.some((e) => e.text.includes('weather in Pyongyang')));
  });

  test('inlay hints mark supported claims with their source and line, linked to the passage', async () => {
    const text = client.text(draft);
    const doc = TextDocument.create(draft, 'markdown', 1, text);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri: draft },
      range: { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) },
    });
    const labels = hints.map((h) => (h.label as InlayHintLabelPart[]).map((p) => p.value).join(''));
    assert.ok(labels.includes('✓ interview-park:3'), `labels: ${labels.join(' | ')}`);
    assert.ok(labels.every((l) => l.startsWith('✓ ')));
    const hint = hints[labels.indexOf('✓ interview-park:3')];
    const part = (hint.label as InlayHintLabelPart[])[0];
    assert.equal(part.location?.uri, client.uri('sources/interview-park.md'));
    assert.equal(part.location?.range.start.line, 2);
    // After the claim's sentence and its citation marker.
    assert.ok(text.slice(0, doc.offsetAt(hint.position)).endsWith('economic crimes. [@interview-park]'));
    // Not on contradicted or unsupported claims.
    const contradictedLine = positionOf(text, 'January 15').line;
    assert.ok(!hints.some((h) => h.position.line === contradictedLine));
  });
});

describe('the supported-claim marker setting, language ids and the draft list', () => {
  test('markSupportedClaims: false (an editor setting, read although .claimcheck.json exists) turns the hints off, with a refresh', async () => {
    const client = await TestClient.start({ settings: { markSupportedClaims: true } });
    try {
      const draft = await client.open('drafts/report.md');
      await client.ready();
      const range = { start: { line: 0, character: 0 }, end: { line: 50, character: 0 } };
      const on = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: draft }, range });
      assert.ok(on.length >= 1);
      const refreshes = client.inlayHintRefreshes;
      client.settings = { markSupportedClaims: false };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await waitFor('an inlay hint refresh', () => (client.inlayHintRefreshes > refreshes ? true : undefined));
      const off = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: draft }, range });
      assert.deepEqual(off, []);
      assert.ok(!client.logs.some((l) => /Unknown setting/.test(l)), 'the editor setting is not an engine setting');
    } finally {
      await client.stop();
    }
  });

  test('item 8: a document with an empty language id is a draft by its extension; other files are skipped with a log line', async () => {
    const client = await TestClient.start();
    try {
      await client.ready();
      const md = await client.open('drafts/report.md', undefined, '');
      assert.ok((await client.pullFull(md)).some((d) => d.code === 'contradicted-claim'), 'checked as Markdown');
      const rst = await client.open('drafts/report.rst', 'The Presidium announced on January 15 a special amnesty.\n', '');
      assert.deepEqual(await client.pullFull(rst), []);
      await waitFor('a log line for the skipped document', () =>
        client.logs.find((l) => l.startsWith(`Not checking ${rst}`) && l.includes('.rst')));
    } finally {
      await client.stop();
    }
  });

  test('item 3: the draft list follows the one rule: excluded files and sources are not drafts; binary drafts are not checked', async () => {
    const fixture = copyFixture();
    writeFileSync(`${fixture.root}/.claimcheck.json`, JSON.stringify({ sources: ['sources'], exclude: ['**/node_modules/**', '**/.*/**', 'README.md'] }));
    writeFileSync(`${fixture.root}/README.md`, 'This folder holds the amnesty story, announced on January 15.\n');
    writeFileSync(`${fixture.root}/drafts/scan.txt`, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const client = await TestClient.start({ root: fixture.root });
    try {
      await client.ready();
      const list = await client.request<ListDraftsResult>(ListDraftsRequest.method, undefined);
      assert.deepEqual(list.drafts.map((d) => d.path), ['drafts/notes.txt', 'drafts/report.md', 'drafts/scan.txt']);
      assert.equal(list.truncated, false);
      const report = await client.request<{ items: { uri: string; items?: Diagnostic[] }[] }>('workspace/diagnostic', { previousResultIds: [] });
      assert.ok(!report.items.some((i) => i.uri === client.uri('drafts/scan.txt')), 'the binary file is not checked');
      await waitFor('a log line for the binary draft', () => client.logs.find((l) => l === 'drafts/scan.txt is not checked: it looks like a binary file, not text.'));
    } finally {
      await client.stop();
      fixture.dispose();
    }
  });
});

describe('a supported claim with a flagged quote is not shown as supported (the example)', () => {
  let client: TestClient;
  let harbour: string;
  let amnesty: string;
  // “The oysters are coming back faster than anyone expected,” Brennan said. The panel transcript has the words, so
  // the claim is supported; but Dr Amara Okafor said them (misattributed-quote, on the quote).
  const OYSTERS = 'The oysters are coming back faster than anyone expected';
  // Another source said, “They carried it out only because they had no space in the prisons.” (altered-quote).
  const ANOTHER = 'Another source said';

  before(async () => {
    client = await TestClient.start({ root: join(REPO, 'examples', 'newsroom') });
    harbour = await client.open('drafts/harbour.md');
    amnesty = await client.open('drafts/amnesty.md');
    await client.ready();
  });
  after(() => client.stop());

  async function hintLines(uri: string): Promise<Map<number, string>> {
    const text = client.text(uri);
    const range = { start: { line: 0, character: 0 }, end: TextDocument.create(uri, 'markdown', 1, text).positionAt(text.length) };
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range });
    return new Map(hints.map((h) => [h.position.line, (h.label as InlayHintLabelPart[]).map((p) => p.value).join('')]));
  }

  test('no ✓ marker after it, though its verdict is supported; clear claims keep theirs', async () => {
    const diagnostics = await client.pullFull(harbour);
    const text = client.text(harbour);
    const line = positionOf(text, OYSTERS).line;
    assert.ok(diagnostics.some((d) => d.code === 'misattributed-quote' && d.range.start.line === line), 'the quote is flagged');
    const hints = await hintLines(harbour);
    assert.equal(hints.get(line), undefined, `no marker on line ${line + 1}: ${[...hints.values()].join(' | ')}`);
    assert.equal(hints.get(positionOf(text, 'Divers counted 3,200 oysters').line), '✓ harbour-report:44', 'a clear claim keeps its marker');
    const claims = await client.request<ClaimsResult>(ClaimsRequest.method, { uri: harbour });
    assert.equal(claims.entries.find((e) => e.kind === 'claim' && e.text.includes(OYSTERS))?.verdict, 'supported', 'the verdict itself is unchanged');
    // Every marker is on a line of a claim the view lists as Supported, and every such claim has one.
    const supportedLines = claims.entries.filter((e) => e.kind === 'claim' && e.group === 'supported').map((e) => e.range.end.line);
    assert.deepEqual([...hints.keys()].sort((a, b) => a - b), supportedLines);

    const amnestyHints = await hintLines(amnesty);
    assert.equal(amnestyHints.get(positionOf(client.text(amnesty), ANOTHER).line), undefined, 'an altered quote inside: no marker either');
  });

  test('the Claims view\'s data: the claim under "flagged" with its quote\'s finding, the quote under "misattributed"', async () => {
    const result = await client.request<ClaimsResult>(ClaimsRequest.method, { uri: harbour });
    const claim = result.entries.find((e) => e.kind === 'claim' && e.text.includes(OYSTERS))!;
    assert.equal(claim.group, 'flagged');
    assert.equal(claim.finding, undefined, 'no finding of its own');
    assert.deepEqual(claim.inside?.map((f) => f.code), ['misattributed-quote']);
    assert.match(claim.inside![0].message, /said by Dr Amara Okafor .*not Brennan/);
    const quote = result.entries.find((e) => e.kind === 'quote' && e.text.startsWith(OYSTERS))!;
    assert.equal(quote.verdict, 'verbatim', 'the words are the source\'s');
    assert.equal(quote.group, 'misattributed');
    assert.equal(quote.finding?.code, 'misattributed-quote');
    // Verbatim quotes without a finding stay verbatim.
    assert.ok(result.entries.filter((e) => e.kind === 'quote' && e !== quote).every((e) => e.group === e.verdict));

    const other = await client.request<ClaimsResult>(ClaimsRequest.method, { uri: amnesty });
    const another = other.entries.find((e) => e.kind === 'claim' && e.text.startsWith(ANOTHER))!;
    assert.equal(another.verdict, 'supported');
    assert.equal(another.group, 'flagged');
    assert.deepEqual(another.inside?.map((f) => f.code), ['altered-quote']);
  });

  test('coverage: the claim is not counted as supported, the misattributed quote not as verified', async () => {
    const result = await client.request<ClaimsResult>(ClaimsRequest.method, { uri: harbour });
    const claims = result.entries.filter((e) => e.kind === 'claim');
    assert.equal(result.coverage.supported, claims.filter((e) => e.group === 'supported').length);
    assert.equal(result.coverage.flagged, 1);
    // The view's title counts the same way (one rule, core/standing.ts).
    assert.deepEqual([result.counts.supported, result.counts.flagged], [result.coverage.supported, result.coverage.flagged]);
    assert.deepEqual([result.counts.verbatim, result.counts.misattributed], [3, 1]);
    assert.equal(result.coverage.quotes, 4);
    assert.equal(result.coverage.quotesVerified, 3);
    assert.equal(result.coverage.quotesMisattributed, 1);
    // (Lines 9, "Eastport" by the report's byline, and 17, "Tuesday" by the release's "today", are supported.)
    assert.match(result.coverageText, /^7 of 12 claims supported \(58%\), 7 on a single source, 1 more supported with a flagged quote, speaker or citation; 3 of 4 quotes verified, 1 misattributed;/);
  });

  test('its hover card names the quote\'s finding instead of a plain "✓ Supported"; the quote\'s card says misattributed', async () => {
    const card = await hoverAt(client, harbour, 'Brennan said.');
    assert.ok(card);
    assert.doesNotMatch(card, /✓ \*\*Supported\*\*/);
    assert.match(card, /Supported, but a quote in it is flagged/);
    assert.match(card, /\*\*Misattributed quote\*\*: These words were said by Dr Amara Okafor/);
    // Over the quote, the editor shows the diagnostic; the card does not call the quote verified.
    const quoteCard = await hoverAt(client, harbour, 'oysters are coming back', 4);
    assert.ok(quoteCard);
    assert.match(quoteCard, /✗ \*\*Misattributed quote\*\* · the words are verbatim in the source/);
    assert.doesNotMatch(quoteCard, /✓/);
    const altered = await hoverAt(client, amnesty, ANOTHER);
    assert.ok(altered);
    assert.match(altered, /Supported, but a quote in it is flagged/);
    assert.match(altered, /\*\*Altered quote\*\*: This quote differs from the source/);
    // A clear claim's card is unchanged.
    assert.match((await hoverAt(client, harbour, 'Divers counted'))!, /^\*\*Claimcheck\*\* · ✓ \*\*Supported\*\*/);
  });
});

describe('hover Markdown from a hostile source (issue 11)', () => {
  test('command links, remote images, raw HTML, $(icons) and backtick runs stay text in the real hover', async () => {
    const client = await TestClient.start();
    try {
      const draft = await client.open('drafts/report.md');
      await client.ready();
      const value = await hoverAt(client, draft, 'border market');
      assert.ok(value);
      assert.match(value, /rumours\.txt/);
      const html = new MarkdownIt({ html: true, linkify: true }).render(value);
      assert.doesNotMatch(html, /<img|<b>|<script/i, html);
      assert.doesNotMatch(html, /<code/i, 'no code span from the backtick run');
      const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
      assert.ok(hrefs.length >= 1 && hrefs.every((h) => h.startsWith('command:claimcheck.openSource?')), hrefs.join(' '));
      assert.doesNotMatch(value, /(?<!\\)\$\(/, 'no $( that VS Code could read as an icon');
      assert.ok(html.includes('tracker.example/pixel.png'), 'the image syntax shows as text');
    } finally {
      await client.stop();
    }
  });
});
