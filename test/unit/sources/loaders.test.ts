import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { htmlToProse } from '../../../server/src/core/sources/html';
import { jsonlLoader, parseRecord, unescapeWithMap } from '../../../server/src/core/sources/jsonl';
import { loaderFor } from '../../../server/src/core/sources/loader';
import { LineIndex } from '../../../server/src/core/text/lines';
import { frontMatterTitle, markdownToProse } from '../../../server/src/core/text/markdown';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/sources/${name}`, import.meta.url), 'utf8');

test('loaders are chosen by extension, case-insensitively', () => {
  assert.equal(loaderFor('/a/b.TXT')?.format, 'text');
  assert.equal(loaderFor('/a/b.md')?.format, 'markdown');
  assert.equal(loaderFor('/a/b.markdown')?.format, 'markdown');
  assert.equal(loaderFor('/a/b.htm')?.format, 'html');
  assert.equal(loaderFor('/a/b.html')?.format, 'html');
  assert.equal(loaderFor('/a/b.jsonl')?.format, 'jsonl');
  assert.equal(loaderFor('/a/b.PDF')?.format, 'pdf');
  assert.equal(loaderFor('/a/b.docx')?.format, 'docx');
  assert.equal(loaderFor('/a/b.vtt')?.format, 'transcript');
  assert.equal(loaderFor('/a/b.srt')?.format, 'transcript');
  assert.equal(loaderFor('/a/b.mhtml')?.format, 'mhtml');
  assert.equal(loaderFor('/a/b.mht')?.format, 'mhtml');
  assert.equal(loaderFor('/a/b.xlsx'), undefined);
  assert.equal(loaderFor('/a/b.doc'), undefined);
  assert.equal(loaderFor('/a/.txt'), undefined);
});

// ---------------------------------------------------------------------------------------------------------
// Markdown

test('markdown: prose of headings, paragraphs, lists, quotes and tables; no front matter, code, HTML or URLs', () => {
  const md = fixture('notes.md');
  const prose = markdownToProse(md);
  assert.equal(prose.title, 'Reporting notes: the harbour terminal');
  assert.equal(
    prose.text,
    [
      'Harbour terminal',
      'The new terminal will handle 2.4 million containers a year, the authority said.',
      'Construction cost €310 million.',
      'Dr. Ana Ruiz is the chief executive.',
      '"The biggest investment in a generation,"\nRuiz said at the opening.',
      'Year | Containers',
      'Year: 2022 | Containers: 1.2 million',
      'Fish & chips *are* served at the quay.',
    ].join('\n\n'),
  );
  assert.deepEqual(prose.blocks.map((b) => b.kind), ['heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'tableRow', 'tableRow', 'paragraph']);
  assert.ok(prose.frontMatter && md.slice(prose.frontMatter.start, prose.frontMatter.end).startsWith('---\ntitle:'));
});

test('markdown: offsets map into the Markdown text through emphasis, links, escapes, entities and quote markers', () => {
  const md = fixture('notes.md');
  const { text, map } = markdownToProse(md);
  const at = (word: string) => md.slice(map.toSource(text.indexOf(word)), map.toSourceEnd(text.indexOf(word) + word.length));
  assert.equal(at('2.4 million'), '2.4 million');
  assert.equal(at('authority'), 'authority');
  assert.equal(at('authority said'), 'authority](https://example.org/report.pdf) said');
  assert.equal(map.toSource(text.indexOf('authority said')), md.indexOf('authority]'));
  assert.equal(at('Ruiz said at'), 'Ruiz said at');
  assert.equal(md.slice(map.toSource(text.indexOf('& chips')), map.toSource(text.indexOf(' chips'))), '&amp;');
  assert.equal(md.slice(map.toSource(text.indexOf('*are')), map.toSource(text.indexOf('are*'))), '\\*');
});

test('markdown: the first heading is the title without front matter; malformed input never throws', () => {
  assert.equal(markdownToProse('Intro.\n\n## Second *level*\n\n# First').title, 'Second level');
  assert.equal(markdownToProse('No heading.').title, undefined);
  assert.equal(frontMatterTitle("title: 'Quoted'\nother: x"), 'Quoted');
  assert.equal(frontMatterTitle('title = "TOML"'), 'TOML');
  for (const broken of ['[unclosed](', '```\nno end', '| a |\n|--', '<div>', '> > >', '---\ntitle: x', '\u0000', '*'.repeat(1000)]) {
    assert.doesNotThrow(() => markdownToProse(broken));
  }
});

// ---------------------------------------------------------------------------------------------------------
// HTML

test('html: article text without scripts, styles or page chrome; entities decoded; title from <title>', () => {
  const html = fixture('page.html');
  const prose = htmlToProse(html);
  assert.equal(prose.title, 'Port & Harbour Authority expands terminal | The Coastal Times');
  const paragraphs = prose.text.split('\n\n').map((p) => p.trim());
  assert.deepEqual(paragraphs, [
    'Harbour terminal to double capacity',
    'The Port & Harbour Authority said on Tuesday that the new terminal will handle 2.4 million containers a year.',
    'Construction cost €310 million, according to the authority\'s annual report. The chief executive, Dr. Ana Ruiz, called it “the biggest investment in a generation.”',
    'Unclosed paragraph with bold nested text',
    'Work began in May 2021.',
    'Year | Containers',
    'Year: 2022 | Containers: 1.2 million',
    'The terminal at dusk.',
    'Broken',
  ]);
  for (const chrome of ['Home', 'Subscribe', 'Related', 'Copyright', '©', 'Enable JavaScript', 'dataLayer', 'color']) {
    assert.ok(!prose.text.includes(chrome), chrome);
  }
});

test('html: offsets map to the raw file, entities to their raw extent', () => {
  const html = fixture('page.html');
  const { text, toFileOffset } = htmlToProse(html);
  const raw = (s: number, e: number) => html.slice(toFileOffset(s), toFileOffset(e));
  const i = text.indexOf('2.4 million containers');
  assert.equal(raw(i, i + 22), '2.4 million containers');
  const euro = text.indexOf('€');
  assert.equal(raw(euro, euro + 1), '&euro;');
  const q = text.indexOf('“');
  assert.equal(raw(q, text.indexOf('”') + 1), '&ldquo;the biggest investment in a generation.&rdquo;');
  // The source line break between "report." and "The chief" became one space mapped to the break.
  const sp = text.indexOf('report. The') + 7;
  assert.equal(raw(sp, sp + 1), '\n');
});

test('html: broken and hostile markup does not crash', () => {
  for (const broken of ['<p>unclosed', '</p></div>', '<scr<script>ipt>alert(1)</script>', '<p a="x>y</p>', '<!-- never closed', '<![CDATA[x', '&#xFFFFFF; &bogus; &', '<svg><p>inside</svg>after', '<title>T</title><title>U']) {
    assert.doesNotThrow(() => htmlToProse(broken), broken);
  }
  assert.equal(htmlToProse('<p>a &#x1F600; b</p>').text, 'a 😀 b');
  assert.equal(htmlToProse('<h1>Only &amp; heading</h1><p>x</p>').title, 'Only & heading');
  assert.equal(htmlToProse('<pre>keep\n   spacing</pre>').text, 'keep\n   spacing');
  assert.equal(htmlToProse('<p>line<br>break</p>').text, 'line\nbreak');
});

// ---------------------------------------------------------------------------------------------------------
// JSONL

test('jsonl: JSON escapes map back to the raw characters of the line', () => {
  const raw = 'Caf\\u00e9 \\"q\\" a\\\\b\\nnext \\ud83d\\ude00.';
  const { text, map } = unescapeWithMap(raw);
  assert.equal(text, JSON.parse(`"${raw}"`));
  assert.equal(raw.slice(map.toSource(text.indexOf('é')), map.toSource(text.indexOf('é') + 1)), '\\u00e9');
  assert.equal(raw.slice(map.toSource(text.indexOf('next')), map.toSource(text.indexOf('next') + 4)), 'next');
  assert.equal(raw.slice(map.toSource(text.indexOf('😀')), map.toSource(text.indexOf('😀') + 2)), '\\ud83d\\ude00');
});

test('jsonl: records need an id and a string text; the text is located even after other fields', () => {
  assert.equal(parseRecord('{"_id": "1", "text": 5}'), undefined);
  assert.equal(parseRecord('{"text": "no id"}'), undefined);
  assert.equal(parseRecord('[1, 2]'), undefined);
  assert.equal(parseRecord('{"_id": "1", "text": "x"'), undefined);
  const line = '{"meta": {"text": "nested"}, "title": "T", "text": "real \\"one\\"", "id": 7}';
  const r = parseRecord(line)!;
  assert.equal(r.id, '7');
  assert.equal(r.text, 'real "one"');
  assert.equal(line.slice(r.textStart, r.textStart + 4), 'real');
});

test('jsonl: one document per record, one warning for all malformed lines', async () => {
  const content = fixture('corpus.jsonl');
  const { documents, warnings } = await jsonlLoader.load({ file: '/ws/corpus.jsonl', id: 'corpus.jsonl', key: 'corpus', content, lines: new LineIndex(content), bytes: new Uint8Array() });
  assert.deepEqual(documents.map((d) => [d.id, d.key, d.title]), [['101', '101', 'Harbour expansion'], ['102', '102', 'Quotes'], ['104', '104', 'Numeric id']]);
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0].code, 'malformed');
  assert.match(warnings[0].message, /2 malformed lines \(lines 3, 6\)/);
  const quotes = documents[1];
  assert.equal(quotes.text, 'Ruiz said: "It is the biggest investment."\nThe opening was on May 3.');
  const i = quotes.text.indexOf('biggest');
  assert.equal(content.slice(quotes.toFileOffset(i), quotes.toFileOffset(i + 7)), 'biggest');
  assert.deepEqual(quotes.filePosition(quotes.toFileOffset(0)), { line: 1, character: content.split('\n')[1].indexOf('Ruiz') });
});

test('html: the title is the first <title> outside svg', () => {
  assert.equal(htmlToProse('<body><svg><title>Icon</title></svg><h1>Heading</h1></body>').title, 'Heading');
  assert.equal(htmlToProse('<title>Page</title><svg><title>Icon</title></svg>').title, 'Page');
});

test("html: an article's aside of prose is kept (a release's notes to editors); an aside of links is not", () => {
  const html = `<html><body><main><article><h1>Festival cancelled</h1><p>The festival is cancelled.</p>
<aside class="notes-to-editors"><h3>Notes to editors</h3><ul><li>Saltmarsh Sound was founded in 2013 by Danielle Okoro and Ravi Mendes and is organised by Brackwater Events Ltd.</li><li>The 2024 festival attracted 27,800 people over three days.</li></ul></aside>
<aside class="related"><h3>Related news</h3><ul><li><a href="/a">Red panda twins make their debut at the zoo this spring</a></li><li><a href="/b">Rhino Ridge opens its doors to visitors</a></li></ul></aside>
</article></main><aside><p>Sign up to our newsletter for the latest festival news, offers and line-up announcements every week of the year.</p></aside></body></html>`;
  const paragraphs = htmlToProse(html).text.split('\n\n').map((p) => p.trim()).filter(Boolean);
  assert.deepEqual(paragraphs, [
    'Festival cancelled',
    'The festival is cancelled.',
    'Notes to editors',
    'Saltmarsh Sound was founded in 2013 by Danielle Okoro and Ravi Mendes and is organised by Brackwater Events Ltd.',
    'The 2024 festival attracted 27,800 people over three days.',
  ]);
});

test("html: a <footer> that holds a release's notes to editors is kept; a page's footer of links and legal lines is not", () => {
  const html = `<html><body><h1>Airport expansion approved</h1><p>The runway extension was approved.</p>
<footer><h3>ENDS</h3><h3>Notes to editors</h3><ol><li>Fenmoor Airport handled 3.9 million passengers in 2024, up 8% on 2023. It is served by 14 airlines flying to 61 destinations.</li><li>Around 1,420 people are employed on the airport site.</li></ol></footer>
<footer class="site"><p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></p><p>© 2025 Fenmoor Airport Limited. Registered in England and Wales, company number 01234567. All rights reserved.</p></footer></body></html>`;
  const paragraphs = htmlToProse(html).text.split('\n\n').map((p) => p.trim()).filter(Boolean);
  // Were the first two only: every <footer> was page chrome.
  assert.deepEqual(paragraphs, [
    'Airport expansion approved',
    'The runway extension was approved.',
    'ENDS',
    'Notes to editors',
    'Fenmoor Airport handled 3.9 million passengers in 2024, up 8% on 2023. It is served by 14 airlines flying to 61 destinations.',
    'Around 1,420 people are employed on the airport site.',
  ]);
});

test("html: a description list's term and its description are one line, \"Trial manager: Owen Farrant\"", () => {
  const html = '<dl>\n  <dt>Trial statistician</dt>\n  <dd>Dr Anjali Rao, Castlemere Clinical Trials Unit</dd>\n  <dt>Trial manager</dt>\n  <dd><p>Owen Farrant</p></dd>\n</dl><p>After.</p>';
  const { text, toFileOffset } = htmlToProse(html);
  // Were four paragraphs, the terms apart from the people they name.
  assert.equal(text, 'Trial statistician: Dr Anjali Rao, Castlemere Clinical Trials Unit\n\nTrial manager: Owen Farrant\n\nAfter.');
  const at = text.indexOf('Owen');
  assert.equal(html.slice(toFileOffset(at), toFileOffset(at + 12)), 'Owen Farrant');
  // A description without a term, and a term without one, stay paragraphs of their own.
  assert.equal(htmlToProse('<dl><dd>Alone</dd><dt>Term</dt></dl><p>Next</p>').text, 'Alone\n\nTerm\n\nNext');
});

test('markdown: a table typed in plain text inside a code block is read as its rows, mapped to the file; other code is not prose', () => {
  const md = [
    '# Timetable',
    '',
    '```',
    'SERVICES PER DAY, ALL ROUTES (number of trains)',
    '',
    'Day type         Current timetable   From 31 March 2025',
    '---------------  -----------------   ------------------',
    'Saturday               318                  290',
    'Sunday                 204                  204',
    '```',
    '',
    '```js',
    'const trains = 318;',
    '```',
    '',
    'Sunday services are unchanged.',
  ].join('\n');
  const prose = markdownToProse(md);
  assert.equal(
    prose.text,
    ['Timetable', 'Day type | Current timetable | From 31 March 2025', 'Saturday | Current timetable: 318 | From 31 March 2025: 290', 'Sunday | Current timetable: 204 | From 31 March 2025: 204', 'Sunday services are unchanged.'].join('\n\n'),
  );
  assert.deepEqual(prose.blocks.map((b) => b.kind), ['heading', 'tableRow', 'tableRow', 'tableRow', 'paragraph']);
  // The Sunday row's 204 is at its place in the file, on the Sunday line.
  const source = prose.map.toSource(prose.text.indexOf('204'));
  assert.equal(md.slice(source, source + 3), '204');
  assert.ok(md.slice(md.lastIndexOf('\n', source) + 1, source).startsWith('Sunday'));
});
