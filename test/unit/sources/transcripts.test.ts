/**
 * Transcripts (WebVTT, SubRip, plain "SPEAKER: text"), source dates and document meta. Fixtures are written
 * here, inline: every speaker and word is invented for the tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { deserialize, serialize } from 'node:v8';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { MemoryFileSystem } from '../../../server/src/core/fs';
import { checkChunk, restoreDocuments, saveDocuments, storeChunk } from '../../../server/src/core/index/persist';
import { formatDate, frontMatterDate, htmlDate, parseDateText, parsePdfDate } from '../../../server/src/core/sources/dates';
import { loadSourceFile } from '../../../server/src/core/sources/load';
import { locationLabel, placeAt, restoreMeta, segmentAt, speakerName } from '../../../server/src/core/sources/meta';
import { splitPassages } from '../../../server/src/core/sources/passages';
import { looksLikeTranscript, normalizeTime, parseCues, parsePlainTranscript } from '../../../server/src/core/sources/transcript';
import type { SourceDocument } from '../../../server/src/core/types';

async function load(name: string, content: string | Uint8Array) {
  const fs = new MemoryFileSystem({ [`/ws/sources/${name}`]: content });
  return loadSourceFile(fs, `/ws/sources/${name}`, '/ws', DEFAULT_CONFIG);
}

/** The passage that starts with `words`, with its place (speaker, time, page). */
function passageStarting(document: SourceDocument, words: string) {
  const passage = splitPassages(document).find((p) => document.text.slice(p.span.start).startsWith(words));
  assert.ok(passage, `a passage starts with ${JSON.stringify(words)}`);
  return { passage, place: placeAt(document, passage.span.start) };
}

/** The file text at a passage's range. */
function fileSlice(content: string, document: SourceDocument, start: number, end: number): string {
  return content.slice(document.toFileOffset(start), document.toFileEnd ? document.toFileEnd(end) : document.toFileOffset(end));
}

const VTT = [
  'WEBVTT - Ferry inquiry, day two',
  '',
  'NOTE',
  'Recorded Thursday 14 November 2024 in committee room 3.',
  'Speakers: Nadia Verhoeven (committee chair), Joel Mbeki (ferry captain).',
  '',
  'STYLE',
  '::cue { color: yellow }',
  '',
  '1',
  '00:00:01.000 --> 00:00:04.000 align:start',
  '<v Nadia Verhoeven>Captain, when did the engine fail?',
  '',
  '00:00:04.500 --> 00:00:08.000',
  '<v.loud Joel Mbeki>At <i>twenty past six</i>. We lost power',
  'in both engines &amp; the radio,',
  '',
  '00:00:08.000 --> 00:00:11.250',
  '<v Joel Mbeki>and we drifted for forty minutes.',
  '',
  '01:02:03.000 --> 01:02:09.000',
  '<v Nadia Verhoeven>Thank you. We will &lt;adjourn&gt; now.',
].join('\n');

test('WebVTT: voices are speakers, a turn runs across cues, markup and NOTE blocks are not prose', async () => {
  const r = await load('ferry.vtt', VTT);
  assert.deepEqual(r.warnings, []);
  const [doc] = r.documents;
  assert.equal(doc.format, 'transcript');
  assert.equal(doc.title, 'Ferry inquiry, day two');
  assert.equal(
    doc.text,
    'Captain, when did the engine fail?\n\nAt twenty past six. We lost power in both engines & the radio, and we drifted for forty minutes.\n\nThank you. We will <adjourn> now.',
  );
  assert.deepEqual(doc.meta?.date, { date: '2024-11-14', from: 'transcript header' });
  assert.deepEqual(doc.meta?.speakers, [
    { label: 'Nadia Verhoeven', role: 'committee chair' },
    { label: 'Joel Mbeki', role: 'ferry captain' },
  ]);
  // The sentence that runs across two cues starts in the first one: its speaker and time.
  const lost = passageStarting(doc, 'We lost power');
  assert.equal(lost.place.speaker?.label, 'Joel Mbeki');
  assert.equal(lost.place.time, '00:00:04');
  assert.equal(passageStarting(doc, 'Thank you').place.time, '01:02:03');
  // Positions land on the words in the file.
  assert.equal(lost.passage.range.start.line, 14);
  assert.equal(VTT.split('\n')[14].slice(lost.passage.range.start.character), 'We lost power');
  assert.equal(fileSlice(VTT, doc, lost.passage.span.start, lost.passage.span.end), 'We lost power\nin both engines &amp; the radio,\n\n00:00:08.000 --> 00:00:11.250\n<v Joel Mbeki>and we drifted for forty minutes.');
  assert.equal(locationLabel(doc, lost.passage.range.start, lost.passage.span.start), 'sources/ferry.vtt:15');
});

test('WebVTT: a broken timestamp keeps the words without a time, one warning names the lines', async () => {
  const broken = ['WEBVTT', '', '00:00:01.000 --> 00:00:03.000', '<v Ana>First words.', '', '00:00:03,5 -> 00:00:05.000', '<v Ana>Second words.', '', '00:00:09.000 --> 00:00:06.000', '<v Ben>Third words.', ''].join('\n');
  const r = await load('broken.vtt', broken);
  assert.equal(r.warnings.length, 1);
  assert.equal(r.warnings[0].code, 'malformed');
  assert.match(r.warnings[0].message, /sources\/broken\.vtt: WebVTT problems: 2 cues have a missing or broken timestamp \(lines 6, 9\); their words are kept without a time/);
  const [doc] = r.documents;
  assert.equal(doc.text, 'First words. Second words.\n\nThird words.');
  assert.equal(passageStarting(doc, 'Second').place.time, undefined);
  assert.equal(passageStarting(doc, 'Second').place.speaker?.label, 'Ana');
  // No WEBVTT line: still read, with a warning.
  const headless = await load('headless.vtt', '00:00:01.000 --> 00:00:02.000\nJust words.\n');
  assert.equal(headless.documents[0].text, 'Just words.');
  assert.match(headless.warnings[0].message, /does not start with "WEBVTT"/);
});

test('SubRip: numbered cues, "NAME:" labels and "- " dialogue lines, tags dropped', async () => {
  const srt = [
    '1',
    '00:00:01,000 --> 00:00:03,000',
    '{\\an8}INSPECTOR HALE: The <i>gate</i> was open.',
    '',
    '2',
    '00:00:03,500 --> 00:00:06,000',
    'It had been open all night.',
    '',
    '3',
    '00:00:07,000 --> 00:00:09,000',
    '- Who opened it?',
    '- I did not.',
    '',
  ].join('\r\n');
  const r = await load('hearing.srt', srt);
  assert.deepEqual(r.warnings, []);
  const [doc] = r.documents;
  assert.equal(doc.text, 'The gate was open. It had been open all night.\n\nWho opened it?\n\nI did not.');
  assert.equal(passageStarting(doc, 'It had been').place.speaker?.label, 'INSPECTOR HALE');
  assert.equal(passageStarting(doc, 'It had been').place.time, '00:00:03');
  assert.equal(passageStarting(doc, 'Who opened').place.speaker, undefined);
  assert.equal(speakerName({ label: 'INSPECTOR HALE' }), 'Inspector Hale');
});

test('SubRip and WebVTT: a role as a cue\'s label ("INTERVIEWER: And the investment?") starts a turn of its own', async () => {
  const cues = (arrow: string) => [
    '1', `00:00:01${arrow}000 --> 00:00:04${arrow}500`, 'INTERVIEWER: How many staff will the new factory employ?', '',
    '2', `00:00:05${arrow}000 --> 00:00:11${arrow}000`, 'MARTA OKONJO: About 450 when it is fully open. We will start with 120.', '',
    '3', `00:00:12${arrow}000 --> 00:00:15${arrow}000`, 'INTERVIEWER: And the investment?', '',
    '4', `00:00:15${arrow}500 --> 00:00:21${arrow}000`, 'MARTA OKONJO: £85 million in total.', '',
  ];
  for (const [name, content] of [['factory.srt', cues(',').join('\n')], ['factory.vtt', ['WEBVTT', '', ...cues('.')].join('\n')]]) {
    const r = await load(name, content);
    const [doc] = r.documents;
    assert.equal(doc.text, 'How many staff will the new factory employ?\n\nAbout 450 when it is fully open. We will start with 120.\n\nAnd the investment?\n\n£85 million in total.', name);
    assert.equal(passageStarting(doc, 'How many').place.speaker?.label, 'INTERVIEWER', name);
    assert.equal(passageStarting(doc, 'And the investment').place.speaker?.label, 'INTERVIEWER', name);
    assert.equal(passageStarting(doc, '£85 million').place.speaker?.label, 'MARTA OKONJO', name);
  }
});

test('plain transcripts: labels, "[00:12:03] Name:" times, header names and roles; prose stays a text file', async () => {
  const text = [
    'Interview transcript: Rosa Delgado, harbour pilot, Eastport',
    'Recorded 3 March 2024. Interviewer: K. Osei.',
    '',
    '[00:00:05] OSEI: How long have you worked the harbour?',
    '[00:00:09] DELGADO: Twenty-two years. I started on the tugs.',
    'Then I trained as a pilot.',
    '',
    'It took four years.',
    '00:01:10',
    'OSEI: And the new channel?',
    'DELGADO (00:01:15): It is deeper, and it is narrower.',
  ].join('\n');
  assert.ok(looksLikeTranscript(text));
  const r = await load('delgado.txt', text);
  const [doc] = r.documents;
  assert.equal(doc.format, 'transcript');
  assert.deepEqual(doc.meta?.date, { date: '2024-03-03', from: 'transcript header' });
  assert.deepEqual(doc.meta?.speakers, [
    { label: 'OSEI', name: 'K. Osei', role: 'interviewer' },
    { label: 'DELGADO', name: 'Rosa Delgado', role: 'harbour pilot' },
  ]);
  const twenty = passageStarting(doc, 'Twenty-two years.');
  assert.deepEqual([twenty.place.speaker?.label, twenty.place.time], ['DELGADO', '00:00:09']);
  assert.equal(text.split('\n')[4].slice(twenty.passage.range.start.character), 'Twenty-two years. I started on the tugs.');
  // A paragraph without a label goes on with the same speaker; a time line times the next turn.
  assert.equal(passageStarting(doc, 'It took four years.').place.speaker?.label, 'DELGADO');
  assert.equal(passageStarting(doc, 'And the new channel?').place.time, '00:01:10');
  assert.equal(passageStarting(doc, 'It is deeper').place.time, '00:01:15');
  // Lines of one turn stay together: the file text of the sentence is exact.
  const tugs = passageStarting(doc, 'I started on the tugs.');
  assert.equal(fileSlice(text, doc, tugs.passage.span.start, tugs.passage.span.end), 'I started on the tugs.');
  // A press release with a "Contact:" line is not a transcript.
  const release = 'Council approves budget\n\nContact: press office\nDate: 4 March 2024\n\nThe council approved the budget on Monday.\n';
  assert.equal(looksLikeTranscript(release), false);
  assert.equal((await load('release.txt', release)).documents[0].format, 'text');
});

test('plain transcripts as transcription services export them: a line of label and time, the words below it', async () => {
  // Otter: "Name  m:ss" on its own line; the words may run over several lines and paragraphs.
  const otter = [
    'Interview with Dr Ines Varga, harbour engineer, Eastport',
    'Recorded 3 November 2026. Reporter: Tom Akers.',
    '',
    'Tom Akers  0:00',
    'Is the old pier closing?',
    '',
    'Ines Varga  0:06',
    'It is not closing. We are moving the ferries to the north berth',
    'from the first of March.',
    '',
    'The cafe stays open.',
    '',
    'Tom Akers  0:24',
    'Why move at all?',
    '',
    'Speaker 3  1:02:41',
    'Can I ask about parking?',
  ].join('\n');
  assert.ok(looksLikeTranscript(otter));
  const [doc] = (await load('varga.txt', otter)).documents;
  assert.equal(doc.format, 'transcript');
  assert.deepEqual(doc.meta?.speakers?.map((s) => [s.label, s.name, s.role]), [
    ['Tom Akers', undefined, 'reporter'],
    ['Ines Varga', 'Dr Ines Varga', 'harbour engineer'],
    ['Speaker 3', undefined, undefined],
  ]);
  // The label lines are not prose: no passage holds a name and a time.
  assert.ok(!/0:06|Akers {2}0/.test(doc.text), doc.text);
  const moving = passageStarting(doc, 'We are moving the ferries');
  assert.deepEqual([moving.place.speaker?.label, moving.place.time], ['Ines Varga', '00:00:06']);
  assert.equal(fileSlice(otter, doc, moving.passage.span.start, moving.passage.span.end), 'We are moving the ferries to the north berth\nfrom the first of March.');
  assert.equal(passageStarting(doc, 'The cafe stays open.').place.speaker?.label, 'Ines Varga');
  assert.deepEqual(Object.values(pick(passageStarting(doc, 'Why move at all?').place)), ['Tom Akers', '00:00:24']);
  assert.deepEqual(Object.values(pick(passageStarting(doc, 'Can I ask about parking?').place)), ['Speaker 3', '01:02:41']);

  // Rev: "Name: (mm:ss)" with the words on the next line, or after the time on the same line; "[hh:mm:ss] Name"
  // alone.
  const rev = [
    'Campaign interview',
    '',
    'Carla Quinn: (00:00)',
    'We passed 12,000 signatures in a week.',
    '',
    'Dan Kowalski: (00:09) What do you want?',
    '',
    '[00:00:12] Carla Quinn',
    'A pause.',
  ].join('\n');
  assert.ok(looksLikeTranscript(rev));
  const [revDoc] = (await load('quinn.txt', rev)).documents;
  assert.ok(!/\(00:0/.test(revDoc.text), revDoc.text);
  assert.deepEqual(Object.values(pick(passageStarting(revDoc, 'We passed').place)), ['Carla Quinn', '00:00:00']);
  assert.deepEqual(Object.values(pick(passageStarting(revDoc, 'What do you want?').place)), ['Dan Kowalski', '00:00:09']);
  assert.deepEqual(Object.values(pick(passageStarting(revDoc, 'A pause.').place)), ['Carla Quinn', '00:00:12']);

  // Notes with headings ending in a colon, or a short capitalised line alone, are not turns (a label alone needs a
  // time).
  const notes = ['Summary:', 'The council met.', 'It voted.', '', 'Background:', 'The pier is old.', '', 'Next Steps', 'A survey.', '', 'Summary:', 'Done.'].join('\n');
  assert.equal(looksLikeTranscript(notes), false);
});

/** Speaker label and time of a place, in that order. */
function pick(place: ReturnType<typeof placeAt>) {
  return { speaker: place.speaker?.label, time: place.time };
}

test('property: transcript prose maps into the file, in order, each letter onto itself', () => {
  const word = fc.constantFrom('Yes', 'no', 'the', 'harbour', 'said', 'twenty', 'é', 'we', '&amp;', '<i>', '</i>', '42');
  const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
  const speaker = fc.constantFrom('PARK', 'Lee Min', 'Q', 'A', 'Ana Ruiz');
  const cue = fc.tuple(fc.nat(3599), speaker, fc.array(line, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.boolean());
  const check = (file: string, text: string, toFile: (o: number) => number) => {
    let last = 0;
    for (let o = 0; o <= text.length; o++) {
      const f = toFile(o);
      assert.ok(f >= last && f <= file.length, `offset ${o} maps to ${f}`);
      last = f;
    }
    for (let i = 0; i < text.length; i++) if (/[A-Za-z0-9]/.test(text[i])) assert.equal(file[toFile(i)], text[i]);
  };
  fc.assert(
    fc.property(fc.array(cue, { maxLength: 8 }), fc.constantFrom('vtt', 'srt', 'plain'), (cues, kind) => {
      const time = (s: number, sep: string) => `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}${sep}000`;
      let file: string;
      if (kind === 'plain') {
        // Labelled lines ("[00:01:02] PARK: words"), or a label line with the words below it ("PARK  00:01:02").
        file = cues
          .map(([s, who, lines, bracket, below]) =>
            below ? `${who}  ${time(s, '.').slice(0, 8)}\n${lines.join('\n')}` : `${bracket ? `[${time(s, '.').slice(0, 8)}] ` : ''}${who}: ${lines.join('\n')}`,
          )
          .join('\n\n');
      }
      else {
        file = (kind === 'vtt' ? 'WEBVTT\n\n' : '') + cues
          .map(([s, who, lines, voice, broken], i) => `${i + 1}\n${time(s, kind === 'vtt' ? '.' : ',')} ${broken ? '->' : '-->'} ${time(s + 2, kind === 'vtt' ? '.' : ',')}\n${voice && kind === 'vtt' ? `<v ${who}>` : `${who}: `}${lines.join('\n')}`)
          .join('\n\n');
      }
      const t = kind === 'plain' ? parsePlainTranscript(file) : parseCues(file, kind);
      check(file, t.text, (o) => t.map.toSource(o));
      // Segments are in order, inside the text, and never overlap.
      let end = 0;
      for (const s of t.segments) {
        assert.ok(s.start >= end && s.end > s.start && s.end <= t.text.length);
        end = s.end;
      }
    }),
    { numRuns: 300 },
  );
});

test('timestamps and dates are read in the forms transcripts and documents write them', () => {
  assert.equal(normalizeTime('1:02:03.5'), '01:02:03');
  assert.equal(normalizeTime('02:03'), '00:02:03');
  assert.equal(normalizeTime('00:61:00'), undefined);
  assert.equal(parseDateText('Recorded Tuesday, March 12, 2024 by phone'), '2024-03-12');
  assert.equal(parseDateText('12th of March 2024'), '2024-03-12');
  assert.equal(parseDateText('2024-03-12T09:30:00+01:00'), '2024-03-12');
  assert.equal(parseDateText('31 April 2024'), undefined);
  assert.equal(parseDateText('March 12'), undefined, 'no year, no date');
  assert.equal(parsePdfDate("D:20240304093000+01'00'"), '2024-03-04');
  assert.equal(parsePdfDate('garbage'), undefined);
  assert.equal(formatDate('2024-03-06'), 'Wednesday 6 March 2024');
  assert.deepEqual(frontMatterDate('title: X\ndate: "2023-11-02"\n'), { date: '2023-11-02', from: 'front matter' });
  assert.deepEqual(htmlDate('<html><head><meta property="article:published_time" content="2022-05-01T08:00:00Z"></head><body><time datetime="2021-01-01">x</time></body></html>'), { date: '2022-05-01', from: 'HTML meta' });
  assert.deepEqual(htmlDate('<p>Posted <time datetime="2021-01-02">Jan 2</time></p>'), { date: '2021-01-02', from: 'HTML meta' });
  assert.equal(htmlDate('<p>No date here, 2021.</p>'), undefined);
});

test('dates of Markdown and HTML sources come from front matter and <meta>', async () => {
  const md = await load('notes.md', '---\ntitle: Notes\ndate: 2024-02-29\n---\n\n# Notes\n\nThe pier closed.\n');
  assert.deepEqual(md.documents[0].meta?.date, { date: '2024-02-29', from: 'front matter' });
  const html = await load('page.html', '<head><meta name="dc.date" content="2019-07-04"></head><body><p>The pier reopened.</p></body>');
  assert.deepEqual(html.documents[0].meta?.date, { date: '2019-07-04', from: 'HTML meta' });
});

test("a chunk record gives back each file's documents as saved: titles, offset maps, clamps, meta, line tables, texts of any width", async () => {
  const loaded = [
    await load('ferry.vtt', VTT),
    await load('budget.md', '---\ntitle: Budget \u2014 2004\n---\n# Budget\n\nThe budget rose by **4,500** dollars. Spending grew.\n'),
    await load('page.html', '<html><head><title>Rain</title></head><body><p>Heavy rain fell &amp; rivers rose.</p><p>Two towns flooded.</p></body></html>'),
    await load('notes.txt', 'Plain text, no table.'),
    await load('records.jsonl', '{"_id":"a","title":"Caf\\u00e9","text":"The caf\\u00e9 opened."}\n{"_id":"b","text":"Wide \\u2014 dash."}\n{"_id":"c","text":"Plain record, no escape."}\n'),
  ];
  const files = loaded.map((r, k) => [`/ws/sources/f${k}`, saveDocuments(r.documents)!] as const);
  assert.ok(files.every(([, f]) => f.documents.length > 0));
  assert.ok(files.some(([, f]) => f.documents.some((d) => d.clamp)) && files.some(([, f]) => f.documents.some((d) => d.map)) && files.some(([, f]) => f.documents.some((d) => d.meta)) && files.some(([, f]) => f.lines));
  // Through V8's serialiser, as the cache storage writes and reads it.
  const read = checkChunk(deserialize(serialize(storeChunk('c', files))), 'c');
  assert.deepEqual([...read.keys()], files.map(([path]) => path));
  const shape = (f: { lines?: unknown; documents: unknown } | undefined) => f && { lines: f.lines, documents: f.documents };
  for (const [path, saved] of files) assert.deepEqual(shape(read.get(path)), shape(saved), path);
  const restored = restoreDocuments('/ws/sources/f0', read.get('/ws/sources/f0')!);
  assert.equal(segmentAt(restored[0], restored[0].text.indexOf('We lost'))?.speaker, 'Joel Mbeki');
});

test('document meta survives the index cache, and a damaged meta is dropped, not trusted', async () => {
  const r = await load('ferry.vtt', VTT);
  const saved = saveDocuments(r.documents)!;
  const cloned = structuredClone(saved);
  const [restored] = restoreDocuments('/ws/sources/ferry.vtt', cloned);
  assert.deepEqual(restored.meta, r.documents[0].meta);
  assert.equal(segmentAt(restored, restored.text.indexOf('We lost'))?.speaker, 'Joel Mbeki');
  // Out of order, outside the text, wrong types: the segments are dropped, the date checked.
  assert.deepEqual(restoreMeta({ segments: [{ start: 5, end: 9 }, { start: 2, end: 3 }] }, 100), {});
  assert.deepEqual(restoreMeta({ segments: [{ start: 0, end: 500 }] }, 100), {});
  assert.deepEqual(restoreMeta({ date: { date: '2024-02-30', from: 'PDF metadata' }, pages: -1, extracted: 'yes' }, 10), {});
  assert.deepEqual(restoreMeta({ date: { date: '2024-02-29', from: 'PDF metadata' }, pages: 3, extracted: true, speakers: [{ label: 'A', name: 7 }] }, 10), {
    date: { date: '2024-02-29', from: 'PDF metadata' },
    pages: 3,
    extracted: true,
    speakers: [{ label: 'A' }],
  });
  assert.equal(restoreMeta('nonsense', 10), undefined);
});

test('a role as a turn\'s label ("INTERVIEWER: How bad was it?") is a speaker, named by "Interviewer: J. Lee" in the header', async () => {
  const text = [
    'Interview with Dr Amira Haddad, director of the Kelmouth Flood Research Centre',
    'Interviewer: J. Lee',
    'Recorded 2 March 2027',
    '',
    'INTERVIEWER: How bad was the flooding in January?',
    '',
    'HADDAD: It was the worst we have recorded since the centre opened in 1998.',
    '',
    'INTERVIEWER: So the council ignored the warnings?',
    '',
    'HADDAD: I wouldn\'t say ignored.',
  ].join('\n');
  assert.ok(looksLikeTranscript(text));
  const [doc] = (await load('haddad.txt', text)).documents;
  assert.equal(doc.format, 'transcript');
  assert.deepEqual(passageStarting(doc, 'How bad was').place.speaker, { label: 'INTERVIEWER', role: 'interviewer', name: 'J. Lee' });
  assert.equal(passageStarting(doc, 'So the council').place.speaker?.role, 'interviewer');
  assert.equal(passageStarting(doc, 'It was the worst').place.speaker?.name, 'Dr Amira Haddad');
  // The labels are not prose.
  assert.ok(!doc.text.includes('INTERVIEWER'));
});

test('a press conference written in Markdown, its labels in bold, has its speakers\' turns; a release with a few "Key: value" lines has none', async () => {
  const conference = [
    '# Transcript: harbour authority briefing',
    '',
    '**Speakers:** Ines Varga, harbour engineer; Tom Akers, harbour master',
    '',
    '**INES VARGA:** The new wall is 340 metres long. Work starts in May.',
    '',
    'It will take two years.',
    '',
    '**QUESTION (Eastport Radio):** Will the ferry keep running?',
    '',
    '**TOM AKERS:** The ferry runs throughout. We have agreed that with the operator.',
    '',
    '## Closing remarks',
    '',
    '**INES VARGA:** Thank you all for coming.',
  ].join('\n');
  const document = (await load('briefing.md', conference)).documents[0];
  assert.equal(document.format, 'markdown');
  assert.equal(passageStarting(document, 'INES VARGA: The new wall').place.speaker?.name, 'Ines Varga');
  // A paragraph without a label goes on with the turn before it; a questioner's label in brackets is a turn too.
  assert.equal(passageStarting(document, 'It will take two years.').place.speaker?.name, 'Ines Varga');
  assert.equal(passageStarting(document, 'QUESTION (Eastport Radio)').place.speaker?.label, 'QUESTION');
  assert.equal(passageStarting(document, 'We have agreed that').place.speaker?.name, 'Tom Akers');
  // A heading is no one's words.
  assert.equal(passageStarting(document, 'Closing remarks').place.speaker, undefined);

  const release = [
    '# Harbour wall approved',
    '',
    '**Contact:** Press Office',
    '',
    'The council approved the new harbour wall on Tuesday. Work starts in May.',
    '',
    'Ines Varga: engineer of the scheme.',
    '',
    'The wall is 340 metres long and will take two years to build.',
  ].join('\n');
  const plain = (await load('release.md', release)).documents[0];
  assert.equal(plain.meta?.segments, undefined);
});

test('plain transcripts: "A (ELLERY):" and "Q (Dave Pritchard, season-ticket holder):" name their speakers; a title with a colon is no turn', async () => {
  const text = [
    "BRACKENFORD UNITED SUPPORTERS' TRUST",
    'Open Meeting: The Takeover and What Comes Next',
    '',
    'Date: Tuesday 18 March 2025, 7.00pm',
    "Speakers: Margaret Holloway (Chair), Graham Ellery (Non-executive director)",
    'Attendance: 214 members in the room',
    '',
    '[00:00:12] HOLLOWAY: Good evening, everyone, and thank you for coming out on a Tuesday night.',
    '[00:06:41] Q (Dave Pritchard, season-ticket holder, South Stand): What about the year after?',
    '[00:07:15] A (ELLERY): The adult season ticket stays at £395 for 2025/26.',
    '[00:08:40] Q (Janet Okoye, Trust board member): How much of the £14.2 million went to Trevor Maddox?',
    '[00:09:02] A (ELLERY): Of the £14.2 million, £11.6 million was owed to Mr Maddox.',
    '[00:20:02] HOLLOWAY: Thank you all. Good night.',
  ].join('\n');
  // Was a text file: the bracketed labels were no turns, and the title was read as the first turn.
  assert.ok(looksLikeTranscript(text));
  const [doc] = (await load('trust.txt', text)).documents;
  assert.equal(doc.format, 'transcript');
  assert.deepEqual(doc.meta?.date, { date: '2025-03-18', from: 'transcript header' });
  const owed = passageStarting(doc, 'Of the £14.2 million');
  assert.deepEqual([owed.place.speaker?.label, owed.place.speaker?.name, owed.place.time], ['ELLERY', 'Graham Ellery', '00:09:02']);
  assert.equal(passageStarting(doc, 'What about the year after?').place.speaker?.label, 'Dave Pritchard');
  assert.ok(!doc.meta?.speakers?.some((s) => /^(?:Open Meeting|Attendance)$/.test(s.label)));
});

test('labels by initials take the names and roles the header spells out: "Helena Marchbank (HM) - Chair, …", "PSO – Priya Sandhu-Oakes, Executive Director"', async () => {
  const text = [
    'TRANSCRIPT OF PRESS CONFERENCE',
    'Ref: HPT/PC/2025/014',
    'Date: Tuesday 14 October 2025',
    '',
    'Panel:',
    '  Helena Marchbank (HM) - Chair, Harcourt Playhouse Trust',
    '  Tobias Fenwick-Lyle (TFL) - Artistic Director, Harcourt Playhouse',
    '  PSO – Priya Sandhu-Oakes, Executive Director',
    '',
    'HM: Today we are confirming that the Harcourt will close at the end of January.',
    '',
    'TFL: We are not going dark, we are going on the road.',
    '',
    'PSO: The short answer is asbestos.',
    '',
    'HM: We will raise the rest.',
  ].join('\n');
  const [doc] = (await load('conference.txt', text)).documents;
  assert.equal(doc.format, 'transcript');
  // Were: "Ref" a speaker (its line the first turn, so the panel was no header), the others names unknown.
  assert.deepEqual(doc.meta?.speakers?.map((s) => [s.label, s.name, s.role, s.body]), [
    ['HM', 'Helena Marchbank', 'chair', 'Harcourt Playhouse Trust'],
    ['TFL', 'Tobias Fenwick-Lyle', 'artistic director', 'Harcourt Playhouse'],
    ['PSO', 'Priya Sandhu-Oakes', 'executive director', undefined],
  ]);
});

test('initials keyed at a part\'s head ("Speakers: LH = Lucy Hargreaves; MT = Marion Threlfall, owner, …") and a panel listed with its initials last ("Mr Simon Treadgold, director of education, … (ST)"); "Started:" and "Locations:" are no speakers', async () => {
  const interviews = [
    '# Interview transcript',
    '',
    '**Recorded by:** Lucy Hargreaves, reporter, Calderfold Gazette',
    '**Locations:** Lowfield Farm, near Wenlow (10:30); Threlfall\'s Garden Centre, Ashcombe (14:00)',
    '',
    '## Part 1 — Lowfield Farm',
    '',
    '**Speakers:** LH = Lucy Hargreaves; GP = Gareth Pell, farmer, Lowfield Farm',
    '',
    '**LH:** Can you tell me about the farm first?',
    '',
    '**GP:** We\'re 340 acres, mixed.',
    '',
    '## Part 2 — Threlfall\'s Garden Centre',
    '',
    '**Speakers:** LH = Lucy Hargreaves; MT = Marion Threlfall, owner, Threlfall\'s Garden Centre',
    '',
    '**LH:** How long have you been here?',
    '',
    '**MT:** My parents opened it in 1987.',
  ].join('\n');
  const [farm] = (await load('interviews.md', interviews)).documents;
  assert.deepEqual(farm.meta?.speakers?.map((s) => [s.label, s.name, s.role]), [
    ['LH', 'Lucy Hargreaves', undefined],
    ['GP', 'Gareth Pell', 'farmer'],
    ['MT', 'Marion Threlfall', 'owner'],
  ]);
  const meeting = [
    '# Meeting for Parents and Carers',
    '',
    '**Started:** 6.32pm **Ended:** 8.05pm',
    '',
    '**On the panel:**',
    '- Dr Alan Huxtable, chair, local governing board (AH)',
    '- Mr Simon Treadgold, director of education, Lydmere Valley Learning Trust (ST)',
    '',
    '---',
    '',
    '**AH:** Good evening, everyone.',
    '',
    '**ST:** Thank you, Alan.',
    '',
    '**XY:** A question from the floor.',
    '',
    '**ST:** It is a fair question.',
    '',
    '**AH:** Thank you. The next question.',
    '',
    '**ST:** Our policy is clear.',
  ].join('\n');
  const [panel] = (await load('meeting.md', meeting)).documents;
  assert.deepEqual(panel.meta?.speakers?.map((s) => [s.label, s.name, s.body]), [
    ['AH', 'Alan Huxtable', undefined],
    ['ST', 'Simon Treadgold', 'Lydmere Valley Learning Trust'],
    ['XY', undefined, undefined],
  ]);
  // (Initials no line spells out are shown as written.)
  assert.equal(speakerName(panel.meta!.speakers![2]), 'XY');
});

test("a committee's transcript: times and stage directions on their own lines, the chair's turns, questioners' names alone on their lines, aligned header keys", () => {
  const text = [
    'PUBLIC MEETING - TRANSCRIPT',
    'Item:         Flood scheme, questions and answers',
    'Date:         Tuesday 25 February 2025',
    '',
    'ON THE PANEL:',
    '  Cllr Gareth Pryce (GP)   Cabinet Member for Environment',
    '',
    '[7.22pm]',
    'CHAIR (Cllr Denholm): Thank you, Martin, for the presentation. We will go',
    '     straight to questions. The lady at the front first.',
    '',
    'PAULINE CARVER (Secretary, Quayside Residents\' Association):',
    '     We were promised this would be finished by March this year.',
    '',
    '[Show of hands]',
    '',
    'GP:  It is a fair question, and I will not pretend this is good news. The',
    '     scheme is now going to cost eighteen point nine million pounds.',
    '',
    'PAULINE CARVER:',
    '     And the Quayside barrier, is that going to be cut?',
    '',
    'GP:  No. We looked at dropping it and we have rejected that.',
    '',
    'CHAIR: Noted. Next question.',
  ].join('\n');
  // Was no transcript: the timestamps, the hard-wrapped turns' lines and the questioners' lines made its labelled lines
  // too few of its lines.
  assert.equal(looksLikeTranscript(text), true);
  const t = parsePlainTranscript(text);
  // (A stage direction is a paragraph of the turn it falls in.)
  const turns = t.segments.filter((s) => s.speaker && !t.text.slice(s.start, s.end).startsWith('[')).map((s) => [s.speaker, t.text.slice(s.start, s.end).split(/\s+/).slice(0, 3).join(' ')]);
  assert.deepEqual(turns, [
    ['CHAIR', 'Thank you, Martin,'],
    ['PAULINE CARVER', 'We were promised'],
    ['GP', 'It is a'],
    ['PAULINE CARVER', 'And the Quayside'],
    ['GP', 'No. We looked'],
    ['CHAIR', 'Noted. Next question.'],
  ]);
});

test("a header's role that runs on to lines indented under it, and a second post after the body, are the speaker's", () => {
  const text = [
    'RADIO KESTLEBY - NEWSROOM TRANSCRIPT',
    '',
    'SPEAKERS',
    'TE   Tom Ellery, presenter',
    'PV   Dr Priya Venkatesan, Principal Bridge Engineer, Marrowshire County',
    '     Council; project engineer for the Haddonford Bridge repairs',
    '',
    'TE: Is that bridge safe?',
    '',
    'PV: It is safe today with the weight limit in place.',
    '',
    'TE: And the crack?',
    '',
    'PV: We measured roughly 38 per cent loss of section on the bearing plates.',
  ].join('\n');
  const t = parsePlainTranscript(text);
  // Was "principal bridge engineer" of "Marrowshire County": the header's second line was no part of the role.
  assert.deepEqual(
    t.speakers.find((s) => s.label === 'PV'),
    { label: 'PV', name: 'Dr Priya Venkatesan', role: 'principal bridge engineer; project engineer for the haddonford bridge repairs', body: 'Marrowshire County Council' },
  );
});

test('a dateline at the top dates a text, Markdown or HTML source that keeps no date elsewhere; an event\'s date does not', async () => {
  const html = await load(
    'owsr.html',
    '<html><head><meta charset="utf-8"><title>OWSR statement</title></head><body><header><p>Office for Water Supply Regulation (OWSR)</p><p>News release &middot; Thursday 10 July 2025</p></header><main><p>The regulator today said it accepted that the ban, which begins on Friday 18 July, was reasonable.</p></main></body></html>',
  );
  assert.deepEqual(html.documents[0].meta?.date, { date: '2025-07-10', from: 'dateline' });
  const md = await load('release.md', '# Tarnwell Water announces a hosepipe ban\n\n**Issued:** Monday 7 July 2025\n\nThe company said today that the ban begins on Friday 18 July 2025.\n');
  assert.deepEqual(md.documents[0].meta?.date, { date: '2025-07-07', from: 'dateline' });
  const txt = await load('statement.txt', 'KELSBROOK MARATHON TRUST\nFor immediate release: Monday 10 June 2024\n\nAs of this morning, two runners remain in hospital.\n');
  assert.deepEqual(txt.documents[0].meta?.date, { date: '2024-06-10', from: 'dateline' });
  // A meeting paper is dated by its meeting ("**Meeting:** Cabinet, Thursday 14 November 2024, 6.30pm").
  const paper = await load('cabinet_report.md', '# Harbridge Borough Council — Cabinet Report\n\n**Meeting:** Cabinet, Thursday 14 November 2024, 6.30pm, Council Chamber\n**Agenda item:** 7\n\n(d) request a further report to the Cabinet meeting on 12 December 2024.\n');
  assert.deepEqual(paper.documents[0].meta?.date, { date: '2024-11-14', from: 'dateline' });
  // A judgment's date alone on its line, in bold.
  const remarks = await load('remarks.md', '# R v Gary Pennock — Sentencing Remarks\n\n**Carrbrook Crown Court**\n**Friday 19 April 2024**\n\nOn Monday 8 April 2024 a jury convicted you.\n');
  assert.deepEqual(remarks.documents[0].meta?.date, { date: '2024-04-19', from: 'dateline' });
  // Not the date of what the document is about, nor a date in its prose, nor one far down.
  assert.equal((await load('report.txt', 'INSPECTION REPORT\nDate of hearing: 4 March 2025\n\nThe panel sat for two days.\n')).documents[0].meta?.date, undefined);
  assert.equal((await load('notes.txt', 'NOTES\nMeetings held in March 2025 with residents\n\nThe panel sat for two days.\n')).documents[0].meta?.date, undefined);
  assert.equal((await load('story.txt', 'Published widely across the region, the report that came out on 4 March 2025 said the scheme had failed and that the council would have to find another way to pay for it.\n')).documents[0].meta?.date, undefined);
  assert.equal((await load('late.md', `# Notes\n\n${'A line of notes.\n\n'.repeat(10)}Date: 4 March 2025\n`)).documents[0].meta?.date, undefined);
  // Front matter still comes first.
  assert.deepEqual((await load('both.md', '---\ndate: 2025-01-02\n---\n\nIssued: 4 March 2025\n\nText.\n')).documents[0].meta?.date, { date: '2025-01-02', from: 'front matter' });
});

test('plain transcripts: who a speaker is, in brackets after their first turn\'s label, when the header does not say', async () => {
  const text = [
    'STUDENTS\' UNION EMERGENCY GENERAL MEETING - TRANSCRIPT',
    'Date: Thursday 6 March 2025',
    '',
    'PRIYA NANDA (SU President, Chair): Good evening, everyone. Grace, you had your hand up.',
    '',
    'GRACE FENWICK (second-year student, BA Music Technology, and School of Music course rep): Yes. Music Technology had its best National Student Survey score ever last summer. Ninety-two per cent satisfaction.',
    '',
    'PRIYA NANDA: Thank you, Grace.',
    '',
    'GRACE FENWICK: Thank you.',
  ].join('\n');
  const [doc] = (await load('meeting.txt', text)).documents;
  assert.equal(doc.format, 'transcript');
  assert.equal(passageStarting(doc, 'Ninety-two per cent satisfaction.').place.speaker?.label, 'GRACE FENWICK');
  const grace = doc.meta?.speakers?.find((s) => s.label === 'GRACE FENWICK');
  assert.match(grace?.role ?? '', /^second-year student\b/);
  assert.equal(grace?.body, 'BA Music Technology');
  // (A second post in the body's place is a post: "SU President, Chair".)
  const priya = doc.meta?.speakers?.find((s) => s.label === 'PRIYA NANDA');
  assert.deepEqual([priya?.role, priya?.body], ['su president; chair', undefined]);
});

test('plain transcripts: a post as a label is the one person the header gives that post; a note in brackets is no one\'s words', async () => {
  const text = [
    "BRACKENDALE CORONER'S COURT",
    'Transcript of proceedings, Day 2 - Wednesday 15 January 2025',
    'Before: Helen Marsden, Area Coroner for Brackendale and the Upper Calder',
    'Present: Priya Nandra (counsel for the family)',
    '',
    'CORONER: Good morning. Station Manager, please take the oath.',
    '',
    '[Witness sworn: Station Manager Ruth Calloway, Calderbrook Fire and Rescue Service]',
    '',
    'CORONER: You were the incident commander?',
    '',
    'CALLOWAY: I was, ma\'am.',
  ].join('\n');
  const [doc] = (await load('inquest.txt', text)).documents;
  assert.deepEqual(doc.meta?.speakers?.find((s) => s.label === 'CORONER'), { label: 'CORONER', name: 'Helen Marsden', role: 'area coroner for brackendale and the upper calder' });
  assert.equal(passageStarting(doc, '[Witness sworn').place.speaker, undefined);
  assert.equal(passageStarting(doc, 'You were the incident commander?').place.speaker?.label, 'CORONER');
});

test('a transcript of two interviews, parted by rules and "PART 2:" headings, names each part\'s speaker from its heading', () => {
  const text = [
    'HALLOWBY COURIER — INTERVIEW TRANSCRIPT',
    'Reporter: Jess Armitage, local democracy and housing reporter',
    'Date: Friday 18 October 2024',
    '',
    '==================================================',
    'PART 1: Ruth Okonedo-Bailey, tenant, Flat 3, Harrowgate House, Hallowby',
    'Recorded at the tenant\'s flat, 10.30am',
    '==================================================',
    '',
    'JA: Can you take me back to when this started?',
    '',
    'ROB: It was the first week of March last year. I rang the repairs line on the Monday.',
    '',
    'JA: What happened then?',
    '',
    'ROB: Nobody came for five weeks.',
    '',
    '==================================================',
    'PART 2: Gareth Fennimore, Director of Property Services, Pennock Vale Housing Trust',
    'Recorded by telephone, 2.15pm',
    '==================================================',
    '',
    'JA: Why did it take so long?',
    '',
    'GF: We had a backlog of 412 damp cases in March, and we did not triage them well enough.',
    '',
  ].join('\n');
  const t = parsePlainTranscript(text);
  const name = (label: string) => t.speakers.find((s) => s.label === label)?.name;
  assert.equal(name('JA'), 'Jess Armitage');
  assert.equal(name('ROB'), 'Ruth Okonedo-Bailey');
  assert.equal(name('GF'), 'Gareth Fennimore');
  assert.equal(t.speakers.find((s) => s.label === 'GF')?.role, 'director of property services');
  // "Reporter: …" declares the reporter: no turn of a speaker called Reporter.
  assert.ok(!t.speakers.some((s) => s.label === 'Reporter'), JSON.stringify(t.speakers));
  // The second part's heading is no one's words: not ROB's, whose turn came before it.
  const heading = t.text.indexOf('PART 2: Gareth Fennimore');
  assert.ok(heading >= 0);
  assert.equal(t.segments.find((s) => s.start <= heading && heading < s.end)?.speaker, undefined);
  const words = t.text.indexOf('We had a backlog');
  assert.equal(t.segments.find((s) => s.start <= words && words < s.end)?.speaker, 'GF');
});

test('"Interviewees:" in a header declares its people, each with only their own post up to the semicolon', () => {
  const text = [
    'INTERVIEW TRANSCRIPT',
    'Recorded: Thursday 6 March 2025, 11.00am to 11.48am',
    'Interviewer: Rachel Ormsby, reporter, Harrowdale Gazette',
    'Interviewees: Fiona Galbraith, Team Leader, Harrowdale Fells Mountain Rescue Team; Martin Kettleby, 58, retired geography teacher, of Wexley Cross',
    '',
    '---',
    '',
    'RO: Fiona, 187 callouts. Did you see that coming?',
    '',
    'FG: Not really. We had 164 in 2022 and we thought that was a one-off.',
    '',
    'RO: Martin, you were one of them.',
    '',
    'MK: I was. I slipped on a wet rock above Skelbeck Tarn.',
    '',
  ].join('\n');
  const t = parsePlainTranscript(text);
  const fg = t.speakers.find((s) => s.label === 'FG');
  assert.equal(fg?.name, 'Fiona Galbraith');
  assert.equal(fg?.role, 'team leader');
  assert.equal(t.speakers.find((s) => s.label === 'MK')?.name, 'Martin Kettleby');
  assert.ok(!t.speakers.some((s) => s.label === 'Interviewees'), JSON.stringify(t.speakers));
});
