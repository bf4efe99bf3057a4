/**
 * The claimcheck command as a user runs it: the built bin/claimcheck.js in a real folder, real files,
 * real exit codes. Run `npm run build` first (npm test does).
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const bin = join(root, 'bin', 'claimcheck.js');
const example = join(root, 'examples', 'newsroom');

/** The runs' platform cache folder (the default index cache goes there): a temporary one, not the user's. */
const cacheHome = mkdtempSync(join(tmpdir(), 'claimcheck-xdg-'));
after(() => rmSync(cacheHome, { recursive: true, force: true }));

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cacheHome } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempWorkspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const KCNA = 'On January 10, KCNA announced a prisoner amnesty to be conducted in February.\n\nThe amnesty marks the 100th birthday of Kim Il Sung.\n';

test('check on the example draft: compiler-style lines, a summary, exit 1 for error findings', () => {
  const { code, stdout, stderr } = run(['check', 'drafts/amnesty.md'], example);
  assert.equal(stderr, '');
  assert.equal(code, 1);
  assert.match(stdout, /^drafts\/amnesty\.md:\d+:\d+ +error +contradicted-claim +The source gives January 10, not January 15/m);
  assert.match(stdout, /^drafts\/amnesty\.md:\d+:\d+ +error +unknown-citation /m);
  assert.match(stdout, /^drafts\/amnesty\.md:\d+:\d+ +warning +unsupported-claim /m);
  assert.match(stdout, /^drafts\/amnesty\.md:\d+:\d+ +error +altered-quote /m);
  assert.match(stdout, /1 draft checked against 6 source documents/);
  assert.match(stdout, /Claims: \d+ \(\d+ supported, \d+ contradicted, \d+ unsupported(, \d+ supported with a flagged quote, speaker or citation)?\)/);
});

test('the harbour draft: findings from the PDF report, the Word release and the VTT panel, and a misattributed quote', () => {
  const { code, stdout } = run(['check', 'drafts/harbour.md'], example);
  assert.equal(code, 1);
  // The PDF's page, the Word document's paragraph, the transcript's line and time.
  assert.match(stdout, /^drafts\/harbour\.md:\d+:1 +error +contradicted-claim +The source gives 14, not 16 \(sources\/harbour-report\.pdf p\. 1\)\.$/m);
  assert.match(stdout, /^drafts\/harbour\.md:\d+:1 +error +contradicted-claim +The source gives £2 million, not £3 million \(sources\/council-release\.docx ¶ \d+\)\.$/m);
  assert.match(stdout, /^drafts\/harbour\.md:\d+:\d+ +error +misattributed-quote +These words were said by Dr Amara Okafor \(marine biologist\), not Brennan \(sources\/harbour-panel\.vtt:\d+, 00:00:17\)\.$/m);
  assert.match(stdout, /^drafts\/harbour\.md:\d+:1 +error +contradicted-claim +The source gives Wednesday, not Monday \(sources\/harbour-panel\.vtt:\d+\); it was recorded on Wednesday 6 March 2024\.$/m);
  const json = JSON.parse(run(['check', 'drafts/harbour.md', '--format', 'json'], example).stdout);
  const claims = json.files[0].claims as { text: string; verdict: string; evidence: Record<string, unknown>[] }[];
  const oysters = claims.find((c) => c.text.startsWith('Divers counted'))!;
  assert.equal(oysters.verdict, 'supported');
  assert.deepEqual([oysters.evidence[0].document, oysters.evidence[0].page, oysters.evidence[0].sourceDate], ['sources/harbour-report.pdf', 2, '2024-03-04']);
  const ships = claims.find((c) => c.text.includes('Ships have waited'))!;
  assert.equal(ships.verdict, 'supported', 'a verbatim quote whose speaker the transcript confirms');
  assert.deepEqual([ships.evidence[0].speaker, ships.evidence[0].time], ['Tom Brennan', '00:00:34']);
  // The misattributed quote: its claim is supported by the transcript's words, yet neither it (flagged: a quote in
  // it is) nor its quote (misattributed) is counted as supported or verified, in the JSON and in the text.
  const brennan = claims.find((c) => c.text.includes('The oysters are coming back'))! as { verdict: string; group?: string };
  assert.deepEqual([brennan.verdict, brennan.group], ['supported', 'flagged']);
  const quote = (json.files[0].quotes as { text: string; group: string }[]).find((q) => q.text.includes('The oysters are coming back'))!;
  assert.equal(quote.group, 'misattributed');
  assert.equal(json.summary.misattributed, 1);
  assert.equal(json.summary.coverage.quotesMisattributed, 1);
  assert.equal(json.summary.coverage.quotesVerified, json.summary.coverage.quotes - 1);
  assert.equal(json.summary.supported, json.summary.coverage.supported);
  assert.match(stdout, /^Claims: 12 \(\d+ supported, \d+ contradicted, \d+ unsupported, 1 supported with a flagged quote, speaker or citation\)\. Quotes: 4 \(3 verbatim, 1 misattributed, 0 altered, 0 not found\)\.$/m);
  assert.match(stdout, /^Coverage: .*; 3 of 4 quotes verified, 1 misattributed;/m);
});

test('--format json follows the documented shape with 0-based LSP positions', () => {
  const { code, stdout } = run(['check', 'drafts/amnesty.md', '--format', 'json'], example);
  assert.equal(code, 1);
  const json = JSON.parse(stdout);
  assert.equal(json.version, 2);
  assert.equal(json.sources.documents, 6);
  assert.ok(json.sources.passages > 20);
  assert.equal(json.files.length, 1);
  const file = json.files[0];
  assert.equal(file.path, 'drafts/amnesty.md');
  const jan = file.claims.find((c: { text: string }) => c.text.startsWith('On January 15'));
  assert.ok(jan, 'the January 15 claim is a claim');
  assert.equal(jan.verdict, 'contradicted');
  assert.deepEqual(jan.conflicts[0], { claim: 'January 15', source: 'January 10', kind: 'date' });
  assert.equal(jan.range.start.line, 8, 'line 9 of the draft, 0-based');
  assert.equal(jan.range.start.character, 0);
  assert.equal(jan.evidence[0].document, 'sources/amnesty-report.txt');
  assert.match(jan.evidence[0].text, /On January 10, KCNA announced/);
  assert.equal(jan.evidence[0].range.start.line, 4, 'the passage is on line 5 of the source');
  for (const q of file.quotes) assert.ok(['verbatim', 'altered', 'not-found'].includes(q.verdict));
  const s = json.summary;
  // Every claim and quote in one group: a supported claim with a flagged quote or citation is `flagged`.
  assert.equal(s.claims, s.supported + s.flagged + s.contradicted + s.unsupported);
  assert.equal(s.quotes, s.verbatim + s.misattributed + s.altered + s.notFound);
  assert.equal(s.supported, file.claims.filter((c: { group: string }) => c.group === 'supported').length);
  for (const f of file.findings) {
    assert.ok(['unsupported-claim', 'contradicted-claim', 'altered-quote', 'unverified-quote', 'unknown-citation'].includes(f.code));
    assert.ok(['error', 'warning', 'information', 'hint'].includes(f.severity));
  }
});

test('--format sarif is SARIF 2.1.0 with one result per finding', () => {
  const json = JSON.parse(run(['check', 'drafts/amnesty.md', '--format', 'json'], example).stdout);
  const { code, stdout } = run(['check', 'drafts/amnesty.md', '--format', 'sarif'], example);
  assert.equal(code, 1);
  const sarif = JSON.parse(stdout);
  assert.equal(sarif.version, '2.1.0');
  const results = sarif.runs[0].results;
  assert.equal(results.length, json.files[0].findings.length);
  const first = results[0];
  assert.equal(first.locations[0].physicalLocation.artifactLocation.uri, 'drafts/amnesty.md');
  assert.equal(first.locations[0].physicalLocation.region.startLine, json.files[0].findings[0].range.start.line + 1);
});

test('a draft whose claims the sources back exits 0', () => {
  const dir = tempWorkspace({ 'sources/kcna.txt': KCNA, 'draft.md': 'On January 10, KCNA announced a prisoner amnesty to be conducted in February. [@kcna]\n' });
  try {
    const { code, stdout } = run(['check', 'draft.md'], dir);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /Claims: 1 \(1 supported, 0 contradicted, 0 unsupported\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('.claimcheck.json names the sources; --sources overrides it', () => {
  const dir = tempWorkspace({
    '.claimcheck.json': '{"sources": ["interviews"]}',
    'interviews/kcna.txt': KCNA,
    'other/kcna.txt': 'Nothing about it here.\n',
    'draft.md': 'The amnesty marks the 100th birthday of Kim Il Sung.\n',
  });
  try {
    assert.equal(run(['check', 'draft.md'], dir).code, 0);
    const other = run(['check', 'draft.md', '--sources', 'other', '--format', 'json'], dir);
    assert.equal(JSON.parse(other.stdout).files[0].claims[0].verdict, 'unsupported');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('usage and input errors exit 2 with one line and no stack trace', () => {
  const dir = tempWorkspace({ 'sources/kcna.txt': KCNA, 'draft.md': 'On January 10, KCNA announced an amnesty.\n' });
  try {
    const cases: [string[], RegExp][] = [
      [['frobnicate'], /Unknown command "frobnicate"/],
      [['check'], /Name at least one draft/],
      [['check', 'missing.md'], /Draft not found: /],
      [['check', 'draft.md', '--format', 'xml'], /--format must be text, json or sarif/],
      [['check', 'draft.md', '--max-evidence', 'lots'], /--max-evidence must be a positive whole number/],
      [['check', 'draft.md', '--sources', 'nowhere'], /No source documents: Source "nowhere" does not exist/],
      [['check', 'draft.md', '--bogus'], /Unknown option '--bogus'/],
      [['search'], /Give a query/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = run(args, dir);
      assert.equal(code, 2, `${args.join(' ')} → ${stderr}`);
      assert.match(stderr, message);
      assert.equal(stderr.trim().split('\n').length, 1, `one line for ${args.join(' ')}: ${stderr}`);
      assert.doesNotMatch(stderr, /\n\s+at /);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a malformed .claimcheck.json is a clear input error', () => {
  const dir = tempWorkspace({ '.claimcheck.json': '{ "sources": [ ', 'sources/kcna.txt': KCNA, 'draft.md': 'KCNA announced it on January 10.\n' });
  try {
    const { code, stderr } = run(['check', 'draft.md'], dir);
    assert.equal(code, 2);
    assert.match(stderr, /\.claimcheck\.json is not valid JSON/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bad sources are skipped with a warning each; an empty draft is fine', () => {
  const dir = tempWorkspace({
    'sources/kcna.txt': KCNA,
    'sources/photo.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    'sources/latin1.txt': Buffer.from('Caf\xe9 owners said prices rose by 4% in 2011.\n', 'latin1'),
    'sources/broken.html': '<html><body><p>The amnesty began <b>in February<p>Unclosed <div><table><td>cell',
    'empty.md': '',
  });
  try {
    const { code, stdout, stderr } = run(['check', 'empty.md', '--format', 'json'], dir);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /photo\.txt: .*binary/i);
    assert.match(stderr, /latin1\.txt: .*UTF-8/i);
    const json = JSON.parse(stdout);
    assert.equal(json.files[0].claims.length, 0);
    assert.ok(json.sources.documents >= 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('search prints the best passages with file and line', () => {
  const { code, stdout } = run(['search', 'estimate of prisoners released for economic crimes'], example);
  assert.equal(code, 0);
  const first = stdout.split('\n')[0];
  assert.match(first, /^sources\/interview-park\.txt:\d+ +\(\d+\.\d\d\) +.*1,500 and 3,000 prisoners/);
  const json = JSON.parse(run(['search', 'Kim Il Sung birthday', '--format', 'json', '--limit', '2'], example).stdout);
  assert.equal(json.results.length, 2);
});

test('the example copied elsewhere gives the same findings (no absolute paths leak into the output)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-example-'));
  try {
    cpSync(example, dir, { recursive: true });
    const a = run(['check', 'drafts/amnesty.md', '--format', 'json'], example).stdout;
    const b = run(['check', 'drafts/amnesty.md', '--format', 'json'], dir).stdout;
    assert.equal(a, b);
    assert.ok(!b.includes(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a draft is never a source of itself: --sources . or a glob that matches it leaves it out of the sources', () => {
  // The draft's own claims are in no other file: if it supported itself, every claim would be supported.
  const draft = 'On March 3, the ministry said 4,200 prisoners were freed in Hamhung.\n\n“We open every gate today,” the warden said.\n';
  const dir = tempWorkspace({ 'story.md': draft, 'sources/kcna.txt': KCNA });
  try {
    for (const sources of [['.'], ['**/*.md', 'sources'], ['story.md', 'sources']]) {
      const { code, stdout, stderr } = run(['check', 'story.md', '--format', 'json', '--no-cache', ...sources.flatMap((s) => ['--sources', s])], dir);
      const context = `--sources ${sources.join(' ')}: ${stderr}`;
      assert.ok(code === 0 || code === 1, context);
      assert.match(stderr, /story\.md is also one of the sources; it is checked as a draft and left out of the sources/, context);
      const json = JSON.parse(stdout);
      assert.ok(json.files[0].claims.length >= 1, context);
      for (const claim of json.files[0].claims) assert.notEqual(claim.verdict, 'supported', `${claim.text} (${context})`);
      for (const quote of json.files[0].quotes) assert.notEqual(quote.verdict, 'verbatim', `${quote.text} (${context})`);
      for (const claim of json.files[0].claims) for (const e of claim.evidence) assert.notEqual(e.document, 'story.md', context);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a named binary or oversized draft is an input error (exit 2); invalid UTF-8 is warned about; every skipped source says why', () => {
  const dir = tempWorkspace({
    'bin.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]),
    'big.md': 'Kim said 5 people came. '.repeat(50_000),
    'latin.md': Buffer.concat([Buffer.from('Kim said 5 people came to '), Buffer.from([0xe9, 0x74, 0xe9]), Buffer.from(' on Monday.\n')]),
    'only/a.txt': Buffer.from([0, 1, 2, 3, 0, 0]),
    'sources/kcna.txt': KCNA,
  });
  try {
    const binary = run(['check', 'bin.md'], dir);
    assert.equal(binary.code, 2);
    assert.match(binary.stderr, /error: bin\.md is not checked: it looks like a binary file/);
    const big = run(['check', 'big.md'], dir);
    assert.equal(big.code, 2);
    assert.match(big.stderr, /error: big\.md is not checked: it is larger than 1024 KiB, too large for a draft/);
    const latin = run(['check', 'latin.md'], dir);
    assert.ok(latin.code === 0 || latin.code === 1, latin.stderr);
    assert.match(latin.stderr, /warning: latin\.md:1:\d+: not valid UTF-8/);
    const skipped = run(['check', 'latin.md', '--sources', 'only'], dir);
    assert.equal(skipped.code, 2);
    assert.match(skipped.stderr, /warning: only\/a\.txt: skipped, the file looks binary/);
    assert.match(skipped.stderr, /No usable source documents in only: the one source file was skipped/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--config names the file given in its errors, not .claimcheck.json', () => {
  const dir = tempWorkspace({ 'story.md': 'Kim said 5 people came.\n', 'team.json': '{ "sources": [ }', 'sources/kcna.txt': KCNA });
  try {
    const { code, stderr } = run(['check', 'story.md', '--config', 'team.json'], dir);
    assert.equal(code, 2);
    assert.match(stderr, /team\.json is not valid JSON/);
    assert.doesNotMatch(stderr, /\.claimcheck\.json/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
