/**
 * A company's results call, as a plain transcript ("Name: words"), against a writer's draft: the cases found by
 * checking such a draft by hand. The company, the speakers and the figures are invented for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkDraft } from '../../../server/src/core/check';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { extractValues } from '../../../server/src/core/verdict/values';
import { expectVerdictWith, indexOf, makeDocument, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const CALL = `Halden Group plc — Q3 2026 trading update call
Date: 29 October 2026
Participants: Erik Sandvik (Chief Executive), Joanna Pryce (Chief Financial Officer), Tom Ashworth (analyst, Kestrel Securities)

Erik Sandvik: Good morning, everyone. Revenue in the third quarter was £412 million, up 6% on last year, and our order book stands at a record £1.9 billion.

Joanna Pryce: Margins improved to 11.2% from 10.4%, helped by the restructuring we completed in the summer. We now expect full-year revenue of between £1.62 and £1.66 billion.

Tom Ashworth: Joanna, can you say anything about the pension deficit?

Joanna Pryce: The deficit has come down to £140 million and we do not expect to make further payments into the scheme this year.
`;

const verdict = expectVerdictWith(indexOf([makeDocument('transcript.txt', CALL)]));

describe('a results call, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('the first figure of a range takes the scale written after the second: "between £1.62 and £1.66 billion"', () => {
    const money = (text: string) => extractValues(text).map((v) => [v.kind, v.value, v.unit]);
    assert.deepEqual(money('between £1.62 and £1.66 billion'), [['money', 1.62e9, 'gbp'], ['money', 1.66e9, 'gbp']]);
    assert.deepEqual(money('£3-4bn'), [['money', 3e9, 'gbp'], ['money', 4e9, 'gbp']]);
    assert.deepEqual(money('between 3 and 4 per cent').map((v) => v[0]), ['percent', 'percent']);
    assert.deepEqual(money('rose from £12,570 to £13,000'), [['money', 12570, 'gbp'], ['money', 13000, 'gbp']]);
    // Was "The source gives £1.62, not £1.62bn".
    verdict('supported', 'The company expects full-year revenue of £1.62bn to £1.66bn.');
  });

  test('"we do not expect to make further payments" denies the payments', () => {
    verdict('contradicted', 'Halden will make further payments into the pension scheme this year.');
    verdict('supported', 'Halden does not expect to make further payments into the pension scheme this year.');
  });

  test('a header line that ranks first is who was there; the turn beside it is who said the words', async () => {
    const index = await workspaceIndex({ 'transcript.txt': CALL });
    const check = (draft: string) => checkDraft(draft, index, { config: DEFAULT_CONFIG, format: 'markdown' });
    const [wrong] = (await check('Analyst Tom Ashworth said the deficit had fallen to £140m.\n')).findings.filter((f) => f.code === 'misattributed-quote');
    assert.match(wrong?.message ?? '', /said by Joanna Pryce \(chief financial officer\), not Tom Ashworth/);
    const right = await check('Finance chief Joanna Pryce said the deficit had fallen to £140m.\n');
    assert.deepEqual(right.findings.filter((f) => f.code === 'misattributed-quote'), []);
  });
});
