/**
 * The extension manifest, the JSON schema of `.claimcheck.json` and `core/config.ts` describe the same
 * settings three times; these tests fail when one of them moves without the others.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG, FINDING_CODES, resolveConfig } from '../../server/src/core/config';
import { OPEN_SOURCE_COMMAND, REVEAL_CLAIM_COMMAND } from '../../server/src/protocol';
import { DEFAULT_EDITOR_SETTINGS, EDITOR_ONLY_KEYS, splitSettings } from '../../server/src/editorSettings';
import { REPO } from './harness';

const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const schema = JSON.parse(readFileSync(join(REPO, 'schemas', 'claimcheck.schema.json'), 'utf8'));
const settings: Record<string, { default: unknown; scope?: string; markdownDescription?: string; enum?: string[]; enumDescriptions?: string[] }> =
  manifest.contributes.configuration.properties;

test('every finding code has a severity setting and a schema entry with the engine default', () => {
  for (const code of FINDING_CODES) {
    assert.equal(settings[`claimcheck.severity.${code}`]?.default, DEFAULT_CONFIG.severity[code], `setting claimcheck.severity.${code}`);
    assert.equal(schema.properties.severity.properties[code]?.default, DEFAULT_CONFIG.severity[code], `schema severity.${code}`);
  }
  const settingCodes = Object.keys(settings).filter((k) => k.startsWith('claimcheck.severity.')).map((k) => k.slice('claimcheck.severity.'.length));
  assert.deepEqual(settingCodes.sort(), [...FINDING_CODES].sort());
  assert.deepEqual(Object.keys(schema.properties.severity.properties).sort(), [...FINDING_CODES].sort());
});

test('setting defaults equal the engine defaults', () => {
  assert.deepEqual(settings['claimcheck.sources'].default, DEFAULT_CONFIG.sources);
  assert.deepEqual(settings['claimcheck.exclude'].default, DEFAULT_CONFIG.exclude);
  assert.equal(settings['claimcheck.claims'].default, DEFAULT_CONFIG.claims);
  assert.equal(settings['claimcheck.maxEvidence'].default, DEFAULT_CONFIG.maxEvidence);
  assert.equal(settings['claimcheck.maxFileSize'].default, DEFAULT_CONFIG.maxFileSize);
  for (const [key, value] of Object.entries(DEFAULT_CONFIG.thresholds)) {
    assert.equal(settings[`claimcheck.thresholds.${key}`]?.default, value, `claimcheck.thresholds.${key}`);
    assert.equal(schema.properties.thresholds.properties[key]?.default, value, `schema thresholds.${key}`);
  }
});

test('every setting has a scope and a Markdown description; enums describe their values', () => {
  for (const [key, setting] of Object.entries(settings)) {
    assert.ok(key.startsWith('claimcheck.'), key);
    assert.ok(setting.scope, `${key} has a scope`);
    assert.ok(setting.markdownDescription, `${key} has a markdownDescription`);
    if (setting.enum) assert.equal(setting.enumDescriptions?.length, setting.enum.length, `${key} describes each value`);
  }
});

test('the settings, nested as VS Code hands them to the server, are a valid configuration', () => {
  const nested: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(settings)) {
    const path = key.slice('claimcheck.'.length).split('.');
    let node = nested;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[path[path.length - 1]] = setting.default;
  }
  // The editor-only settings (trace, markSupportedClaims) are taken out before the engine sees the rest.
  const { engine, editor } = splitSettings(nested);
  const { config, problems } = resolveConfig(engine);
  assert.deepEqual(problems, []);
  assert.deepEqual(config, DEFAULT_CONFIG);
  assert.deepEqual(editor, DEFAULT_EDITOR_SETTINGS);
  for (const key of EDITOR_ONLY_KEYS) assert.ok(Object.keys(nested).includes(key), `${key} is an extension setting`);
});

test('the schema knows exactly the keys the engine reads', () => {
  const schemaKeys = Object.keys(schema.properties).filter((k) => k !== '$schema').sort();
  assert.deepEqual(schemaKeys, Object.keys(DEFAULT_CONFIG).sort());
  assert.equal(schema.additionalProperties, false);
  // Keys the schema does not know are reported by the engine too.
  assert.equal(resolveConfig({ sourcez: ['x'] }).problems.length, 1);
});

test('contributed commands are the ones the client registers', () => {
  const client = readFileSync(join(REPO, 'client', 'src', 'extension.ts'), 'utf8');
  const registered = [...client.matchAll(/registerCommand\(\s*'([^']+)'/g)].map((m) => m[1]);
  const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command);
  assert.deepEqual([...registered].sort(), [...contributed].sort());
  assert.equal(manifest.main, './dist/extension.js');
  assert.equal(manifest.engines.vscode, '^1.100.0');
  assert.deepEqual(manifest.capabilities.untrustedWorkspaces, { supported: true });
  // The commands the server's protocol names are among them.
  assert.ok(registered.includes(OPEN_SOURCE_COMMAND) && registered.includes(REVEAL_CLAIM_COMMAND));
});
