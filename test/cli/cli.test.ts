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
  assert.match(stdout, /1 draft checked against 3 source documents/);
  assert.match(stdout, /Claims: \d+ \(\d+ supported, \d+ contradicted, \d+ unsupported\)/);
});

test('--format json follows the documented shape with 0-based LSP positions', () => {
  const { code, stdout } = run(['check', 'drafts/amnesty.md', '--format', 'json'], example);
  assert.equal(code, 1);
  const json = JSON.parse(stdout);
  assert.equal(json.version, 1);
  assert.equal(json.sources.documents, 3);
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
  assert.equal(s.claims, s.supported + s.contradicted + s.unsupported);
  assert.equal(s.quotes, s.verbatim + s.altered + s.notFound);
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
