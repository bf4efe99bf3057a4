/**
 * An interview transcript against a writer's draft: the cases found by checking such a draft by hand. An
 * interviewer's question states nothing, and an answer that denies it ("I wouldn't say ignored") contradicts a
 * claim that puts the question's words in the answerer's mouth; a quote of the question is the interviewer's. The
 * transcript is written for these tests; the names are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAgainst } from './sources';
import { withProductWordVectors } from './productVectors';

const TRANSCRIPT = `Interview with Dr Amira Haddad, director of the Kelmouth Flood Research Centre
Recorded 2 March 2027

INTERVIEWER: How bad was the flooding in January?

HADDAD: It was the worst we have recorded since the centre opened in 1998. About 1,400 homes were flooded across the valley, and the river peaked at 5.6 metres at Kelmouth Bridge.

INTERVIEWER: Could the council have done more?

HADDAD: The defences did what they were designed to do. We have warned about that gap for a decade.

INTERVIEWER: So the council ignored the warnings?

HADDAD: I wouldn't say ignored. I would say the money was never there. The upgrade we proposed in 2019 would have cost £48 million.
`;

const check = (draft: string) => checkAgainst({ 'interview.txt': TRANSCRIPT }, draft);

describe('an interview transcript, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('the interviewer\'s question is no evidence; the answer that denies it contradicts the claim that the answerer said it', async () => {
    const report = await check('Dr Haddad said the council had ignored the warnings.\n\nDr Haddad said the money was never there.\n');
    const [ignored, money] = report.claims;
    assert.equal(ignored.verdict, 'contradicted', JSON.stringify(ignored.conflicts));
    assert.deepEqual(ignored.conflicts.map((c) => [c.kind, c.source]), [['negation', "I wouldn't say ignored."]]);
    const finding = report.findings.find((f) => f.claim === 0);
    assert.match(finding?.message ?? '', /The source says the opposite \(sources\/interview\.txt:\d+\): “I wouldn't say ignored”/);
    assert.equal(money.verdict, 'supported');
  });

  test('a quote of the interviewer\'s question, attributed to the interviewee, is misattributed to "the interviewer"', async () => {
    const report = await check('"So the council ignored the warnings?" Dr Haddad said.\n\n"I would say the money was never there," she added.\n');
    const misattributed = report.findings.filter((f) => f.code === 'misattributed-quote');
    assert.equal(misattributed.length, 1, JSON.stringify(report.findings));
    assert.match(misattributed[0].message, /^These words were said by the interviewer, not Dr Haddad/);
    assert.equal(report.quotes[1].verdict, 'verbatim');
  });
});
