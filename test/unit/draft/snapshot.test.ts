import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeDraft } from '../../../server/src/core/draft/analyze';
import type { DraftAnalysis } from '../../../server/src/core/types';
import { assertSnapshot, snapshotPath } from '../helpers/snapshot';

const FIXTURES = join(__dirname, '../../fixtures/drafts');

/** 1-based `line:col` (UTF-16 columns) of an offset. */
function lineCol(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `${line}:${offset - lineStart + 1}`;
}

const oneLine = (s: string) => s.replace(/\r?\n/g, '⏎');

/** Renders an analysis as `line:col  [reasons] text` lines: claims, then quotes, citations and ignored regions. */
function render(text: string, a: DraftAnalysis): string {
  const out: string[] = [`# ${a.paragraphs.length} paragraphs, ${a.claims.length} claims, ${a.quotes.length} quotes, ${a.citations.length} citations`, '', '## claims'];
  for (const c of a.claims) {
    const cites = c.citations.length ? `  {${c.citations.map((x) => x.key).join(', ')}}` : '';
    out.push(`${lineCol(text, c.span.start)}  [${c.reasons.join(', ')}] ${oneLine(c.text)}${cites}`);
  }
  out.push('', '## quotes');
  for (const q of a.quotes) out.push(`${lineCol(text, q.span.start)}  [claim ${q.claim}] ${oneLine(q.text)}`);
  out.push('', '## citations');
  for (const c of a.citations) out.push(`${lineCol(text, c.span.start)}  @${c.key}  ${text.slice(c.span.start, c.span.end)}`);
  out.push('', '## ignored');
  for (const s of a.ignored) out.push(`${lineCol(text, s.start)}-${lineCol(text, s.end)}  ${oneLine(text.slice(s.start, s.end)).slice(0, 60)}`);
  return out.join('\n') + '\n';
}

describe('draft snapshots', () => {
  for (const mode of ['checkworthy', 'all'] as const) {
    it(`amnesty.md (${mode})`, () => {
      const text = readFileSync(join(FIXTURES, 'amnesty.md'), 'utf8');
      const name = mode === 'checkworthy' ? 'amnesty.md' : 'amnesty.md.all';
      assertSnapshot(render(text, analyzeDraft(text, { format: 'markdown', claims: mode })), snapshotPath(join(__dirname), name));
    });
  }
});
