/**
 * An edited draft re-checked with everything remembered from its earlier versions (the verdict cache, the
 * verdicts shared between drafts, the attribution memos, the parsed Markdown chunks and analysed blocks) gives
 * exactly the report of a fresh check of the same text with nothing remembered: claims, quotes, verdicts,
 * evidence, findings, spans and the analysis itself. Random edit sequences over real drafts (the test fixture
 * draft and the example's two drafts, one after another, checked against the example's sources).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkDraft, ClaimCache, SharedVerdicts } from '../../../server/src/core/check';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { analyzeDraft, clearAnalysisCaches } from '../../../server/src/core/draft/analyze';
import type { DraftReport } from '../../../server/src/core/types';
import { exampleWorkspace, fixturePath, NEWSROOM } from '../helpers/fixtures';

const example = NEWSROOM;

/** About 5 KB of Markdown: front matter, headings, quotes, citations, a list, a table, code, suppression comments, attributions. */
const DRAFT = [
  readFileSync(fixturePath('drafts', 'amnesty.md'), 'utf8'),
  readFileSync(join(example, 'drafts', 'amnesty.md'), 'utf8'),
  readFileSync(join(example, 'drafts', 'harbour.md'), 'utf8'),
].join('\n\n');

/** What a writer may type: words, figures, names, sentences, paragraph breaks, quotation marks, markers, markup. */
const INSERTS = [
  'reportedly ',
  'not ',
  ' 2004',
  '17',
  'Kim ',
  'Brennan said ',
  ' said Okafor on Monday',
  'The harbour master said the oysters are back. ',
  'KCNA said the amnesty would start on February 1.',
  '\n\n',
  '\n',
  '“',
  '”',
  '"',
  ' [@kcna]',
  '[@ornk; @dailynk]',
  '*',
  '**',
  '`',
  '# ',
  '- ',
  '> ',
  '\n\n<!-- claimcheck-ignore -->\n\n',
  '<!-- claimcheck-disable -->',
  '<!-- claimcheck-enable -->',
  '\n\n```\n',
  '&amp;',
  '. ',
];

type Edit = { at: number; kind: 'insert'; text: string } | { at: number; kind: 'delete'; length: number } | { at: number; kind: 'move'; to: number; length: number };

const edits = fc.oneof(
  fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), kind: fc.constant('insert' as const), text: fc.constantFrom(...INSERTS) }),
  fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), kind: fc.constant('delete' as const), length: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), kind: fc.constant('move' as const), to: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 300 }) }),
);

function apply(text: string, edit: Edit): string {
  const at = Math.floor(edit.at * text.length);
  if (edit.kind === 'insert') return text.slice(0, at) + edit.text + text.slice(at);
  if (edit.kind === 'delete') return text.slice(0, at) + text.slice(at + edit.length);
  // Cut a stretch and paste it elsewhere (a sentence or a paragraph moved).
  const cut = text.slice(at, at + edit.length);
  const rest = text.slice(0, at) + text.slice(at + edit.length);
  const to = Math.floor(edit.to * rest.length);
  return rest.slice(0, to) + cut + rest.slice(to);
}

/** A report as plain data: source documents by their id (they are the index's own objects either way). */
function plain(report: DraftReport): unknown {
  return JSON.parse(JSON.stringify(report, (key, value) => (key === 'document' && value && typeof value === 'object' ? `doc:${value.id}` : value)));
}

test('re-checks after random edits give the report of a fresh check, with every cache warm', async () => {
  const workspace = await exampleWorkspace();
  const config = DEFAULT_CONFIG;
  let edited = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(edits, { minLength: 1, maxLength: 5 }), async (sequence) => {
      clearAnalysisCaches();
      const shared = new SharedVerdicts();
      const cache = new ClaimCache(shared);
      let text = DRAFT;
      await checkDraft(text, workspace.index, { config, format: 'markdown', cache });
      for (const edit of sequence) {
        text = apply(text, edit);
        const misses = cache.misses;
        const incremental = await checkDraft(text, workspace.index, { config, format: 'markdown', cache });
        if (cache.misses - misses < incremental.claims.length + incremental.quotes.length) edited++;
        clearAnalysisCaches();
        const fresh = await checkDraft(text, workspace.index, { config, format: 'markdown' });
        assert.deepEqual(plain(incremental), plain(fresh));
      }
    }),
    { numRuns: 15 },
  );
  // The property is about re-checks that reuse something: most of them must have.
  assert.ok(edited > 20, `re-checks that reused earlier verdicts: ${edited}`);
});

test('draft analysis with its caches warm gives the analysis of a cold one, edit after edit', () => {
  fc.assert(
    fc.property(fc.array(edits, { minLength: 1, maxLength: 12 }), fc.constantFrom('markdown' as const, 'text' as const), fc.constantFrom('checkworthy' as const, 'all' as const), (sequence, format, claims) => {
      let text = DRAFT;
      analyzeDraft(text, { format, claims });
      for (const edit of sequence) {
        text = apply(text, edit);
        const warm = analyzeDraft(text, { format, claims });
        clearAnalysisCaches();
        assert.deepEqual(analyzeDraft(text, { format, claims }), warm);
      }
    }),
    { numRuns: 60 },
  );
});
