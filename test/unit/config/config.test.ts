import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG, parseConfigText, resolveConfig } from '../../../server/src/core/config';
import { MemoryFileSystem } from '../../../server/src/core/fs';
import { loadWorkspaceConfig } from '../../../server/src/core/workspace';

test('an absent config gives the defaults', () => {
  const { config, problems } = resolveConfig(undefined);
  assert.deepEqual(config, DEFAULT_CONFIG);
  assert.deepEqual(problems, []);
});

test('valid values override the defaults and leave the rest alone', () => {
  const { config, problems } = resolveConfig({
    sources: ['interviews', 'reports/*.html'],
    claims: 'all',
    maxEvidence: 5,
    thresholds: { support: 0.7 },
    severity: { 'unsupported-claim': 'off' },
  });
  assert.deepEqual(problems, []);
  assert.deepEqual(config.sources, ['interviews', 'reports/*.html']);
  assert.equal(config.claims, 'all');
  assert.equal(config.maxEvidence, 5);
  assert.equal(config.thresholds.support, 0.7);
  assert.equal(config.thresholds.contradiction, DEFAULT_CONFIG.thresholds.contradiction);
  assert.equal(config.severity['unsupported-claim'], 'off');
  assert.equal(config.severity['altered-quote'], DEFAULT_CONFIG.severity['altered-quote']);
  // The defaults themselves were not mutated.
  assert.equal(DEFAULT_CONFIG.thresholds.support === 0.7, false);
});

test('a single string for sources is taken as a list of one', () => {
  assert.deepEqual(resolveConfig({ sources: 'docs' }).config.sources, ['docs']);
});

test('each invalid value is reported by its path and replaced by the default', () => {
  const { config, problems } = resolveConfig({
    sources: [3],
    claims: 'some',
    maxEvidence: -1,
    maxFileSize: 1.5,
    thresholds: { support: 2, guess: 0.1 },
    severity: { 'unsupported-claim': 'fatal', 'no-such-code': 'error' },
    colour: 'blue',
  });
  assert.deepEqual(
    problems.map((p) => p.path).sort(),
    ['claims', 'colour', 'maxEvidence', 'maxFileSize', 'severity.no-such-code', 'severity.unsupported-claim', 'sources', 'thresholds.guess', 'thresholds.support'],
  );
  assert.deepEqual(config.sources, DEFAULT_CONFIG.sources);
  assert.equal(config.claims, 'checkworthy');
  assert.equal(config.thresholds.support, DEFAULT_CONFIG.thresholds.support);
});

test('malformed JSON is one clear problem, not an exception', () => {
  const { config, problems } = parseConfigText('{ "sources": ["a", }');
  assert.equal(problems.length, 1);
  assert.match(problems[0].message, /\.claimcheck\.json is not valid JSON/);
  assert.deepEqual(config, DEFAULT_CONFIG);
});

test('a JSON value that is not an object is reported', () => {
  assert.match(parseConfigText('[1, 2]').problems[0].message, /must be a JSON object/);
});

test('a byte-order mark before the JSON is accepted', () => {
  assert.deepEqual(parseConfigText('\uFEFF{"claims": "all"}').problems, []);
});

test('loadWorkspaceConfig reads .claimcheck.json at the root, and says when there is none', async () => {
  const fs = new MemoryFileSystem({ '/ws/.claimcheck.json': '{"sources": ["interviews"]}', '/other/readme.md': '# hi' });
  const found = await loadWorkspaceConfig(fs, '/ws');
  assert.ok(found);
  assert.equal(found.file, '/ws/.claimcheck.json');
  assert.deepEqual(found.config.sources, ['interviews']);
  assert.equal(await loadWorkspaceConfig(fs, '/other'), undefined);
});
