/**
 * The settings are declared three times: the engine's defaults (config.ts), the extension's settings
 * (package.json) and the JSON schema of .claimcheck.json. These tests keep them in step.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG, FINDING_CODES } from '../../../server/src/core/config';

const root = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const schema = JSON.parse(readFileSync(join(root, 'schemas', 'claimcheck.schema.json'), 'utf8'));
const configuration = Array.isArray(pkg.contributes.configuration) ? pkg.contributes.configuration[0] : pkg.contributes.configuration;
const settings: Record<string, { default?: unknown; scope?: string; markdownDescription?: string; description?: string }> = configuration.properties;

test('every extension setting has the engine default, a scope and a description', () => {
  const expected: Record<string, unknown> = {
    'claimcheck.sources': DEFAULT_CONFIG.sources,
    'claimcheck.exclude': DEFAULT_CONFIG.exclude,
    'claimcheck.claims': DEFAULT_CONFIG.claims,
    'claimcheck.maxEvidence': DEFAULT_CONFIG.maxEvidence,
    'claimcheck.maxFileSize': DEFAULT_CONFIG.maxFileSize,
  };
  for (const [key, value] of Object.entries(DEFAULT_CONFIG.thresholds)) expected[`claimcheck.thresholds.${key}`] = value;
  for (const code of FINDING_CODES) expected[`claimcheck.severity.${code}`] = DEFAULT_CONFIG.severity[code];
  for (const [key, value] of Object.entries(expected)) {
    assert.ok(settings[key], `package.json declares ${key}`);
    assert.deepEqual(settings[key].default, value, `default of ${key}`);
  }
  for (const [key, setting] of Object.entries(settings)) {
    assert.ok(setting.scope, `${key} has a scope`);
    assert.ok(setting.markdownDescription || setting.description, `${key} has a description`);
  }
});

test('the .claimcheck.json schema knows every setting, with the engine defaults', () => {
  const props = schema.properties;
  for (const key of ['sources', 'exclude', 'claims', 'maxEvidence', 'maxFileSize', 'thresholds', 'severity']) {
    assert.ok(props[key], `schema has ${key}`);
  }
  for (const [key, value] of Object.entries(DEFAULT_CONFIG.thresholds)) {
    assert.equal(props.thresholds.properties[key]?.default, value, `schema default of thresholds.${key}`);
  }
  assert.deepEqual(Object.keys(props.severity.properties).sort(), [...FINDING_CODES].sort());
});
