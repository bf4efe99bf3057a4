/**
 * The bad-input matrix: hostile and broken files, each used as a draft and as a source, on the CLI
 * (`test/cli/matrix.test.ts`) and through the language server (`test/lsp/matrix.test.ts`), and timed by
 * `bench/hostile.ts`. Every input is generated (deterministically), so the repository holds no large files.
 *
 * `origin` says where a case comes from: the reliability issue's list (#11), the attacker's list of the parsing
 * issue (#15), or what measuring micromark turned up while fixing it.
 */

export type DraftExpectation =
  /** Checked: a report, perhaps with a warning about how it was read. */
  | { checked: true; warning?: RegExp }
  /** Refused with a clear message. */
  | { checked: false; message: RegExp };

export type SourceExpectation = { indexed: true; warning?: RegExp } | { indexed: false; message: RegExp };

export interface HostileInput {
  name: string;
  origin: string;
  /** One of the cases the parsing issue (#15) lists: each must finish in under 2 s (`bench/hostile.ts`). */
  issue15?: boolean;
  draftExt: '.md' | '.txt';
  sourceExt: '.md' | '.txt' | '.html';
  /** The file's bytes; `sparse` files are made with `truncate` (their size matters, never their bytes). */
  bytes?: () => Buffer;
  sparse?: number;
  draft: DraftExpectation;
  source: SourceExpectation;
}

const KB = 1024;
const MB = 1024 * 1024;

/** A small, fixed pseudo-random generator (mulberry32), so "random bytes" are the same on every run. */
function randomBytes(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let a = seed >>> 0;
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

/** `unit` repeated to at most `size` bytes of UTF-8 (whole units). */
function repeat(unit: string, size: number): Buffer {
  return Buffer.from(unit.repeat(Math.floor(size / Buffer.byteLength(unit, 'utf8'))), 'utf8');
}

const NESTING = /nested more than 16 levels deep/;
const MARKUP = /than can be parsed in bounded time/;
const TOO_LARGE_DRAFT = /too large for a draft/;

export const HOSTILE_INPUTS: HostileInput[] = [
  // --- the reliability issue (#11) ------------------------------------------------------------------------
  {
    name: 'binary',
    origin: '#11 binary bytes',
    draftExt: '.md',
    sourceExt: '.txt',
    bytes: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), randomBytes(16 * KB, 1)]),
    draft: { checked: false, message: /binary/ },
    source: { indexed: false, message: /looks binary/ },
  },
  {
    name: 'random-bytes',
    origin: '#11 random bytes',
    draftExt: '.txt',
    sourceExt: '.md',
    bytes: () => randomBytes(256 * KB, 2),
    draft: { checked: false, message: /binary/ },
    source: { indexed: false, message: /looks binary/ },
  },
  {
    name: 'invalid-utf8',
    origin: '#11 invalid UTF-8',
    draftExt: '.md',
    sourceExt: '.md',
    bytes: () => Buffer.concat([Buffer.from('On January 10, KCNA announced an amnesty '), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(' for 1,000 prisoners.\n')]),
    draft: { checked: true, warning: /not valid UTF-8/ },
    source: { indexed: true, warning: /not valid UTF-8/ },
  },
  {
    name: 'utf16-bom',
    origin: '#11 UTF-16 with BOM',
    draftExt: '.md',
    sourceExt: '.txt',
    bytes: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('On January 10, KCNA announced an amnesty for 1,000 prisoners.\n', 'utf16le')]),
    draft: { checked: true },
    source: { indexed: true },
  },
  { name: 'empty', origin: '#11 empty draft', draftExt: '.md', sourceExt: '.md', bytes: () => Buffer.alloc(0), draft: { checked: true }, source: { indexed: true } },
  {
    name: 'whitespace',
    origin: '#11 whitespace draft',
    draftExt: '.txt',
    sourceExt: '.md',
    bytes: () => Buffer.from(' \n\t\n   \r\n\u00a0\u2028\n'),
    draft: { checked: true },
    source: { indexed: true },
  },
  {
    name: 'one-line-5mb',
    origin: '#11 a 5 MB one-line draft',
    draftExt: '.md',
    sourceExt: '.txt',
    bytes: () => repeat('The minister said five people died in the flood ', 5 * MB),
    draft: { checked: false, message: TOO_LARGE_DRAFT },
    source: { indexed: true },
  },
  {
    name: 'huge-50mb',
    origin: '#11 a 50 MB source',
    draftExt: '.txt',
    sourceExt: '.txt',
    sparse: 50 * MB,
    draft: { checked: false, message: TOO_LARGE_DRAFT },
    source: { indexed: false, message: /over the maximum source size/ },
  },
  {
    name: 'stars-1mb',
    origin: '#11 1 MB of *',
    draftExt: '.md',
    sourceExt: '.md',
    bytes: () => repeat('*', MB),
    draft: { checked: true, warning: MARKUP },
    source: { indexed: true, warning: MARKUP },
  },
  {
    name: 'quotes-1mb',
    origin: '#11 1 MB of unbalanced quotes',
    draftExt: '.md',
    sourceExt: '.md',
    bytes: () => repeat('"a “b ‘c \'d ', MB),
    draft: { checked: true },
    source: { indexed: true },
  },
  { name: 'digits-1mb', origin: '#11 long run of digits', draftExt: '.md', sourceExt: '.md', bytes: () => repeat('1', MB), draft: { checked: true }, source: { indexed: true } },
  { name: 'commas-1mb', origin: '#11 long run of digits and commas', draftExt: '.md', sourceExt: '.md', bytes: () => repeat('1,', MB), draft: { checked: true }, source: { indexed: true } },
  {
    name: 'capitals-1mb',
    origin: '#11 long run of capitalised words',
    draftExt: '.md',
    sourceExt: '.md',
    bytes: () => repeat('Kim Jong Un Said ', MB),
    draft: { checked: true },
    source: { indexed: true },
  },
  { name: 'slashes-1mb', origin: '#11 1/1/1/…', draftExt: '.md', sourceExt: '.md', bytes: () => repeat('1/', MB), draft: { checked: true }, source: { indexed: true } },
  {
    name: 'sentences-100k',
    origin: '#11 a 100k-sentence draft',
    draftExt: '.md',
    sourceExt: '.txt',
    bytes: () => Buffer.from(Array.from({ length: 100_000 }, (_, i) => `Al won ${i % 10}.`).join(' ')),
    draft: { checked: true, warning: /Only the first 5000 claims/ },
    source: { indexed: true },
  },

  // --- the parsing issue (#15) ----------------------------------------------------------------------------
  {
    name: 'blockquotes-4kb',
    origin: '#15.1 a 4 KB draft of nested >',
    issue15: true,
    draftExt: '.md',
    sourceExt: '.md',
    bytes: () => Buffer.from(`${'>'.repeat(4 * KB - 3)} a\n`),
    draft: { checked: true, warning: NESTING },
    source: { indexed: true, warning: NESTING },
  },
  {
    name: 'blockquote-lines-4kb',
    origin: '#15.1 nested > over many lines',
    issue15: true,
    draftExt: '.md',
    sourceExt: '.md',
    bytes: () => Buffer.from(Array.from({ length: 90 }, (_, i) => `${'> '.repeat(i)}Kim said ${i} people came.`).join('\n').slice(0, 4 * KB)),
    draft: { checked: true, warning: NESTING },
    source: { indexed: true, warning: NESTING },
  },
  {
    name: 'blockquotes-50kb',
    origin: '#15.1 50 KB of nested > (as a source: 72 s of indexing)',
    issue15: true,
    draftExt: '.md',
    sourceExt: '.md',
    bytes: () => Buffer.from(`${'>'.repeat(50 * KB)} a\n`),
    draft: { checked: true, warning: NESTING },
    source: { indexed: true, warning: NESTING },
  },
  {
    name: 'list-indented-5000',
    origin: '#15.1 5,000 indented list levels',
    issue15: true,
    draftExt: '.md',
    sourceExt: '.md',
    bytes: () => Buffer.from(Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}- a`).join('\n')),
    draft: { checked: false, message: TOO_LARGE_DRAFT },
    source: { indexed: true, warning: NESTING },
  },
  {
    name: 'list-dashes-50k',
    origin: '#15.1 50k "- " on one line',
    issue15: true,
    draftExt: '.md',
    sourceExt: '.md',
    bytes: () => Buffer.from(`${'- '.repeat(50_000)}a\n`),
    draft: { checked: true, warning: NESTING },
    source: { indexed: true, warning: NESTING },
  },
  {
    name: 'brackets-1mb',
    origin: '#15.1 1 MB of [',
    issue15: true,
    draftExt: '.md',
    sourceExt: '.md',
    bytes: () => repeat('[', MB),
    draft: { checked: true, warning: MARKUP },
    source: { indexed: true, warning: MARKUP },
  },
  {
    name: 'entities-1mb',
    origin: '#15.1 1 MB of &amp;',
    issue15: true,
    draftExt: '.md',
    sourceExt: '.md',
    bytes: () => repeat('&amp;', MB),
    draft: { checked: true, warning: MARKUP },
    source: { indexed: true, warning: MARKUP },
  },
  {
    name: 'backticks-1mb',
    origin: '#15.1 1 MB of `a',
    issue15: true,
    draftExt: '.md',
    sourceExt: '.md',
    bytes: () => repeat('`a ', MB),
    draft: { checked: true, warning: MARKUP },
    source: { indexed: true, warning: MARKUP },
  },
  {
    name: 'angles-1mb',
    origin: '#15.1 1 MB of <',
    issue15: true,
    draftExt: '.md',
    sourceExt: '.md',
    bytes: () => repeat('<', MB),
    draft: { checked: true, warning: MARKUP },
    source: { indexed: true, warning: MARKUP },
  },
  {
    name: 'link-openers-32k',
    origin: '#15.1 [a]( repeated 32k times',
    issue15: true,
    draftExt: '.md',
    sourceExt: '.md',
    bytes: () => repeat('[a](', 128 * KB),
    draft: { checked: true, warning: MARKUP },
    source: { indexed: true, warning: MARKUP },
  },
  {
    name: 'unclosed-ignore-768kb',
    origin: '#15.2 unclosed <!-- claimcheck-ignore: comments',
    issue15: true,
    draftExt: '.md',
    sourceExt: '.md',
    bytes: () => repeat('<!-- claimcheck-ignore: ', 768 * KB),
    draft: { checked: true },
    source: { indexed: true },
  },
  {
    name: 'unclosed-ignore-lines',
    origin: '#15.2 unclosed ignore comments, one a line, in a plain-text draft',
    issue15: true,
    draftExt: '.txt',
    sourceExt: '.txt',
    bytes: () => repeat('<!-- claimcheck-ignore: why\n', 768 * KB),
    draft: { checked: true },
    source: { indexed: true },
  },
  {
    name: 'divs-200k',
    origin: '#15.3 HTML nested 200k divs deep',
    issue15: true,
    draftExt: '.md',
    sourceExt: '.html',
    bytes: () => Buffer.from(`${'<div>'.repeat(200_000)}Kim said 5 people came.${'</div>'.repeat(200_000)}`),
    draft: { checked: false, message: TOO_LARGE_DRAFT },
    source: { indexed: true },
  },
  {
    name: 'spans-200k',
    origin: '#15.3 inline elements nested 200k deep',
    issue15: true,
    draftExt: '.txt',
    sourceExt: '.html',
    bytes: () => repeat('<span>a ', 200_000 * 8),
    draft: { checked: false, message: TOO_LARGE_DRAFT },
    source: { indexed: true },
  },

  // --- found while measuring micromark --------------------------------------------------------------------
  {
    name: 'setext-headings',
    origin: 'setext headings: each rewrites the whole event list',
    draftExt: '.md',
    sourceExt: '.md',
    bytes: () => repeat('a\n=\n\n', 400 * KB),
    draft: { checked: true, warning: MARKUP },
    source: { indexed: true, warning: MARKUP },
  },
  {
    name: 'blank-lines-1mb',
    origin: 'a megabyte of blank lines',
    draftExt: '.md',
    sourceExt: '.md',
    bytes: () => repeat('\n', MB),
    draft: { checked: true, warning: MARKUP },
    source: { indexed: true, warning: MARKUP },
  },
  {
    name: 'list-items-1mb',
    origin: 'a megabyte of one-word list items',
    draftExt: '.md',
    sourceExt: '.md',
    bytes: () => repeat('- a\n\n', MB),
    draft: { checked: true, warning: MARKUP },
    source: { indexed: true, warning: MARKUP },
  },
  {
    name: 'links-paragraph-1mb',
    origin: 'one megabyte-long paragraph of ordinary links',
    draftExt: '.md',
    sourceExt: '.md',
    bytes: () => repeat('[link text here](https://example.com/a/b) and some more words. ', MB),
    draft: { checked: true },
    source: { indexed: true },
  },
  {
    name: 'apostrophes-1mb',
    origin: "unpaired apostrophes ('a 'a 'a …)",
    draftExt: '.txt',
    sourceExt: '.txt',
    bytes: () => repeat("'a ", MB),
    draft: { checked: true },
    source: { indexed: true },
  },
];
