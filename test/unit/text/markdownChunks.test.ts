/**
 * The parser's bounds (`planPieces`): what the Markdown parser is given is always within its bounds, ordinary
 * drafts are not touched, and hostile ones are read as plain text for the right reason.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  independentChunks,
  lineNesting,
  MAX_NESTING,
  newGroupMemo,
  MAX_PIECE_LENGTH,
  MAX_PIECE_LINES,
  MAX_PIECE_MARKUP,
  planPieces,
} from '../../../server/src/core/text/markdownChunks';
import { HOSTILE_INPUTS } from '../../matrix/inputs';

const plan = (text: string) => planPieces(text, independentChunks(text));
const DELIMITERS = /[*_~`[\]\\<&!]/g;

function checkBounds(text: string): void {
  const pieces = plan(text);
  let at = 0;
  for (const p of pieces) {
    assert.equal(p.start, at, 'pieces cover the text in order, without gaps');
    assert.ok(p.end > p.start || text.length === 0);
    at = p.end;
    if (p.plain) continue;
    // Fenced code (CommonMark: a line of three or more backticks or tildes, to a closing one) is read verbatim
    // by the parser: its lines are not bounded. A blank line opens nothing, however much whitespace it holds.
    const lines = text.slice(p.start, p.end).split(/\r\n|\r|\n/);
    let fence: string | undefined;
    const counted: string[] = [];
    for (const line of lines) {
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (fence) {
        if (f && f[1][0] === fence[0] && f[1].length >= fence.length && !line.slice(f[0].length).trim()) fence = undefined;
        continue;
      }
      if (f && !(f[1][0] === '`' && line.slice(f[0].length).includes('`'))) {
        fence = f[1];
        continue;
      }
      counted.push(line);
    }
    const piece = counted.join('\n');
    assert.ok(piece.length <= MAX_PIECE_LENGTH + 1, `piece of ${piece.length} characters`);
    assert.ok((piece.match(DELIMITERS) ?? []).length <= MAX_PIECE_MARKUP + 1, 'piece over the markup bound');
    assert.ok(counted.filter((l) => l.trim()).length <= MAX_PIECE_LINES + 1, `piece of ${counted.length} lines`);
    for (const line of counted) if (line.trim()) assert.ok(lineNesting(line, 0, line.length) <= MAX_NESTING, `a line nesting ${lineNesting(line, 0, line.length)} deep`);
  }
  assert.equal(at, text.length);
}

const FRAGMENTS = [
  'Kim said 5 people came.', ' ', '\n', '\n\n', '\r', '\r\n', '> ', '>', '- ', '* ', '1. ', '  ', '    ', '\t', '[', ']', '(', ')',
  '[a](b)', '*', '_', '`', '~', '<', '&amp;', '!', '|', '#', '=', 'www.x.y', 'x@y.z', '\\*', 'Word', '.', 'The minister said so. ',
];
/** Fragments repeated many times: long runs, deep prefixes, dense markup. */
const hostile = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.integer({ min: 1, max: 400 })), { maxLength: 30 })
  .map((parts) => parts.map(([f, n]) => f.repeat(n)).join(''));

describe('planPieces', () => {
  it('a fence\'s closing line opens no other fence: the nested list after it is bounded (a lone CR ends the line)', () => {
    const text = '```\n```\r' + '- '.repeat(14);
    checkBounds(text);
    assert.deepEqual(planPieces(text, independentChunks(text)), [{ start: 0, end: text.length, plain: 'nesting' }]);
  });

  it('a fence longer than the line\'s head is one fence: the lines after it are code, not a piece cut from it', () => {
    // Found by the property test below with a random seed: 261 backticks were read as a fence of 256 and a backtick
    // after it (no fence), the line was cut, and the cut's tail "```" opened a fence the parser saw.
    const text = '`'.repeat(261) + '\n\n```\r\n' + '*'.repeat(130);
    checkBounds(text);
    assert.deepEqual(plan(text), [{ start: 0, end: text.length }]);
  });

  it('gives the parser only pieces within its bounds, for any text', () => {
    fc.assert(fc.property(fc.oneof(hostile, fc.string({ maxLength: 3000 })), checkBounds), { numRuns: 300 });
  });

  it('plans the same with the groups remembered, for any texts and edits of them', () => {
    const memo = newGroupMemo();
    const edit = fc.tuple(fc.oneof(hostile, fc.string({ maxLength: 3000 })), fc.nat(), fc.constantFrom('', 'x', '\n', '\n\n', '*', '> ', '\r', ' '));
    fc.assert(
      fc.property(edit, ([text, at, insert]) => {
        const i = text.length ? at % text.length : 0;
        // The text, then an edit of it, then the text again: the later plans are made mostly of remembered groups.
        for (const t of [text, text.slice(0, i) + insert + text.slice(i), text]) {
          const chunks = independentChunks(t);
          assert.deepEqual(planPieces(t, chunks, memo), planPieces(t, chunks));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('remembers a group apart from the same text elsewhere: at the start (front matter), with other chunk boundaries', () => {
    const before = 'Word '.repeat(900) + '\n\n';
    const whole = (t: string, from = 0) => [...(from ? [{ start: 0, end: from }] : []), { start: from, end: t.length }];
    // Front matter at the start is not counted; the same lines further down are dense markup, cut into pieces.
    const frontMatter = '---\n' + '*a* '.repeat(300) + '\n---\n\nText.\n';
    const memo = newGroupMemo();
    assert.deepEqual(planPieces(frontMatter, whole(frontMatter), memo), [{ start: 0, end: frontMatter.length }]);
    const later = before + frontMatter;
    const pieces = planPieces(later, whole(later, before.length));
    assert.ok(pieces.length > 2, 'the later group is cut');
    assert.deepEqual(planPieces(later, whole(later, before.length), memo), pieces);

    // The same group as one chunk, then as twelve: cut at their boundaries (not marked as cuts), then elsewhere.
    const paragraphs = Array.from({ length: 12 }, (_, i) => `Para ${i} ` + '*x* '.repeat(12)).join('\n\n') + '\n';
    const text = before + paragraphs;
    const oneChunk = planPieces(text, whole(text, before.length), memo);
    const twelve = planPieces(text, independentChunks(text));
    assert.notDeepEqual(oneChunk, twelve);
    assert.deepEqual(planPieces(text, independentChunks(text), memo), twelve);
  });

  it('bounds a long run of blank lines at the end of a draft (found by a random seed: the run stayed in the last piece)', () => {
    const paragraph = 'The minister said so. '.repeat(700);
    for (const blank of ['\n', '\r\n', '   \n', ' '.repeat(50_000) + '\n']) {
      checkBounds(`${paragraph}\n${blank.repeat(Math.ceil(40_000 / blank.length))}`);
      checkBounds(`# Title\n\n${blank.repeat(Math.ceil(40_000 / blank.length))}`);
    }
    // An unclosed fence runs to the end: its code is never cut, blank lines or not.
    const fenced = `Intro.\n\n\`\`\`\ncode\n${'\n'.repeat(40_000)}more code\n${'\n'.repeat(40_000)}`;
    assert.equal(plan(fenced).filter((p) => p.start > fenced.indexOf('code')).length, 0);
  });

  it('leaves an ordinary draft alone: its chunks, none plain, none cut', () => {
    const text = readFileSync(join(__dirname, '../../fixtures/drafts/amnesty.md'), 'utf8');
    const long = Array.from({ length: 40 }, () => text).join('\n\n');
    for (const t of [text, long]) {
      const pieces = plan(t);
      assert.ok(pieces.every((p) => !p.plain && !p.cut), JSON.stringify(pieces.filter((p) => p.plain || p.cut)));
    }
  });

  it('cuts a long paragraph at sentence ends, not inside sentences', () => {
    const sentence = 'On January 10, KCNA announced a prisoner amnesty to be conducted in February. ';
    const text = sentence.repeat(2000);
    const pieces = plan(text);
    assert.ok(pieces.length > 5, `${pieces.length} pieces`);
    for (const p of pieces.slice(1)) {
      assert.ok(p.cut);
      assert.ok(text.startsWith('On January', p.start), `cut at ${JSON.stringify(text.slice(p.start - 10, p.start + 10))}`);
    }
  });

  it('reads the nested and markup-dense matrix inputs as plain text, for the right reason', () => {
    const expect: Record<string, string> = {
      'blockquotes-4kb': 'nesting',
      'blockquotes-50kb': 'nesting',
      'list-dashes-50k': 'nesting',
      'blockquote-lines-4kb': 'nesting',
      'brackets-1mb': 'markup',
      'angles-1mb': 'markup',
      'stars-1mb': 'markup',
      'setext-headings': 'markup',
      'list-items-1mb': 'markup',
    };
    for (const [name, reason] of Object.entries(expect)) {
      const text = HOSTILE_INPUTS.find((i) => i.name === name)!.bytes!().toString('utf8');
      const plain = plan(text).filter((p) => p.plain);
      assert.ok(plain.length > 0 && plain.every((p) => p.plain === reason), `${name}: ${JSON.stringify(plain.slice(0, 3))}`);
    }
  });

  it('counts nesting from a line’s leading markers and indentation, stopping at content', () => {
    assert.equal(lineNesting('> > - a', 0, 7), 3);
    assert.equal(lineNesting('1999. was a year', 0, 16), 1);
    assert.equal(lineNesting('---', 0, 3), 0);
    assert.equal(lineNesting('        code', 0, 12), 2);
    assert.ok(lineNesting('>'.repeat(100_000), 0, 100_000) > MAX_NESTING);
  });
});
